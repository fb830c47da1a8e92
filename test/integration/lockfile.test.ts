/**
 * `npm ci` refuses a lockfile that lacks an entry for any optional dependency, even a
 * binary for another platform. This registry does not serve some of those, and
 * `npm install` then drops their entries: `npm run lockfile:complete` puts them back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

describe('package-lock.json', () => {
  it('has an entry for every optional dependency, so npm ci accepts it on a fresh clone', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
      packages: Record<string, LockEntry>;
    };
    const missing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${where ? `${where}/` : ''}node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`])
          missing.push(`${name} (of ${where || 'the project'})`);
      }
    }
    expect(missing, 'run `npm run lockfile:complete`').toEqual([]);
  });
});
