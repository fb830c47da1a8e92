/**
 * How server code imports zod decides what its Lambda bundle carries (DESIGN §7): `{ z }`
 * from 'zod' is one namespace object that esbuild must keep whole (JSON Schema conversion,
 * every locale: 450 KB minified before the locale plugin), while `import * as z` lets it drop
 * whatever no schema calls. shared/ and functions/ import zod only as a namespace.
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

describe('zod imports of server code', () => {
  it('are namespace imports, which esbuild tree-shakes', () => {
    const offenders = [...sourcesUnder('shared'), ...sourcesUnder('functions')]
      .filter((file) => WHOLE_ZOD.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('tells a whole-object import from a namespace one', () => {
    expect(WHOLE_ZOD.test("import { z } from 'zod';")).toBe(true);
    expect(WHOLE_ZOD.test("import z from 'zod';")).toBe(true);
    expect(WHOLE_ZOD.test("import * as z from 'zod';")).toBe(false);
    expect(WHOLE_ZOD.test("import type { z } from 'zod';")).toBe(false);
    expect(WHOLE_ZOD.test("import * as z from 'zod/mini';")).toBe(false);
  });
});
