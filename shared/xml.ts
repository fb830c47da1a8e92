/**
 * Escaping for XML written as strings (the Atom feeds, Open311's XML documents). Text from
 * the public passes through here: markup becomes text, and the characters XML 1.0 cannot
 * hold (C0 controls but tab and line breaks, U+FFFE/U+FFFF, a lone surrogate) are dropped,
 * so a document always parses. With the u flag a surrogate pair is one code point: an
 * emoji or a rare Hán Nôm character is kept whole.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
