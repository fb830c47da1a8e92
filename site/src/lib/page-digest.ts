/**
 * A digest of what a page shows: its props (the data it draws), hashed structurally. An
 * object met again (a result on its own page and on five listings, the filter options
 * every listing carries) is hashed once, so digesting a whole site costs about as much as
 * reading its data once. Same data, same digest; any changed value, another digest (data is
 * digested as it is first met: an object changed after that keeps its first digest).
 *
 * Each object is written out once as text (its members' digests, or their values when they
 * are not objects) and that text hashed in one call: an incremental build digests every
 * page, so at 100,000 results the calls into the hash (one per member before) were most of
 * its time.
 */
import { hash } from 'node:crypto';

/**
 * Kept for the whole process: the routes of a build digest the same results
 * (a result page, the listings, the open-data files), and the site's data, read once per
 * build, is never changed once read.
 */
const seen = new WeakMap<object, string>();

export function digest(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Strings as JSON (self-delimiting), anything else by type and value: "1" is not 1.
    return typeof value === 'string' ? JSON.stringify(value) : `${(typeof value)[0]}${String(value)}`;
  }
  const known = seen.get(value);
  if (known) return known;
  let text: string;
  if (value instanceof Date) text = `D${value.toISOString()}`;
  else if (value instanceof Map || value instanceof Set) {
    text = value instanceof Map ? 'M' : 'S';
    for (const entry of value) text += `${digest(entry)},`;
  } else if (Array.isArray(value)) {
    text = '[';
    for (const item of value) text += `${digest(item)},`;
  } else {
    text = '{';
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) text += `${JSON.stringify(key)}:${digest(item)},`;
    }
  }
  const result = hash('sha1', text, 'base64url');
  seen.set(value, result);
  return result;
}
