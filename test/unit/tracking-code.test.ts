import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  completeTrackingCode,
  formatTrackingCode,
  generateTrackingCode,
  isTrackingCode,
  parseTrackingCode,
  TrackingCodeError,
} from '../../shared/tracking-code.ts';

const problemOf = (input: string) => {
  try {
    parseTrackingCode(input);
    return 'valid';
  } catch (error) {
    return error instanceof TrackingCodeError ? error.problem : 'other';
  }
};

/** Any 11-symbol payload, as completeTrackingCode takes it. */
const payloads = fc.string({ unit: fc.constantFrom(...CODE_ALPHABET), minLength: 11, maxLength: 11 });
/** 232 = 8 × 29: bytes from 232 up would make the first symbols likelier, so they are skipped. */
const REJECTED_FROM = 256 - (256 % CODE_ALPHABET.length);
/** Any byte stream the platform's generator could return, with at least one usable byte. */
const byteStreams = fc
  .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 60 })
  .filter((bytes) => bytes.some((b) => b < REJECTED_FROM));

/** Makes crypto.getRandomValues return `bytes`, over and over, in order. */
function randomBytesAre(bytes: readonly number[]): void {
  let next = 0;
  vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array) => {
    const view = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let i = 0; i < view.length; i++) view[i] = bytes[next++ % bytes.length]!;
    return array;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('tracking codes', () => {
  it('take every payload symbol from the cryptographic generator, one unbiased byte each', () => {
    fc.assert(
      fc.property(byteStreams, (bytes) => {
        randomBytesAre(bytes);
        const usable = Array.from({ length: 11 * bytes.length }, (_, i) => bytes[i % bytes.length]!).filter(
          (b) => b < REJECTED_FROM,
        );
        const expected = usable
          .slice(0, 11)
          .map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length])
          .join('');
        expect(generateTrackingCode().slice(0, 11)).toBe(expected);
      }),
    );
  });

  it('are unique over 20,000 generated codes, with every symbol at every payload position', () => {
    const codes = Array.from({ length: 20_000 }, generateTrackingCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (let position = 0; position < CODE_LENGTH - 1; position++) {
      expect(new Set(codes.map((c) => c[position])).size, `position ${position}`).toBe(CODE_ALPHABET.length);
    }
  });

  it('carry at least 50 random bits', () => {
    expect((CODE_LENGTH - 1) * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(50);
  });

  it('use no easily confused symbols', () => {
    for (const confusing of ['0', 'O', '1', 'I', 'L']) expect(CODE_ALPHABET).not.toContain(confusing);
    const sample = Array.from({ length: 2000 }, generateTrackingCode).join('');
    expect(sample).toMatch(new RegExp(`^[${CODE_ALPHABET}]+$`));
  });

  it('read back in any case, with or without group separators', () => {
    const code = generateTrackingCode();
    const formatted = formatTrackingCode(code);
    expect(formatted).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    for (const typed of [
      code,
      code.toLowerCase(),
      formatted,
      formatted.toLowerCase(),
      formatted.replace(/-/g, ' '),
    ]) {
      expect(parseTrackingCode(typed)).toBe(code);
    }
  });

  it('read back when copied from the .docx report, whose dashes are non-breaking hyphens', () => {
    const code = generateTrackingCode();
    // Word and LibreOffice copy a non-breaking hyphen as U+2011 (some as U+2010, the plain hyphen).
    for (const dash of ['\u2011', '\u2010'])
      expect(parseTrackingCode(formatTrackingCode(code).replace(/-/g, dash))).toBe(code);
  });

  it('catch every single-symbol typo', () => {
    fc.assert(
      fc.property(payloads, fc.nat(CODE_LENGTH - 1), fc.constantFrom(...CODE_ALPHABET), (payload, i, ch) => {
        const code = completeTrackingCode(payload);
        fc.pre(code[i] !== ch);
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        expect(isTrackingCode(typo), `${code} → ${typo}`).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('catch every swap of two adjacent different symbols', () => {
    fc.assert(
      fc.property(payloads, fc.nat(CODE_LENGTH - 2), (payload, i) => {
        const code = completeTrackingCode(payload);
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(isTrackingCode(swapped), `${code} → ${swapped}`).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('reject malformed input with a reason', () => {
    const valid = generateTrackingCode();
    expect(problemOf('')).toBe('empty');
    expect(problemOf('   ')).toBe('empty');
    expect(problemOf(valid.slice(0, 11))).toBe('length');
    expect(problemOf(`${valid}2`)).toBe('length');
    expect(problemOf(`${valid.slice(0, 11)}O`)).toBe('character');
    expect(problemOf(`${valid.slice(0, 11)}!`)).toBe('character');
    expect(problemOf('Mã của tôi')).toBe('character');
    expect(() => parseTrackingCode('ABC')).toThrow(TrackingCodeError);
  });

  it('complete a fixed payload into a valid code (demo codes)', () => {
    const code = completeTrackingCode('DEM2A7HX4KQ');
    expect(code).toHaveLength(CODE_LENGTH);
    expect(isTrackingCode(code)).toBe(true);
    expect(() => completeTrackingCode('DEMO')).toThrow(TrackingCodeError);
  });
});
