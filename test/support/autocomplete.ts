/**
 * The HTML standard's rules for `autocomplete` (§ 4.10.18.7, autofill): a control's value
 * ends in one autofill field name, and a field name meant for multi-line text
 * (`street-address`) is not allowed on a single-line `<input>` — the W3C checker calls it
 * an error. Used on every built page and on the API's server-rendered form.
 */

const FIELD_NAMES = new Set(
  (
    'name honorific-prefix given-name additional-name family-name honorific-suffix nickname ' +
    'username new-password current-password one-time-code organization-title organization ' +
    'street-address address-line1 address-line2 address-line3 address-level4 address-level3 ' +
    'address-level2 address-level1 country country-name postal-code cc-name cc-given-name ' +
    'cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type ' +
    'transaction-currency transaction-amount language bday bday-day bday-month bday-year sex url ' +
    'photo tel tel-country-code tel-national tel-area-code tel-local tel-extension email impp'
  ).split(' '),
);
const MULTILINE_ONLY = new Set(['street-address']);

/** Every control whose autocomplete value the standard does not allow, as "<tag …>: why". */
export function autocompleteProblems(html: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<(input|textarea|select)\b[^>]*>/gi)) {
    const tag = match[0];
    const value = /\sautocomplete=["']?([^"'>]*)/i.exec(tag)?.[1]?.trim().toLowerCase();
    if (value === undefined || value === 'on' || value === 'off') continue;
    const field = value.split(/\s+/).at(-1) ?? '';
    if (!FIELD_NAMES.has(field)) problems.push(`${tag}: "${field}" is not an autofill field name`);
    else if (match[1]!.toLowerCase() === 'input' && MULTILINE_ONLY.has(field))
      problems.push(`${tag}: "${field}" is for multi-line controls (textarea), not a one-line input`);
  }
  return problems;
}
