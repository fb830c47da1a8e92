/**
 * The petition form's whole script as the browser receives it: petition-form.ts and every
 * feature module it imports (attachments, similar petitions…), bundled and minified for the
 * browser the way the site's build does, then gzipped. test/site/form-script-size.test.ts
 * holds it to DESIGN §7's 10 KB; check-built-site.ts checks the built pages' own scripts.
 *
 *   node site/form-script.ts      prints the size and what makes it up
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const SCRIPTS = join(import.meta.dirname, 'src', 'scripts');

export interface FormScript {
  bytes: number;
  gzipBytes: number;
  /** Bytes in the output per source file (repository-relative, node_modules/… for packages). */
  inputs: Record<string, number>;
}

export async function buildFormScript(): Promise<FormScript> {
  const result = await build({
    // What Submit.astro's <script> holds.
    stdin: {
      contents: "import { enhancePetitionForm } from './petition-form.ts'; enhancePetitionForm();",
      resolveDir: SCRIPTS,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    write: false,
    outfile: 'petition-form.js',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    bytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    inputs: Object.fromEntries(
      Object.entries(output.inputs).map(([path, { bytesInOutput }]) => [path, bytesInOutput]),
    ),
  };
}

if (import.meta.main) {
  const script = await buildFormScript();
  console.log(
    `petition form script: ${(script.gzipBytes / 1024).toFixed(1)} KB gzip (${script.bytes} bytes)`,
  );
  for (const [path, bytes] of Object.entries(script.inputs)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15))
    console.log(`  ${String(bytes).padStart(7)}  ${path}`);
}
