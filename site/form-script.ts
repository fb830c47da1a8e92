/**
 * The petition form's script as the browser receives it: petition-form.ts and every module it
 * imports statically, bundled and minified for the browser the way the site's build does, then
 * gzipped; the modules it loads with `import()` on first use (attachments when a file is
 * picked, similar petitions when a title is typed) are chunks of their own, reported beside
 * it. test/site/form-script-size.test.ts holds the entry to DESIGN §7's 10 KB;
 * check-built-site.ts checks the built pages' own scripts.
 *
 *   node site/form-script.ts      prints the size and what makes it up
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { loadedAtStart } from '../shared/bundle-start.ts';

const SCRIPTS = join(import.meta.dirname, 'src', 'scripts');
const ENTRY = 'petition-form-entry';

export interface FormScript {
  /** What the page loads: the entry and the chunks it imports statically. */
  bytes: number;
  gzipBytes: number;
  /** Bytes in that output per source file (repository-relative, node_modules/… for packages). */
  inputs: Record<string, number>;
  /** Each chunk only `import()` reaches, by the sources it holds, gzip. */
  lazy: { inputs: string[]; gzipBytes: number }[];
}

export async function buildFormScript(): Promise<FormScript> {
  const result = await build({
    // What Submit.astro's <script> holds.
    stdin: {
      contents: "import { enhancePetitionForm } from './petition-form.ts'; enhancePetitionForm();",
      resolveDir: SCRIPTS,
      sourcefile: `${ENTRY}.ts`,
      loader: 'ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    write: false,
    outdir: 'form-script',
    entryNames: ENTRY,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const code = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const contentsOf = (output: string) =>
    [...code.entries()].find(([path]) => path.endsWith(`/${output}`) || path === output)![1];
  const atStart = loadedAtStart(
    outputs,
    Object.keys(outputs).find((o) => outputs[o]!.entryPoint !== undefined)!,
  );
  const gzip = (list: string[]) => gzipSync(Buffer.concat(list.map(contentsOf)), { level: 9 }).byteLength;
  const start = [...atStart];
  return {
    bytes: start.reduce((sum, o) => sum + contentsOf(o).byteLength, 0),
    gzipBytes: gzip(start),
    inputs: Object.fromEntries(
      start.flatMap((o) =>
        Object.entries(outputs[o]!.inputs).map(([path, { bytesInOutput }]) => [path, bytesInOutput]),
      ),
    ),
    // What the page's code can import(): esbuild also writes a chunk for an import() in code
    // it dropped (loadCatalogue's English, never called here), which no output then imports.
    lazy: [
      ...new Set(
        start.flatMap((o) =>
          outputs[o]!.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
        ),
      ),
    ]
      .filter((o) => outputs[o] && !atStart.has(o))
      .map((o) => ({ inputs: Object.keys(outputs[o]!.inputs), gzipBytes: gzip([o]) })),
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
  for (const chunk of script.lazy)
    console.log(
      `loaded on first use: ${(chunk.gzipBytes / 1024).toFixed(1)} KB gzip  ${chunk.inputs.join(', ')}`,
    );
}
