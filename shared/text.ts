/**
 * Vietnamese text helpers. Every piece of text that enters the service is NFC-normalised
 * (the same word typed on a phone and on a desktop can arrive decomposed or composed),
 * and every search compares a key that ignores case, tone marks and the stroke of đ.
 */

/** Composed (NFC) form, so that equal-looking strings are equal. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Collapses runs of spaces and trims, after NFC. Line breaks are kept for long text. */
export function cleanText(text: string): string {
  return nfc(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/**
 * A key for matching typed text against names: lower case, without diacritics,
 * đ/Đ as d, punctuation as spaces. "Vân  Nham" and "van nham" give the same key.
 */
export function searchKey(text: string): string {
  return nfc(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every word of the query starts a word of the name (diacritics ignored). */
export function matchesSearch(name: string, query: string): boolean {
  const words = searchKey(name).split(' ');
  const wanted = searchKey(query).split(' ').filter(Boolean);
  if (wanted.length === 0) return false;
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

/** A URL slug without diacritics: "Đồng Tiến" → "dong-tien". */
export function slugify(text: string): string {
  return searchKey(text).replace(/ /g, '-');
}

// C0 and C1 control characters other than tab and line breaks, and the Unicode
// direction overrides that can disguise text (Trojan Source).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** True when the text holds a control character that no person types on purpose. */
export function hasControlCharacters(text: string, allowLineBreaks = true): boolean {
  if (FORBIDDEN_CONTROL.test(text)) return true;
  return !allowLineBreaks && /[\t\n\r]/.test(text);
}
