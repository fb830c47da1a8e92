import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouncilDirectory } from '../../../shared/schemas/publication.ts';
import { type SeededPublicApi, seededPublicApi } from '../support/public-app.ts';

let api: SeededPublicApi;
beforeAll(async () => {
  // GET /v1/councils reads the reference data alone.
  api = await seededPublicApi('councils', undefined, 'reference');
});
afterAll(() => api.database.drop());

describe('GET /v1/councils', () => {
  it('names, for each electoral unit, its communes and the delegates who represent them', async () => {
    const res = await api.app.request('/v1/councils');
    expect(res.status).toBe(200);
    const directory = CouncilDirectory.parse(await res.json());
    const huuLung = directory.items.find((c) => c.id === 'huu-lung')!;
    expect(huuLung.sessions.map((s) => s.id)).toEqual(['huu-lung-kh12']);
    const unit6 = huuLung.electoralUnits.find((e) => e.number === 6)!;
    expect(unit6.communeIds).toEqual(['minh-tien', 'van-nham', 'thanh-son', 'dong-tien']);
    expect(unit6.groups[0]).toMatchObject({ id: 'to-huu-lung-dv6', name: 'Tổ đại biểu số 6' });
    expect(unit6.groups[0]!.delegates.map((d) => d.name)).toEqual([
      'Nguyễn Văn Hùng',
      'Hoàng Thị Lan',
      'Lương Văn Tuấn',
    ]);
  });

  it('leaves the delegates’ mailboxes out', async () => {
    const text = await (await api.app.request('/v1/councils')).text();
    expect(text).not.toContain('@');
  });
});
