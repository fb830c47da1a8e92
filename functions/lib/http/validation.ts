/**
 * Turns zod issues into a ValidationError whose fields carry message keys, so the
 * error handler can answer in the reader's language with one message per field.
 */
import type { z } from 'zod';
import { ValidationError } from '../../../shared/errors.ts';
import { isMessageKey, type MessageKey } from '../../../shared/messages/index.ts';

type FieldProblem = { key: MessageKey; params?: Record<string, string | number> };

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (isMessageKey(issue.message)) {
    const i = issue as { minimum?: unknown; maximum?: unknown };
    const params: Record<string, string | number> = {};
    if (typeof i.minimum === 'number' || typeof i.minimum === 'bigint') params.min = Number(i.minimum);
    if (typeof i.maximum === 'number' || typeof i.maximum === 'bigint') params.max = Number(i.maximum);
    return { key: issue.message, params };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        key: (issue as { input?: unknown }).input === undefined ? 'field.required' : 'field.invalidType',
      };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { key: 'field.required' } : { key: 'field.tooShort', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'field.tooFew', params: { min } };
      return { key: 'field.invalid' };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'field.tooLong', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'field.tooMany', params: { max } };
      return { key: 'field.invalid' };
    }
    case 'invalid_value':
      return { key: 'field.invalidChoice' };
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'field.invalidEmail' : 'field.invalid' };
    default:
      return { key: 'field.invalid' };
  }
}

export function validationErrorOf(error: z.ZodError): ValidationError {
  const fields: Record<string, FieldProblem> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    // A missing object reports "required" once; deeper issues under it are noise.
    if (!fields[path]) fields[path] = problemOf(issue);
  }
  return new ValidationError(fields, 'request.invalid', { cause: error });
}

/** Parses `input` with `schema`, or throws a ValidationError naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationErrorOf(result.error);
  return result.data;
}
