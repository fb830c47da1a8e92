import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Statistics } from '../../../shared/schemas/publication.ts';
import { type SeededPublicApi, seededPublicApi } from '../support/public-app.ts';

let api: SeededPublicApi;
beforeAll(async () => {
  // A fixed day in mid-year: every demo petition (received up to 62 days before) is in 2026.
  api = await seededPublicApi('statistics', new Date('2026-06-15T03:00:00Z'));
});
afterAll(() => api.database.drop());

const statistics = async (query = '') => {
  const res = await api.app.request(`/v1/statistics${query}`);
  expect(res.status).toBe(200);
  return Statistics.parse(await res.json());
};

describe('GET /v1/statistics', () => {
  it('counts every recorded petition of a council, published or not, with answered, on time and overdue', async () => {
    // Hữu Lũng's demo: one in triage, one routed, one answered after its deadline, one merged.
    const huuLung = await statistics('?council=huu-lung');
    expect(huuLung.councilId).toBe('huu-lung');
    expect(huuLung.totals).toEqual({ received: 4, answered: 1, answeredOnTime: 0, overdue: 0, reopened: 0 });
    // Sơn Động: one petition, acknowledged and now past its deadline.
    expect((await statistics('?council=son-dong')).totals).toEqual({
      received: 1,
      answered: 0,
      answeredOnTime: 0,
      overdue: 1,
      reopened: 0,
    });
  });

  it('breaks the numbers down by council, body, field, commune and session', async () => {
    const all = await statistics();
    expect(all.totals.received).toBe(8);
    expect(all.byCouncil.find((r) => r.id === 'hau-giang')).toMatchObject({
      name: 'HĐND tỉnh Hậu Giang',
      received: 1,
      answered: 1,
      answeredOnTime: 1,
    });
    expect(all.byAgency.find((r) => r.id === 'hat-kiem-lam-son-dong')).toMatchObject({ overdue: 1 });
    expect(all.byField.find((r) => r.id === 'an-toan-giao-thong')).toMatchObject({
      nameEn: 'Traffic safety',
      received: 2,
    });
    expect(all.byCommune.find((r) => r.id === 'van-nham')).toMatchObject({ name: 'Vân Nham', received: 3 });
    // Raised at a meeting of session 9 of Lục Ngạn; the others go to their council's next session.
    expect(all.bySession.find((r) => r.id === 'luc-ngan-kh9')).toMatchObject({ received: 1, answered: 1 });
    expect(all.bySession.find((r) => r.id === 'luc-ngan-kh10')).toBeUndefined();
    expect(all.bySession.find((r) => r.id === 'huu-lung-kh12')).toMatchObject({ received: 4 });
    const sum = (rows: { received: number }[]) => rows.reduce((n, r) => n + r.received, 0);
    expect(sum(all.byCouncil)).toBe(8);
    expect(sum(all.byField)).toBe(8);
    expect(sum(all.byCommune)).toBe(8);
  });

  it('reads the aggregates and the overdue petitions from the deadline index, never a Scan nor a petition item', async () => {
    api.database.resetSent();
    await statistics();
    const names = new Set(api.database.sent.map((c) => c.name));
    // Per council: its rows (table) and its overdue petitions as the deadline index carries them (gsi3);
    // the meeting of an overdue petition raised at one (GetItem), for its session.
    expect([...names].filter((n) => n !== 'QueryCommand' && n !== 'GetItemCommand')).toEqual([]);
    const indexes = new Set(api.database.sent.map((c) => c.input.IndexName).filter(Boolean));
    expect([...indexes].sort()).toEqual(['gsi3']);
    const partitions = api.database.sent
      .filter((c) => c.name === 'QueryCommand' && !c.input.IndexName)
      .map((c) => (c.input.ExpressionAttributeValues as Record<string, string>)[':pk']);
    // Besides the reference data (cached for a minute), only the councils' aggregates.
    expect(partitions.filter((pk) => pk !== 'REFERENCE' && !pk?.startsWith('STATISTICS#'))).toEqual([]);
    expect(partitions.filter((pk) => pk?.startsWith('STATISTICS#'))).toHaveLength(5);
  });

  it('covers one year, or one council session, when asked, and says which', async () => {
    const thisYear = await statistics('?council=huu-lung&year=2026');
    expect(thisYear.period).toEqual({ kind: 'year', year: 2026 });
    expect(thisYear.totals.received).toBe(4);
    expect((await statistics('?council=huu-lung&year=2025')).totals.received).toBe(0);
    const session = await statistics('?council=luc-ngan&session=luc-ngan-kh9');
    expect(session.period).toEqual({
      kind: 'session',
      id: 'luc-ngan-kh9',
      name: 'Kỳ họp thứ 9, HĐND huyện Lục Ngạn',
    });
    expect(session.totals).toMatchObject({ received: 1, answered: 1 });
    expect((await statistics('?council=luc-ngan&session=luc-ngan-kh10')).totals.received).toBe(0);
    expect((await statistics('?year=2026')).totals.received).toBe(8);
  });

  it.each([
    ['an unknown council', '?council=khong-co', 'council'],
    ['a malformed council', '?council=%3Cscript%3E', 'council'],
    ['a year that is not one', '?year=hai-nghin', 'year'],
    ['an unknown session', '?council=huu-lung&session=khong-co', 'session'],
    ['a session of another council', '?council=huu-lung&session=luc-ngan-kh9', 'session'],
    ['both a year and a session', '?council=huu-lung&year=2026&session=huu-lung-kh12', 'session'],
  ])('answers 400 for %s, naming the field', async (_, query, field) => {
    const res = await api.app.request(`/v1/statistics${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { fields?: Record<string, string> };
    expect(Object.keys(body.fields ?? {})).toEqual([field]);
  });
});
