/**
 * How an SMS is encoded and how many segments it costs. GSM-7 (the basic character set
 * and its extension table) gives 160 characters in one segment, 153 a segment when split;
 * anything else makes the whole message UCS-2: 70 in one, 67 a segment when split.
 * Vietnamese public-service SMS are usually sent without diacritics to stay in one GSM-7
 * segment (DESIGN §10): `fitSms` folds the text to ASCII when that fits one segment, and
 * keeps the diacritics otherwise (as UCS-2, where the templates are short enough for two).
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Each of these takes two septets (an escape and the character). */
const GSM_EXTENSION = '^{}\\[~]|€\f';

const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsShape {
  encoding: SmsEncoding;
  /** GSM-7 septets, or UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
}

export function smsShape(text: string): SmsShape {
  let septets = 0;
  for (const ch of text) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXTENSION.has(ch)) septets += 2;
    else {
      const units = text.length;
      return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
    }
  }
  return { encoding: 'GSM-7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}

/** Vietnamese without diacritics, đ as d, and typographic marks as their ASCII look-alikes. */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/…/g, '...')
    .normalize('NFC');
}

/** The text to send: folded to ASCII when that is one GSM-7 segment, else as written (UCS-2). */
export function fitSms(text: string): { text: string } & SmsShape {
  const folded = foldToAscii(text);
  const shape = smsShape(folded);
  if (shape.encoding === 'GSM-7' && shape.segments === 1) return { text: folded, ...shape };
  return { text, ...smsShape(text) };
}
