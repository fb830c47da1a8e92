/**
 * What a bundle loads at start, read from esbuild's metafile: its entry and the chunks it
 * imports statically, followed; a chunk only `import()` reaches is not among them. The two
 * budgets on code size measure it: the functions' cold start (infra/build-functions.ts) and
 * the petition form's script (site/form-script.ts).
 */
export type BundleOutputs = Record<string, { imports: readonly { path: string; kind: string }[] }>;

export function loadedAtStart(outputs: BundleOutputs, entry: string): Set<string> {
  const atStart = new Set<string>();
  const visit = (output: string) => {
    if (atStart.has(output)) return;
    atStart.add(output);
    for (const i of outputs[output]!.imports)
      if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entry);
  return atStart;
}
