/**
 * Turns zod issues into a ValidationError whose fields carry message keys (through the
 * mapping the form's script uses too, shared/field-problems.ts), so the error handler can
 * answer in the reader's language with one message per field.
 */
import type { z } from 'zod';
import { ValidationError } from '../../../shared/errors.ts';
import { fieldProblems } from '../../../shared/field-problems.ts';

export function validationErrorOf(error: z.ZodError): ValidationError {
  return new ValidationError(fieldProblems(error.issues), 'request.invalid', { cause: error });
}

/** Parses `input` with `schema`, or throws a ValidationError naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationErrorOf(result.error);
  return result.data;
}
