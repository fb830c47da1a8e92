/**
 * How server code imports zod decides what its Lambda bundle carries (DESIGN §7): classic
 * `zod` attaches every method to every schema (and with them JSON Schema conversion), about
 * 18 KB gzip more than `zod/mini`, whose checks and wrappers are functions esbuild drops when
 * no schema calls them; `{ z }` from 'zod' is worse still, one namespace object esbuild must
 * keep whole. So shared/ and functions/ import `zod/mini` as a namespace; only the staff API's
 * own files (150 KB budget) may still use classic zod, on schemas of either kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(ROOT, folder, file));
}

/** A value import of zod's `z` object or its default export (type-only imports cost nothing). */
const WHOLE_ZOD = /^import\s+(?!type\b)(?:\{[^}]*\bz\b[^}]*\}|[A-Za-z_$][\w$]*)\s+from\s+'zod(?:\/v4)?'/m;
/** A value import of classic zod in any form (`zod`, `zod/v4`, `zod/v4/classic`). */
const CLASSIC_ZOD = /^import\s+(?!type\b)[^;]*?\s+from\s+'zod(?:\/v4(?:\/classic)?)?'/m;

/** Where classic zod may still be imported: the staff API's own files. */
const MAY_USE_CLASSIC = /^functions\/staff-api\//;

describe('zod imports of server code', () => {
  it('are namespace imports, which esbuild tree-shakes', () => {
    const offenders = [...sourcesUnder('shared'), ...sourcesUnder('functions')]
      .filter((file) => WHOLE_ZOD.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('are of zod/mini, outside the staff API', () => {
    const offenders = [...sourcesUnder('shared'), ...sourcesUnder('functions')]
      .map((file) => relative(ROOT, file))
      .filter((file) => !MAY_USE_CLASSIC.test(file))
      .filter((file) => CLASSIC_ZOD.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('tells a whole-object import from a namespace one', () => {
    expect(WHOLE_ZOD.test("import { z } from 'zod';")).toBe(true);
    expect(WHOLE_ZOD.test("import z from 'zod';")).toBe(true);
    expect(WHOLE_ZOD.test("import * as z from 'zod';")).toBe(false);
    expect(WHOLE_ZOD.test("import type { z } from 'zod';")).toBe(false);
    expect(WHOLE_ZOD.test("import * as z from 'zod/mini';")).toBe(false);
  });

  it('tells classic zod from zod/mini', () => {
    expect(CLASSIC_ZOD.test("import * as z from 'zod';")).toBe(true);
    expect(CLASSIC_ZOD.test("import { z } from 'zod/v4';")).toBe(true);
    expect(CLASSIC_ZOD.test("import * as z from 'zod/v4/classic';")).toBe(true);
    expect(CLASSIC_ZOD.test("import * as z from 'zod/mini';")).toBe(false);
    expect(CLASSIC_ZOD.test("import type * as z from 'zod';")).toBe(false);
    expect(CLASSIC_ZOD.test("import type { z } from 'zod';")).toBe(false);
  });
});
