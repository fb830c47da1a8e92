/**
 * The petition form's one-line inputs as both forms draw them: the site's static form
 * (site/src/views/Submit.astro) and the API's form shown again with its errors
 * (functions/public-api/pages/petition-form.ts). One definition, so the two cannot drift:
 * the `autocomplete` token is one the HTML standard allows on a one-line input
 * (`address-line1`; `street-address` is for a multi-line textarea only).
 */
export interface TextControl {
  type: 'text' | 'email' | 'tel';
  /** An autofill field name valid on a one-line input, when the browser may fill it in. */
  autocomplete?: 'name' | 'email' | 'tel' | 'address-line1';
  inputMode?: 'tel';
  maxLength: number;
}

export const PETITION_TEXT_CONTROLS = {
  'submitter.name': { type: 'text', autocomplete: 'name', maxLength: 120 },
  'submitter.email': { type: 'email', autocomplete: 'email', maxLength: 254 },
  'submitter.phone': { type: 'tel', autocomplete: 'tel', inputMode: 'tel', maxLength: 32 },
  // The street and house number: the commune is chosen on its own, below.
  'submitter.address': { type: 'text', autocomplete: 'address-line1', maxLength: 300 },
  title: { type: 'text', maxLength: 200 },
} as const satisfies Record<string, TextControl>;

export type PetitionTextField = keyof typeof PETITION_TEXT_CONTROLS;
