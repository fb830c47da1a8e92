/**
 * The petition form's values as the API's JSON contract names them, and zod's issues as
 * one message per field in the reader's language (the API's own mapping, shared/field-problems.ts).
 */
import { fieldProblems, type IssueLike } from '../../../shared/field-problems.ts';
import { type Locale, translate } from '../../../shared/messages/index.ts';

type FormValues = Pick<FormData, 'get'>;

export function collectInput(data: FormValues): Record<string, unknown> {
  const value = (name: string) => {
    const v = data.get(name);
    return typeof v === 'string' ? v : '';
  };
  const optional = (name: string) =>
    value(name).trim() === '' ? {} : { [name.split('.').pop()!]: value(name) };
  const consent = value('consentToPublish');
  return {
    submitter: {
      name: value('submitter.name'),
      ...optional('submitter.email'),
      ...optional('submitter.phone'),
      address: value('submitter.address'),
      communeId: value('submitter.communeId'),
    },
    fieldId: value('fieldId'),
    localityId: value('localityId'),
    title: value('title'),
    content: value('content'),
    ...(consent === 'true' || consent === 'false' ? { consentToPublish: consent === 'true' } : {}),
    // A meeting's own form carries its meeting (a hidden input); the general form has none.
    ...optional('meetingId'),
    // The privacy notice the page showed, recorded with the consent.
    ...optional('privacyNoticeVersion'),
  };
}

export function fieldMessages(issues: readonly IssueLike[], locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldProblems(issues)).map(([path, p]) => [
      path,
      translate(locale, p.key, p.params ?? {}),
    ]),
  );
}
