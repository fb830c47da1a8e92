/**
 * The fields of a petition the secretariat enters for a citizen (one received at the desk,
 * or many raised at a meeting): who sent it, then what it is about. `name` turns a field's
 * path into the control's name ("submitter.name", or "petitions.2.submitter.name" in a batch).
 */
import type { Reference } from '../api/reference.ts';
import type { Translator } from '../i18n/index.ts';
import { checkbox, field, requiredChoice } from '../ui/form.ts';
import { communeOptions, fieldOptions, unitOptions } from './reference-options.ts';

type NameOf = (path: string) => string;
const asIs: NameOf = (path) => path;

/** The submitter's name, phone, email, address and commune (never autofilled: they are someone else's). */
export function submitterFields(tr: Translator, ref: Reference, name: NameOf = asIs): HTMLElement[] {
  return [
    field({
      name: name('submitter.name'),
      label: tr.t('entry.submitterName'),
      required: true,
      autocomplete: 'off',
    }),
    field({
      name: name('submitter.phone'),
      label: tr.t('entry.submitterPhone'),
      type: 'tel',
      autocomplete: 'off',
    }),
    field({
      name: name('submitter.email'),
      label: tr.t('entry.submitterEmail'),
      type: 'email',
      autocomplete: 'off',
    }),
    field({ name: name('submitter.address'), label: tr.t('entry.submitterAddress'), required: true }),
    requiredChoice(tr, {
      name: name('submitter.communeId'),
      label: tr.t('entry.submitterCommune'),
      options: communeOptions(tr, ref),
    }),
  ];
}

/** The petition's field, locality, title and content, and the submitter's consent to publish it. */
export function subjectFields(
  tr: Translator,
  ref: Reference,
  contentRows: number,
  name: NameOf = asIs,
): HTMLElement[] {
  return [
    requiredChoice(tr, {
      name: name('fieldId'),
      label: tr.t('petition.field'),
      options: fieldOptions(tr, ref),
    }),
    requiredChoice(tr, {
      name: name('localityId'),
      label: tr.t('petition.locality'),
      options: unitOptions(tr, ref),
    }),
    field({ name: name('title'), label: tr.t('petition.title'), required: true }),
    field({
      name: name('content'),
      label: tr.t('petition.content'),
      type: 'textarea',
      rows: contentRows,
      required: true,
    }),
    checkbox(name('consentToPublish'), tr.t('petition.consent'), true),
  ];
}
