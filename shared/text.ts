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
  // NFD straight away: the decomposition of a text and of its NFC form are the same.
  return text
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

/*
 * Characters that are not text. Two kinds, treated differently on purpose:
 *
 * - Stripped: invisible format characters that phones, keyboards and copy-paste insert
 *   without the writer knowing (zero-width space and non-joiner, word joiner, the BOM /
 *   zero-width no-break space, soft hyphen, invisible operators, direction marks, tag
 *   characters). Refusing them would send a citizen hunting for something they cannot see;
 *   removing them loses nothing they meant to write. The zero-width joiner is kept only
 *   where it joins two emoji into one (👨‍👩‍👧), the one place it carries meaning.
 * - Refused: ill-formed UTF-16 (a lone surrogate, half an emoji cut by a bad client), the
 *   replacement character U+FFFD (what a form body's broken UTF-8 decodes to, so the same
 *   damage refused on both paths) and Unicode noncharacters (U+FDD0–U+FDEF and the last two
 *   code points of every plane, U+FFFE/U+FFFF … U+10FFFE/U+10FFFF). No keyboard produces
 *   them; they mean the text was damaged or forged, and stored they break whatever reads
 *   them later (an email encoder, a CSV, a DOCX). The sender is asked to type it again.
 */
const INVISIBLE =
  /[\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff\u{e0001}\u{e0020}-\u{e007f}]|(?<!\p{Extended_Pictographic}[\ufe0f\u{1f3fb}-\u{1f3ff}]?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;

/** Removes the invisible format characters nobody types on purpose (see above). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** False for a lone surrogate or a replacement character: text damaged before it arrived. */
export function isWellFormedText(text: string): boolean {
  return text.isWellFormed() && !text.includes('\ufffd');
}

/** True when the text holds a Unicode noncharacter (U+FDD0–U+FDEF, U+nFFFE, U+nFFFF). */
export function hasNoncharacters(text: string): boolean {
  return NONCHARACTER.test(text);
}
