/**
 * Each catalogue speaks its own language: no English word inside a Vietnamese message
 * ("Hãy chọn buổi tiếp xúc (meeting)…"), no Vietnamese inside an English one (a field
 * name left untranslated in the English console). Names stay as they are: products
 * (Zalo, Google Calendar…), formats (.ics, iCalendar), and the demo's places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_AGENCIES, DEMO_COUNCILS, DEMO_UNITS } from '../../infra/local/demo/reference.ts';
import { en as shareEn } from '../../shared/messages/en.ts';
import { vi as sharedVi } from '../../shared/messages/vi.ts';
import { en as consoleEn } from '../../site/src/console/i18n/en.ts';
import { vi as consoleVi } from '../../site/src/console/i18n/vi.ts';
import { en as siteEn } from '../../site/src/lib/i18n/en.ts';
import { vi as siteVi } from '../../site/src/lib/i18n/vi.ts';

const CATALOGUES = [
  { name: 'shared/messages', vi: sharedVi, en: shareEn },
  { name: 'site/src/lib/i18n', vi: siteVi, en: siteEn },
  { name: 'site/src/console/i18n', vi: consoleVi, en: consoleEn },
] as const;

/** Names that read the same in both languages: products, formats, and Open311's own literals. */
const NAMES = new Set([
  'email',
  'zalo',
  'google',
  'calendar',
  'outlook',
  'icalendar',
  'atom',
  'ctrl',
  'openstreetmap',
  'javascript',
  'webcal',
  'description',
  'true',
  'false',
]);

/**
 * Not words of either language: placeholders ({name}), addresses, file extensions and formats, codes,
 * identifiers (api_key, attribute[commune], lat/long, phong-tnmt-huu-lung, Idempotency-Key),
 * a command (npm start), and a search typed as an example ("ví dụ: van nham").
 */
const strip = (text: string) =>
  text
    .replace(/\{\w+\}/g, ' ')
    .replace(/\b(?:https?|webcal):\/\/\S+/g, ' ')
    .replace(/\S*[_[\]/]\S*/g, ' ')
    .replace(/\b[\p{L}\d]+(?:-[\p{L}\d]+)+\b/gu, ' ')
    .replace(/\b\w*\d\w*\b/g, ' ')
    .replace(/\bnpm \w+/g, ' ')
    .replace(/(?:ví dụ|for example|e\.g\.):[^.]*\./gi, ' ')
    .replace(/\.[a-z0-9]{2,4}\b/g, ' ')
    .replace(/\bWebP\b/g, ' ')
    .replace(/\b[A-Z0-9][A-Z0-9-]+\b/g, ' ');

const words = (text: string) => strip(text).match(/[\p{L}]+/gu) ?? [];
const isAscii = (word: string) => /^[A-Za-z]+$/.test(word);
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** The demo reference data's proper names (places, councils, agencies): Vietnamese inside English is right there. */
const PROPER = new Set(
  [...DEMO_UNITS, ...DEMO_COUNCILS, ...DEMO_AGENCIES].flatMap((x) =>
    words(x.name).map((w) => w.toLowerCase()),
  ),
);
for (const allowed of ['tiếng', 'việt', 'hđnd', 'kiến', 'nghị']) PROPER.add(allowed);

const vocabulary = (catalogue: Record<string, string>) =>
  new Set(Object.values(catalogue).flatMap((v) => words(v).map((w) => w.toLowerCase())));

describe('the message catalogues', () => {
  for (const { name, vi, en } of CATALOGUES) {
    const english = vocabulary({ ...shareEn, ...siteEn, ...consoleEn });
    const vietnamese = vocabulary({ ...sharedVi, ...siteVi, ...consoleVi });

    it(`${name}: no English word in a Vietnamese message`, () => {
      const found = Object.entries(vi as Record<string, string>).flatMap(([key, value]) =>
        words(value)
          .filter((w) => w.length >= 4 && isAscii(w))
          .map((w) => w.toLowerCase())
          .filter((w) => english.has(w) && !NAMES.has(w))
          .map((w) => `${key}: ${w}`),
      );
      expect(found).toEqual([]);
    });

    it(`${name}: no Vietnamese word in an English message, but for proper names`, () => {
      const found = Object.entries(en as Record<string, string>).flatMap(([key, value]) =>
        words(value)
          .filter((w) => VIETNAMESE_LETTER.test(w) && !PROPER.has(w.toLowerCase()))
          .map((w) => `${key}: ${w}`),
      );
      expect(found).toEqual([]);
      // The same key is not left in Vietnamese in the English catalogue.
      const untranslated = Object.entries(en as Record<string, string>)
        .filter(
          ([key, value]) =>
            (vi as Record<string, string>)[key] === value &&
            words(value).some((w) => vietnamese.has(w.toLowerCase()) && !english.has(w.toLowerCase())),
        )
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  }
});
