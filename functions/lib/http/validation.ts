/**
 * Turns zod issues into a ValidationError whose fields carry message keys (through the
 * mapping the form's script uses too, shared/field-problems.ts), so the error handler can
 * answer in the reader's language with one message per field.
 */
import * as z from 'zod/mini';
import { ValidationError } from '../../../shared/errors.ts';
import { fieldProblems } from '../../../shared/field-problems.ts';

export function validationErrorOf(error: z.core.$ZodError): ValidationError {
  return new ValidationError(fieldProblems(error.issues), 'request.invalid', { cause: error });
}

/**
 * Parses `input` with `schema` (classic zod or zod/mini alike), or throws a ValidationError
 * naming each bad field.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (!result.success) throw validationErrorOf(result.error);
  return result.data;
}
