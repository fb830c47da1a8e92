/** Markdown tables and the units the bench prints. */

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const units = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
export const dollars = (value: number) => `$${value < 1 ? value.toFixed(3) : value.toFixed(2)}`;
