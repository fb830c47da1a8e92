import { describe, expect, it } from 'vitest';
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

describe('tracking codes', () => {
  it('are unique over 1,000,000 generated codes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1_000_000; i++) seen.add(generateTrackingCode());
    expect(seen.size).toBe(1_000_000);
  }, 120_000);

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
    for (let n = 0; n < 200; n++) {
      const code = generateTrackingCode();
      for (let i = 0; i < code.length; i++) {
        for (const ch of CODE_ALPHABET) {
          if (ch === code[i]) continue;
          const typo = code.slice(0, i) + ch + code.slice(i + 1);
          expect(isTrackingCode(typo), `${code} → ${typo}`).toBe(false);
        }
      }
    }
  });

  it('catch every swap of two adjacent different symbols', () => {
    for (let n = 0; n < 2000; n++) {
      const code = generateTrackingCode();
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(isTrackingCode(swapped), `${code} → ${swapped}`).toBe(false);
      }
    }
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
