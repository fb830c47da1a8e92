/**
 * A digest of what a page shows: its props (the data it draws), hashed structurally. An
 * object met again (a result on its own page and on five listings, the filter options
 * every listing carries) is hashed once, so digesting a whole site costs about as much as
 * reading its data once. Same data, same digest; any changed value, another digest.
 */
import { createHash } from 'node:crypto';

export function digester(): (value: unknown) => string {
  const seen = new WeakMap<object, string>();
  const digest = (value: unknown): string => {
    if (value === null || typeof value !== 'object') {
      // Strings as JSON (self-delimiting), anything else by type and value: "1" is not 1.
      return typeof value === 'string' ? JSON.stringify(value) : `${(typeof value)[0]}${String(value)}`;
    }
    const known = seen.get(value);
    if (known) return known;
    const hash = createHash('sha1');
    if (value instanceof Date) hash.update(`D${value.toISOString()}`);
    else if (value instanceof Map || value instanceof Set) {
      hash.update(value instanceof Map ? 'M' : 'S');
      for (const entry of value) hash.update(digest(entry)).update(',');
    } else if (Array.isArray(value)) {
      hash.update('[');
      for (const item of value) hash.update(digest(item)).update(',');
    } else {
      hash.update('{');
      for (const [key, item] of Object.entries(value)) {
        if (item !== undefined) hash.update(JSON.stringify(key)).update(':').update(digest(item)).update(',');
      }
    }
    const result = hash.digest('base64url');
    seen.set(value, result);
    return result;
  };
  return digest;
}
