/**
 * The petition form, server-rendered: what a browser without JavaScript gets back when
 * its submission is refused (400 with each error beside its field, 429/503/409 with the
 * message at the top), with the citizen's own values. The form itself is the site's,
 * from the one renderer (shared/ui/petition-form.ts), so the two cannot differ.
 */
import { html, raw } from 'hono/html';
import { type Locale, translate } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import { petitionFormHtml } from '../../../shared/ui/petition-form.ts';
import { type PetitionFormChoices, petitionFormChoices } from '../../../shared/ui/petition-form-choices.ts';
import type { PageHtml } from './layout.ts';

export interface PetitionFormState {
  /** The values as posted (nested by the dots of their names). */
  values: Record<string, unknown>;
  /** A translated message per field path ("submitter.email"), "_" for the whole form. */
  errors: Record<string, string>;
}

export function choicesOf(reference: ReferenceData, locale: Locale): PetitionFormChoices {
  const { units, fields, councils } = reference.records;
  return petitionFormChoices({ units, fields, councilUnitIds: councils.map((c) => c.unitId) }, locale);
}

export function petitionFormMain(
  reference: ReferenceData,
  locale: Locale,
  state: PetitionFormState,
): PageHtml {
  const meetingId = state.values.meetingId;
  const form = petitionFormHtml(choicesOf(reference, locale), locale, {
    ...state,
    meetingId: typeof meetingId === 'string' && meetingId !== '' ? meetingId : undefined,
  });
  return html`<h1>${translate(locale, 'petitionForm.title')}</h1>
<p class="lead">${translate(locale, 'petitionForm.intro')}</p>
${raw(form.value)}`;
}
