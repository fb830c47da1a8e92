/**
 * The one mapping from a schema issue to the message a reader sees, used by the API
 * (functions/lib/http/validation.ts) and by the petition form's script
 * (site/src/scripts/petition-input.ts). Zod-free on purpose: it reads an issue's plain
 * shape, so the browser's script does not carry zod's error classes for it. Nor does it
 * import the catalogues: the caller says which messages are keys (`isKey`), so the
 * script carries only the messages its page needs (shared/ui/petition-form-messages.ts);
 * `fieldProblems` in field-problems.ts is this mapping with the whole catalogue.
 */
import type { MessageKey } from './messages/index.ts';

/** Whether a schema's message is a key of the catalogues (else the issue's code decides). */
export type IsMessageKey = (message: string) => message is MessageKey;

export interface IssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  input?: unknown;
  origin?: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
}

export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

const isEmpty = (input: unknown) => input === undefined || (typeof input === 'string' && input.trim() === '');

function boundsOf(issue: IssueLike): Record<string, number> {
  const params: Record<string, number> = {};
  if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')
    params.min = Number(issue.minimum);
  if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')
    params.max = Number(issue.maximum);
  return params;
}

export function problemOf(issue: IssueLike, isKey: IsMessageKey): FieldProblem {
  // An empty value is "required", whatever check it failed first (a drop-down left on
  // "— Chọn —" fails the id's pattern, an empty text its minimum length).
  const empty = 'input' in issue && isEmpty(issue.input);
  if (isKey(issue.message)) {
    if (empty && /^field\.(invalid|tooShort)/.test(issue.message)) return { key: 'field.required' };
    return { key: issue.message, params: boundsOf(issue) };
  }
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  const list = issue.origin === 'array' || issue.origin === 'set';
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.input === undefined ? 'field.required' : 'field.invalidType' };
    case 'too_small':
      if (issue.origin === 'string')
        return min <= 1 || empty ? { key: 'field.required' } : { key: 'field.tooShort', params: { min } };
      return list ? { key: 'field.tooFew', params: { min } } : { key: 'field.invalid' };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'field.tooLong', params: { max } };
      return list ? { key: 'field.tooMany', params: { max } } : { key: 'field.invalid' };
    case 'invalid_value':
      return { key: empty ? 'field.required' : 'field.invalidChoice' };
    case 'invalid_format':
      if (empty) return { key: 'field.required' };
      return { key: issue.format === 'email' ? 'field.invalidEmail' : 'field.invalid' };
    default:
      return { key: empty ? 'field.required' : 'field.invalid' };
  }
}

/** One problem per field path ("submitter.email", "_" for the whole input): the first issue wins. */
export function problemsOf(issues: readonly IssueLike[], isKey: IsMessageKey): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    // A missing object reports "required" once; deeper issues under it are noise.
    if (!fields[path]) fields[path] = problemOf(issue, isKey);
  }
  return fields;
}
