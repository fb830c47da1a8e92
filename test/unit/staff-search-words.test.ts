import { describe, expect, it } from 'vitest';
import {
  MAX_PETITION_WORDS,
  MAX_QUERY_WORDS,
  parseStaffQuery,
  petitionWordsOf,
} from '../../shared/search/staff-words.ts';
import { formatTrackingCode, generateTrackingCode } from '../../shared/tracking-code.ts';

describe('staff search words', () => {
  it('indexes the title, the labels, the code and the content, diacritics and đ ignored, each once, little words dropped', () => {
    const words = petitionWordsOf({
      code: '7KQM3HXT9PAR',
      title: 'Đề nghị sửa Đường liên thôn Làng Ngõa',
      content: 'Đường lầy lội.',
      labels: ['Giao thông', 'Vân Nham'],
    });
    expect(words).toEqual([
      'sua',
      'duong',
      'lien',
      'lang',
      'ngoa',
      'giao',
      'thong',
      'van',
      'nham',
      '7kqm3hxt9par',
      'lay',
      'loi',
    ]);
  });

  it(`keeps at most ${MAX_PETITION_WORDS} words, the title's first and the content's last ones left out`, () => {
    const content = Array.from({ length: 40 }, (_, i) => `tu${i}`).join(' ');
    const words = petitionWordsOf({ code: '7KQM3HXT9PAR', title: 'Cầu treo Pắc Cáy', content, labels: [] });
    expect(words).toHaveLength(MAX_PETITION_WORDS);
    expect(words.slice(0, 5)).toEqual(['cau', 'treo', 'pac', 'cay', '7kqm3hxt9par']);
    expect(words).not.toContain('tu39');
  });

  it('reads a tracking code in any case, with or without dashes, as that code', () => {
    const code = generateTrackingCode();
    for (const typed of [code, formatTrackingCode(code), ` ${formatTrackingCode(code).toLowerCase()} `])
      expect(parseStaffQuery(typed)).toEqual({ kind: 'code', code });
  });

  it('turns other text into its distinct words (the same normalisation as the index), at most a few', () => {
    expect(parseStaffQuery('Đường  LÀNG ngõa đường')).toEqual({
      kind: 'words',
      words: ['duong', 'lang', 'ngoa'],
    });
    expect(parseStaffQuery('a b c d e f g h i j k').kind).toBe('empty');
    const many = parseStaffQuery('mot hai ba bon nam sau bay tam chin');
    expect(many.kind === 'words' && many.words.length).toBe(MAX_QUERY_WORDS);
    expect(parseStaffQuery('đề nghị của').kind).toBe('empty');
  });
});
