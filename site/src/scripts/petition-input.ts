/**
 * The petition form's values as the API's JSON contract names them, and zod's issues as
 * one message per field in the page's language (the API's own mapping, shared/issue-problems.ts,
 * over the messages the page carries: shared/ui/petition-form-messages.ts).
 */
import { type IssueLike, problemsOf } from '../../../shared/issue-problems.ts';
import { fillMessage } from '../../../shared/messages/fill.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { FormMessages } from '../../../shared/ui/petition-form-messages.ts';

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

/** A message of the page's set, its `{placeholders}` filled. */
export function say(messages: FormMessages, key: MessageKey, params: Record<string, string | number> = {}) {
  return fillMessage(messages[key] ?? key, params);
}

export function fieldMessages(issues: readonly IssueLike[], messages: FormMessages): Record<string, string> {
  const isKey = (message: string): message is MessageKey => Object.hasOwn(messages, message);
  return Object.fromEntries(
    Object.entries(problemsOf(issues, isKey)).map(([path, p]) => [path, say(messages, p.key, p.params)]),
  );
}
