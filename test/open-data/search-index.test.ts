/** The static search index: words without diacritics, every word, last word as a prefix, title first, paged, compact shards. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../shared/search/build-index.ts';
import { highlight } from '../../shared/search/highlight.ts';
import { searchIndex } from '../../shared/search/query.ts';
import { resultDocument } from '../../shared/search/result-documents.ts';
import { parseQuery, shardOf, termsOf } from '../../shared/search/terms.ts';
import { memorySource, publishedResult } from './support.ts';

const results = [
  publishedResult({
    code: 'AAAA-AAAA-AAAA',
    title: 'Đường liên thôn Làng Ngõa xuống cấp',
    content: 'Mặt đường nhiều ổ gà.',
  }),
  publishedResult({
    code: 'BBBB-BBBB-BBBB',
    title: 'Trường học thiếu phòng',
    content: 'Đường vào trường ở Làng Ngõa lầy lội.',
  }),
  publishedResult({ code: 'CCCC-CCCC-CCCC', title: 'Đèn đường thôn Bản Cầu', content: 'Không có đèn.' }),
];

const codes = async (
  typed: string,
  source = memorySource(buildSearchIndex(results.map(resultDocument))).source,
) => (await searchIndex(source, parseQuery(typed), { page: 1, pageSize: 10 })).hits.map((h) => h.id);

describe('the search index', () => {
  it('finds "Đường liên thôn Làng Ngõa" for "duong lang ngoa", case and diacritics (đ too) ignored', async () => {
    expect(await codes('duong lang ngoa')).toEqual(['AAAA-AAAA-AAAA', 'BBBB-BBBB-BBBB']);
    expect(await codes('DUONG LANG NGÕA')).toEqual(['AAAA-AAAA-AAAA', 'BBBB-BBBB-BBBB']);
  });

  it('requires every word: a word found nowhere leaves no hit', async () => {
    expect(await codes('duong lang ngoa ban')).toEqual([]);
    expect(await codes('den ban cau')).toEqual(['CCCC-CCCC-CCCC']);
  });

  it('ranks a document with the words in its title above one with them in its text', async () => {
    const built = buildSearchIndex([...results].reverse().map(resultDocument));
    expect(await codes('lang ngoa', memorySource(built).source)).toEqual([
      'AAAA-AAAA-AAAA',
      'BBBB-BBBB-BBBB',
    ]);
  });

  it('reads the last word as the start of a word while typing, the others as whole words', async () => {
    expect(await codes('lang ngo')).toEqual(['AAAA-AAAA-AAAA', 'BBBB-BBBB-BBBB']);
    expect(await codes('truo')).toEqual(['BBBB-BBBB-BBBB']);
    // "truo " is finished: no word is exactly "truo".
    expect(await codes('truo ')).toEqual([]);
  });

  it('reads one shard per word and only the chunks of the page it shows', async () => {
    const { source, reads } = memorySource(buildSearchIndex(results.map(resultDocument)));
    await searchIndex(source, parseQuery('duong lang ngoa'), { page: 1, pageSize: 10 });
    expect(reads.sort()).toEqual(['d/0', 't/duo', 't/lan', 't/ngo']);
  });

  it('pages the hits', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      resultDocument(publishedResult({ code: `C${String(i).padStart(3, '0')}`, title: `Cầu số ${i}` })),
    );
    const { source } = memorySource(buildSearchIndex(many));
    const third = await searchIndex(source, parseQuery('cau'), { page: 3, pageSize: 10 });
    expect(third).toMatchObject({ total: 25, page: 3, pages: 3 });
    expect(third.hits.map((h) => h.id)).toEqual(['C020', 'C021', 'C022', 'C023', 'C024']);
  });

  it("changes only the shards of a new (newest) document's words and the last chunk: the rest stays byte for byte", () => {
    const older = Array.from({ length: 40 }, (_, i) =>
      publishedResult({ code: `C${String(i).padStart(3, '0')}`, title: `Cầu số ${i} thôn ${i % 7}` }),
    ).reverse();
    const newest = publishedResult({ code: 'NEW0', title: 'Trạm bơm Khe Nước', content: 'Máy bơm hỏng.' });
    const before = buildSearchIndex(older.map(resultDocument));
    const after = buildSearchIndex([newest, ...older].map(resultDocument));
    const document = resultDocument(newest);
    const itsShards = new Set(
      termsOf(`${document.title} ${document.content} ${document.context}`).map(shardOf),
    );
    const changedShards = [...after.shards.keys()].filter(
      (name) => JSON.stringify(after.shards.get(name)) !== JSON.stringify(before.shards.get(name)),
    );
    expect(changedShards.sort()).toEqual([...itsShards].sort());
    const changedChunks = after.chunks
      .map((chunk, n) => (JSON.stringify(chunk) === JSON.stringify(before.chunks[n]) ? -1 : n))
      .filter((n) => n >= 0);
    expect(changedChunks).toEqual([after.chunks.length - 1]);
    expect(after.chunks.at(-1)!.at(-1)!.i).toBe('NEW0');
  });

  it("ranks newest first on a tie, whatever the documents' numbers", async () => {
    const tied = ['T1', 'T2', 'T3'].map((code) => publishedResult({ code, title: 'Cống thoát nước' }));
    expect(
      await codes('cong thoat', memorySource(buildSearchIndex(tied.map(resultDocument))).source),
    ).toEqual(['T1', 'T2', 'T3']);
  });

  it('marks the matched words only, leaving the text (markup included) as segments to escape', () => {
    const segments = highlight('<b>Đường</b> Làng Ngõa, làng', parseQuery('duong ngo'));
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['Đường', 'Ngõa']);
    expect(segments.map((s) => s.text).join('')).toBe('<b>Đường</b> Làng Ngõa, làng');
  });
});
