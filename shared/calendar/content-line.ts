/**
 * RFC 5545 content lines: text escaping (§3.3.11), date-time values (§3.3.5) and line
 * folding (§3.1). Folding counts UTF-8 octets, not characters: a Vietnamese letter is
 * two or three octets, and a fold must never split one.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in TEXT.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/**
 * Splits one logical line into physical lines of at most 75 octets; each continuation
 * starts with a space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ` ${ch}`;
      octets = 1 + size;
    } else {
      current += ch;
      octets += size;
    }
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** A UTC date-time: 20261201T010000Z. */
export function utcDateTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A floating wall-clock date-time at a fixed offset (in minutes east of UTC): 20261201T080000. */
export function wallClockDateTime(iso: string, offsetMinutes: number): string {
  const shifted = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  return shifted.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

export type Parameters = Record<string, string>;

/** "NAME;PARAM=value:VALUE", folded. Parameter values with : ; , are quoted (§3.2). */
export function contentLine(name: string, value: string, parameters: Parameters = {}): string {
  const params = Object.entries(parameters)
    .map(([key, v]) => `;${key}=${/[:;,]/.test(v) ? `"${v.replace(/"/g, '')}"` : v}`)
    .join('');
  return foldLine(`${name}${params}:${value}`);
}

/** Joins content lines with CRLF, ending with one (every line ends with CRLF). */
export function joinLines(lines: readonly string[]): string {
  return `${lines.join(CRLF)}${CRLF}`;
}
