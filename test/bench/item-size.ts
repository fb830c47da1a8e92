/**
 * The size DynamoDB bills an item by, from its attribute names and values as the
 * Document client holds them (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html):
 * strings and names count their UTF-8 bytes; a number about one byte per two significant
 * digits plus one; booleans and null one byte; a list or map 3 bytes plus 1 per element.
 */

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

function numberSize(value: number | bigint): number {
  const digits = String(value)
    .replace(/^-/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

function valueSize(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberSize(value);
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, v) => sum + valueSize(v), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueSize(v), 0);
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return 3 + entries.reduce((sum, [k, v]) => sum + 1 + utf8(k) + valueSize(v), 0);
  }
  return 0;
}

/** The item's size in bytes: every top-level attribute's name and value. */
export function itemSize(item: Record<string, unknown> | undefined): number {
  if (!item) return 0;
  return Object.entries(item)
    .filter(([, v]) => v !== undefined)
    .reduce((sum, [name, value]) => sum + utf8(name) + valueSize(value), 0);
}

/** Write units of a standard write of `bytes` (1 KB each, at least one). */
export const writeUnits = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));
