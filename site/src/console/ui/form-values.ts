/**
 * From named form controls to the JSON body the staff API expects, and from the API's
 * dotted error paths back to the controls. Names are the schema's paths: "submitter.email",
 * "petitions.0.title"; a numeric segment makes an array, a name ending in "[]" collects values.
 * Pure: the browser passes its controls' name/value pairs, the tests pass literals.
 */

export type FormEntry = [name: string, value: string | boolean | number | string[]];

type Tree = Record<string, unknown> | unknown[];

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Tree = root;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    const key: string | number = /^\d+$/.test(part) ? Number(part) : part;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    if (container[key] === undefined || container[key] === null) {
      container[key] = /^\d+$/.test(parts[i + 1]!) ? [] : {};
    }
    node = container[key] as Tree;
  }
}

/**
 * Builds the body: empty text is left out (the schemas treat it as absent, and a required
 * field then gets "required"), "name[]" entries are gathered into arrays.
 */
export function bodyOf(entries: readonly FormEntry[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const lists = new Map<string, string[]>();
  for (const [name, value] of entries) {
    if (name.endsWith('[]')) {
      const list = lists.get(name) ?? [];
      if (Array.isArray(value)) list.push(...value);
      else if (typeof value === 'string' && value !== '') list.push(value);
      lists.set(name, list);
      continue;
    }
    if (typeof value === 'string' && value.trim() === '') continue;
    setPath(body, name, value);
  }
  for (const [name, list] of lists) setPath(body, name.slice(0, -2), list);
  return body;
}

/**
 * The control an error path belongs to: the exact name, or "name[]" for a list, or the
 * nearest named ancestor path ("venue.name.0" → "venue.name"). Undefined: show it in the summary.
 */
export function controlNameFor(path: string, names: ReadonlySet<string>): string | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const candidate = parts.slice(0, n).join('.');
    if (names.has(candidate)) return candidate;
    if (names.has(`${candidate}[]`)) return `${candidate}[]`;
  }
  return undefined;
}
