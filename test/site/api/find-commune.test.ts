import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededPublicApi, seededPublicApi } from '../support/public-app.ts';

let api: SeededPublicApi;
beforeAll(async () => {
  // The search reads the reference data's communes alone.
  api = await seededPublicApi('find-commune', undefined, 'reference');
});
afterAll(() => api.database.drop());

const find = (query: string, headers: Record<string, string> = {}) =>
  api.app.request(`/tim-xa?${query}`, { headers });

describe('GET /tim-xa (the home page’s commune search without JavaScript)', () => {
  it.each(['q=van+nham', 'q=V%C3%A2n%20Nham', 'q=%20VAN%20%20NHAM%20', 'q=v%C3%A2n%20nh%C3%A1m'])(
    'sends "%s" to Vân Nham’s schedule page with a 303',
    async (query) => {
      const res = await find(query);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/lich-tiep-xuc/xa/van-nham/');
    },
  );

  it('sends an English reader to the English schedule page', async () => {
    const res = await find('q=van+nham&lang=en');
    expect(res.headers.get('location')).toBe('/en/schedule/communes/van-nham/');
  });

  it('lists the communes to choose from when several match', async () => {
    const res = await find('q=an');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('href="/lich-tiep-xuc/xa/an-chau/"');
    expect(page).toContain('href="/lich-tiep-xuc/xa/an-ba/"');
    expect(page).toContain('An Bá – Sơn Động, Bắc Giang');
    expect(page).not.toContain('href="/lich-tiep-xuc/xa/van-nham/"');
  });

  it('says so, with the form and the list of communes, when nothing matches', async () => {
    const res = await find('q=khong+co+xa+nay');
    expect(res.status).toBe(404);
    const page = await res.text();
    expect(page).toContain('Không tìm thấy xã, phường nào có tên “khong co xa nay”.');
    expect(page).toContain('action="/tim-xa"');
    expect(page).toContain('href="/lich-tiep-xuc/xa/"');
  });

  it('asks for a name when none was typed', async () => {
    for (const query of ['q=', 'q=%20%20', '']) {
      const res = await find(query, { 'accept-language': 'en' });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Please type the name of a commune.');
    }
  });

  it('shows typed markup as text', async () => {
    const res = await find(`q=${encodeURIComponent('<script>alert(1)</script>')}`);
    const page = await res.text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
