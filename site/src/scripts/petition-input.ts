/**
 * The petition form's values as the API's JSON contract names them, and zod's issues as
 * one message per field in the reader's language (the same message keys the API uses).
 */
import type { z } from 'zod';
import { isMessageKey, type Locale, type MessageKey, translate } from '../../../shared/messages/index.ts';

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

/** A message key for an issue: the schema's own key, or "required" for an empty value. */
function keyOf(issue: z.core.$ZodIssue): MessageKey {
  const input = (issue as { input?: unknown }).input;
  const empty = input === undefined || (typeof input === 'string' && input.trim() === '');
  if (isMessageKey(issue.message) && !(empty && /^field\.invalid/.test(issue.message))) return issue.message;
  return empty ? 'field.required' : 'field.invalid';
}

export function fieldMessages(issues: readonly z.core.$ZodIssue[], locale: Locale): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (messages[path]) continue;
    const bounds = issue as { minimum?: unknown; maximum?: unknown };
    const params: Record<string, number> = {};
    if (typeof bounds.minimum === 'number') params.min = bounds.minimum;
    if (typeof bounds.maximum === 'number') params.max = bounds.maximum;
    messages[path] = translate(locale, keyOf(issue), params);
  }
  return messages;
}
