/**
 * The petition form, defined once: every control's name, label, hint, whether it is
 * required and how a one-line input is typed. Both forms are drawn from it by
 * shared/ui/petition-form.ts: the site's static form (site/src/views/Submit.astro) and the
 * API's form shown again with its errors (functions/public-api/pages/petition-form.ts), so
 * the two cannot drift. The `autocomplete` token is one the HTML standard allows on a
 * one-line input (`address-line1`; `street-address` is for a multi-line textarea only).
 */
import type { MessageKey } from '../messages/index.ts';

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

export const CONTENT_MAX_LENGTH = 10_000;

/** Every field a reader fills in, with its label (the error summary names it too) and its rules. */
export const PETITION_FIELDS = {
  'submitter.name': { label: 'petitionForm.name', required: true },
  'submitter.email': { label: 'petitionForm.email', required: false },
  'submitter.phone': { label: 'petitionForm.phone', required: false },
  'submitter.address': { label: 'petitionForm.address', required: true },
  'submitter.communeId': { label: 'petitionForm.commune', required: true },
  fieldId: { label: 'petitionForm.field', required: true },
  localityId: { label: 'petitionForm.locality', required: true, hint: 'petitionForm.localityHint' },
  title: { label: 'petitionForm.titleLabel', required: true },
  content: { label: 'petitionForm.content', required: true, hint: 'petitionForm.contentHint' },
  consentToPublish: { label: 'petitionForm.consentLegend', required: true },
} as const satisfies Record<string, { label: MessageKey; required: boolean; hint?: MessageKey }>;

export type PetitionField = keyof typeof PETITION_FIELDS;

/** The id of a field's control ("f-submitter-name") and of its error slot ("e-submitter-name"). */
export const controlId = (path: string) => `f-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `e-${path.replace(/\./g, '-')}`;
