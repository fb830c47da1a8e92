/** What a repository hands out: the stored item without the table's bookkeeping. */
import { KEY_ATTRIBUTE_NAMES } from '../../../shared/table.ts';

/** Every key attribute of the table and its indexes (from shared/table.ts), and the entity tag. */
const BOOKKEEPING: readonly string[] = [...KEY_ATTRIBUTE_NAMES, 'entity'];

/** The item as its domain type: keys and entity tag removed, and any attribute in `also`. */
export function withoutKeys<T>(item: Record<string, unknown>, also: readonly string[] = []): T {
  const copy: Record<string, unknown> = { ...item };
  for (const name of [...BOOKKEEPING, ...also]) delete copy[name];
  return copy as T;
}
