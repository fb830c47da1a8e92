/** Opaque page cursors: a LastEvaluatedKey as base64url JSON (keys only, never personal data). */
import { BadRequestError } from '../../../shared/errors.ts';

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;
}

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value);
      if (entries.length > 0 && entries.length <= 4 && entries.every(([, v]) => typeof v === 'string')) {
        return value as Record<string, unknown>;
      }
    }
  } catch {
    // fall through: a cursor that does not decode is the client's mistake
  }
  throw new BadRequestError('field.invalid', {});
}
