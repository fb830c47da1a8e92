/**
 * What makes a PDF unsafe to hand to staff and the public: encryption (it cannot be checked)
 * and anything that runs by itself (JavaScript, launch actions). Names are read with their
 * `#xx` escapes decoded, and compressed streams (where object streams hide dictionaries)
 * are inflated and read too, within a budget, so `/J#53` or a deflated `/JS` is found.
 */
import { inflateSync } from 'node:zlib';

export type PdfRisk = 'encrypted' | 'script';

const NAME = /\/[^\s()<>[\]{}/%]*/g;
const RISKY: Record<string, PdfRisk> = {
  '/Encrypt': 'encrypted',
  '/JavaScript': 'script',
  '/JS': 'script',
  '/Launch': 'script',
  '/RichMedia': 'script',
  '/EmbeddedFile': 'script',
};
/** At most this much inflated text is read, so a "zip bomb" stream costs no more. */
const INFLATE_BUDGET = 64 * 1024 * 1024;

function risksInText(text: string): PdfRisk | undefined {
  for (const match of text.matchAll(NAME)) {
    const name = match[0].replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    const risk = RISKY[name];
    if (risk) return risk;
  }
  return undefined;
}

export function pdfRisk(bytes: Uint8Array): PdfRisk | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const direct = risksInText(text);
  if (direct) return direct;
  let budget = INFLATE_BUDGET;
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, budget) });
      budget -= inflated.byteLength;
      const risk = risksInText(inflated.toString('latin1'));
      if (risk) return risk;
    } catch (error) {
      // Past the budget, the rest cannot be checked: refused as if it ran something.
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'script';
      // Otherwise not a deflated stream (an image, a font): nothing to read in it.
    }
    streams.lastIndex = end;
  }
  return undefined;
}
