/**
 * An agency's answer templates: text with placeholders in braces (`{commune}`, `{date}`,
 * `{code}`…) filled in for each petition it answers. Zod-free, so the console checks a
 * template as it is typed with the same rule the API applies.
 */

/** Placeholders a template may use, and what each becomes for one petition. */
export const TEMPLATE_PLACEHOLDERS = ['commune', 'date', 'code', 'title', 'field', 'agency'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

export type TemplateValues = Record<TemplatePlaceholder, string>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The first problem of a template's text: a placeholder not in the list, or a brace left open. */
export function templateProblem(
  text: string,
): { kind: 'unknownPlaceholder'; name: string } | { kind: 'unbalancedBraces' } | undefined {
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name ?? ''))
      return { kind: 'unknownPlaceholder', name: name ?? '' };
  }
  if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) return { kind: 'unbalancedBraces' };
  return undefined;
}

/** The template's text with every placeholder replaced (a checked template has no other braces). */
export function renderTemplate(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name) ? values[name as TemplatePlaceholder] : whole,
  );
}
