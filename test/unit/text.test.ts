import { describe, expect, it } from 'vitest';
import {
  cleanText,
  hasControlCharacters,
  matchesSearch,
  nfc,
  searchKey,
  slugify,
} from '../../shared/text.ts';

describe('Vietnamese text helpers', () => {
  const decomposed = 'Vân Nham'.normalize('NFD');

  it('normalise to NFC', () => {
    expect(decomposed).not.toBe('Vân Nham');
    expect(nfc(decomposed)).toBe('Vân Nham');
    expect(cleanText(`  ${decomposed}  \r\n  thôn   Làng Ngõa `)).toBe('Vân Nham\nthôn Làng Ngõa');
  });

  it('build a search key that ignores case, tone marks and đ', () => {
    expect(searchKey('Vân Nham')).toBe('van nham');
    expect(searchKey(decomposed)).toBe('van nham');
    expect(searchKey('ĐỒNG TIẾN')).toBe('dong tien');
    expect(searchKey('Đồng  Tiến,')).toBe(searchKey('dong tien'));
    expect(searchKey('Lệ Viễn')).toBe('le vien');
  });

  it('match typed words against names, diacritics ignored', () => {
    expect(matchesSearch('Vân Nham', 'van nham')).toBe(true);
    expect(matchesSearch('Vân Nham', 'VAN')).toBe(true);
    expect(matchesSearch('Đồng Tiến', 'dong')).toBe(true);
    expect(matchesSearch('Minh Tiến', 'van')).toBe(false);
    expect(matchesSearch('Minh Tiến', '   ')).toBe(false);
  });

  it('make slugs without diacritics', () => {
    expect(slugify('Đồng Tiến')).toBe('dong-tien');
    expect(slugify('Tây Yên Tử')).toBe('tay-yen-tu');
  });

  it('find control characters but allow line breaks where asked', () => {
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('a\u202Eb')).toBe(true);
    expect(hasControlCharacters('dòng 1\ndòng 2')).toBe(false);
    expect(hasControlCharacters('dòng 1\ndòng 2', false)).toBe(true);
  });
});
