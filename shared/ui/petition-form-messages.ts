/**
 * The messages the petition form's script can show, in one language: every field message
 * (whatever the schema or the issue mapping names), and the words of sending. The page
 * carries them (a data attribute beside the form), so the script ships no catalogue: the
 * two catalogues would be three times the script's budget (DESIGN §7, 10 KB gzip).
 */
import { type Locale, type MessageKey, translate } from '../messages/index.ts';
import { vi } from '../messages/vi.ts';

/** The id of the element whose `data-messages` holds them (JSON). */
export const FORM_MESSAGES_ID = 'petition-form-messages';

/** Computed when asked (the page's build), so the script importing FORM_MESSAGES_ID does not carry the catalogue. */
export const formMessageKeys = (): MessageKey[] => [
  ...(Object.keys(vi) as MessageKey[]).filter((key) => key.startsWith('field.')),
  'petitionForm.sending',
  'petitionForm.networkError',
  'server.error',
  // site/src/scripts/similar-petitions.ts: the similar petitions listed while a title is typed.
  'similar.title',
  'similar.found',
  'similar.intro',
  'similar.open',
  'similar.same',
  ...(Object.keys(vi) as MessageKey[]).filter((key) => key.startsWith('petition.status.')),
  // site/src/scripts/attachments.ts: each file's progress, and the checks made before sending it.
  ...(Object.keys(vi) as MessageKey[]).filter((key) => key.startsWith('attachments.')),
];

export type FormMessages = Readonly<Record<string, string>>;

export function formMessages(locale: Locale): FormMessages {
  return Object.fromEntries(formMessageKeys().map((key) => [key, translate(locale, key)]));
}
