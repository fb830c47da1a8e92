/** GET /tim-kiem?q= and /en/search?q=: the search of published results without JavaScript, from the site's index. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublicApp } from '../../../functions/public-api/app.ts';
import { buildSearchIndex } from '../../../shared/search/build-index.ts';
import { resultDocument } from '../../../shared/search/result-documents.ts';
import { memorySource, publishedResult } from '../../open-data/support.ts';
import { createTestDatabase, type TestDatabase } from '../../support/database.ts';
import { testConfig } from '../support/public-app.ts';

const results = [
  publishedResult({
    code: 'AAAA-BBBB-CCCC',
    title: 'Đường liên thôn Làng Ngõa xuống cấp',
    content: 'Mặt đường nhiều ổ gà.',
  }),
  publishedResult({
    code: 'DDDD-EEEE-FFFF',
    title: '<script>alert(1)</script> đường Làng Ngõa',
    content: 'x',
  }),
  ...Array.from({ length: 23 }, (_, i) =>
    publishedResult({ code: `CAUX-0000-${String(i).padStart(4, '0')}`, title: `Cầu tràn số ${i}` }),
  ),
];

let database: TestDatabase;
let app: ReturnType<typeof createPublicApp>;
beforeAll(async () => {
  database = await createTestDatabase('search-page');
  app = createPublicApp({
    repos: database.repos,
    config: testConfig(database.tableName),
    searchIndex: memorySource(buildSearchIndex(results.map(resultDocument))).source,
  });
});
afterAll(() => database.drop());

const main = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));

describe('the search page without JavaScript', () => {
  it('finds "Đường liên thôn Làng Ngõa" for "duong lang ngoa", marking the matched words', async () => {
    const res = await app.request('/tim-kiem?q=duong+lang+ngoa');
    expect(res.status).toBe(200);
    const page = main(await res.text());
    expect(page).toContain('href="/ket-qua/aaaa-bbbb-cccc/"');
    expect(page).toContain('<mark>Đường</mark> liên thôn <mark>Làng</mark> <mark>Ngõa</mark> xuống cấp');
    expect(page).toContain('Có 2 kết quả cho “duong lang ngoa”.');
  });

  it('escapes a title before marking it: markup in a result is shown as text', async () => {
    const page = main(await (await app.request('/tim-kiem?q=lang+ngoa')).text());
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; đường <mark>Làng</mark> <mark>Ngõa</mark>');
    expect(page).not.toContain('<script>');
  });

  it('answers in English under /en/search, with English result links', async () => {
    const res = await app.request('/en/search?q=LANG%20NGOA', { headers: { 'accept-language': 'vi' } });
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('href="/en/results/aaaa-bbbb-cccc/"');
    expect(page).toContain('2 results for “LANG NGOA”.');
  });

  it('pages the hits ten at a time, with links to the other pages', async () => {
    const second = main(await (await app.request('/tim-kiem?q=cau+tran&trang=2')).text());
    expect(second).toContain('Trang 2/3');
    expect(second.match(/<li>/g)).toHaveLength(10);
    expect(second).toContain('href="/tim-kiem?q=cau%20tran&amp;trang=3"');
    expect(second).toContain('href="/tim-kiem?q=cau%20tran"');
  });

  it('says so when nothing matches every word', async () => {
    const res = await app.request('/tim-kiem?q=ngoa+cau+tran');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Không có kết quả nào cho “ngoa cau tran”.');
  });

  it.each([
    ['an empty query', 'q=', 'Vui lòng nhập từ cần tìm.'],
    ['punctuation only', 'q=%21%21%21', 'Giá trị không hợp lệ.'],
    ['a page that is not a number', 'q=cau&trang=abc', 'Giá trị không hợp lệ.'],
  ])('answers %s with a 400 and the catalogue’s message', async (_name, query, message) => {
    const res = await app.request(`/tim-kiem?${query}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(message);
  });

  it('answers 503 with a message, not a 500, when the site’s index cannot be read', async () => {
    const { SearchIndexUnavailableError } = await import('../../../functions/lib/search/static-index.ts');
    const broken = createPublicApp({
      repos: database.repos,
      config: testConfig(database.tableName),
      searchIndex: {
        shard: () => Promise.reject(new SearchIndexUnavailableError('down')),
        chunk: () => Promise.reject(new SearchIndexUnavailableError('down')),
      },
    });
    const res = await broken.request('/tim-kiem?q=cau');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('Chưa tìm được lúc này.');
  });
});
