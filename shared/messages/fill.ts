/**
 * `{placeholders}` of a message filled from `params` (an unknown one is left as written):
 * translate() uses it, and so does the petition form's script, which carries its page's
 * messages rather than the catalogues.
 */
export function fillMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
