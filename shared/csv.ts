/**
 * The one CSV writer of the service, for spreadsheets: UTF-8 with a byte-order mark
 * (without it Excel reads Vietnamese as mojibake), CRLF rows, RFC 4180 quoting. The summary
 * report and the open-data exports both write through it, so both are formula-safe.
 */

export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | undefined | null;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed
 * with an apostrophe: petition text comes from the public (OWASP "CSV injection").
 * Numbers are written as they are, so a negative count stays a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the BOM, then every row (the header first) ending with CRLF. */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return `${CSV_BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
