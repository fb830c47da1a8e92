/**
 * The audit of staff reads (DESIGN §12): every staff response that includes a submitter's
 * contact writes exactly one append-only record, in the same request; the admin and the
 * council's secretariat review them by petition, by member of staff and by period.
 */
import { describe, expect, it } from 'vitest';
import { vietnamDate } from '../../shared/time.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { scanTable } from '../petitions/table-dump.ts';
import { STAFF_ROUTES, SUBMISSION, USERS } from './routes.ts';
import { makePetition, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed();

async function auditItems(): Promise<Record<string, unknown>[]> {
  return scanTable(bed.database, { expression: 'begins_with(pk, :audit)', values: { ':audit': 'AUDIT#' } });
}

/** The names the matrix's requests give submitters (support.ts, routes.ts). */
const SUBMITTER_NAMES = ['Trần Văn Bình', SUBMISSION.submitter.name];

describe('audit of staff reads of a contact', () => {
  const cases = STAFF_ROUTES.flatMap((route) => route.allowed.map((user) => ({ route, user })));

  it.each(cases)(
    '$route.method $route.route as $user writes one record exactly when its answer holds a contact',
    async ({ route, user }) => {
      const { path, body } = await route.prepare(bed);
      const before = (await auditItems()).length;
      const response = await bed.call(route.method, path, { as: USERS[user], body });
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      const text = await response.text();
      const after = await auditItems();
      const holdsContact = SUBMITTER_NAMES.some((name) => text.includes(name));
      expect(after.length - before).toBe(holdsContact || route.auditedFor?.includes(user) ? 1 : 0);
      // A route whose answer can hold a contact says so in the matrix, and only those.
      if (holdsContact) expect(route.returnsContact).toBe(true);
    },
  );

  it('records who, in which role, when, which petition and which route, kept two years', async () => {
    const { code } = await makePetition(bed, 'routed');
    await bed.call('GET', `/v1/petitions/${code}`, { as: USERS.agencyOwn });
    const record = (await auditItems()).find((i) => i.code === code);
    expect(record).toMatchObject({
      userId: USERS.agencyOwn,
      role: 'agency',
      councilId: 'huu-lung',
      code,
      route: 'GET /v1/petitions/{code}',
      at: bed.now.toISOString(),
    });
    expect(String(record?.pk)).toMatch(/^AUDIT#huu-lung#\d{4}-\d{2}$/);
    const twoYears = Date.parse(bed.now.toISOString()) / 1000 + 2 * 365 * 86_400;
    expect(Number(record?.expiresAt)).toBeGreaterThanOrEqual(twoYears);
    expect(Number(record?.expiresAt)).toBeLessThanOrEqual(twoYears + 2 * 86_400);
  });

  it('a delegate’s read (no contact) and a read of an erased contact write nothing', async () => {
    const { code } = await makePetition(bed, 'routed');
    const before = (await auditItems()).length;
    await bed.call('GET', `/v1/petitions/${code}`, { as: USERS.delegateOwn });
    const erased = await makePetition(bed, 'answered', {
      contactExpiresAt: new Date(bed.now.getTime() - 1000).toISOString(),
    });
    const response = await bed.call('GET', `/v1/petitions/${erased.code}`, { as: USERS.secretariatOwn });
    const view = (await response.json()) as { contact?: unknown; contactErased?: { at: string } };
    expect(view.contact).toBeUndefined();
    expect(view.contactErased).toEqual({ at: erased.contactExpiresAt });
    expect((await auditItems()).length).toBe(before);
  });
});

describe('GET /v1/audit', () => {
  it('filters by petition, by member of staff and by period, one council at a time', async () => {
    const a = await makePetition(bed, 'routed');
    const b = await makePetition(bed, 'routed');
    await bed.call('GET', `/v1/petitions/${a.code}`, { as: USERS.agencyOwn });
    await bed.call('GET', `/v1/petitions/${b.code}`, { as: USERS.secretariatOwn });
    const get = async (query: string, as: string = USERS.admin) => {
      const response = await bed.call('GET', `/v1/audit?${query}`, { as });
      expect(response.status, await response.clone().text()).toBe(200);
      return ((await response.json()) as { items: { code: string; userId: string }[] }).items;
    };
    const byPetition = await get(`council=huu-lung&petition=${formatTrackingCode(a.code)}`);
    expect(byPetition.map((r) => r.code)).toEqual([a.code]);
    const byUser = await get(`council=huu-lung&user=${USERS.secretariatOwn}`);
    expect(byUser.every((r) => r.userId === USERS.secretariatOwn)).toBe(true);
    expect(byUser.map((r) => r.code)).toContain(b.code);
    // The period is in Vietnam's calendar: from 17:00 UTC it is already tomorrow there.
    const today = vietnamDate(bed.now);
    const byPeriod = await get(
      `from=2026-01-01&to=${today > '2026-01-01' ? today : '2026-01-01'}`,
      USERS.secretariatOwn,
    );
    expect(byPeriod.map((r) => r.code)).toEqual(expect.arrayContaining([a.code, b.code]));
    expect(await get('council=son-dong')).toEqual([]);
  });

  it("refuses another council's secretariat", async () => {
    const response = await bed.call('GET', '/v1/audit?council=huu-lung', { as: USERS.secretariatOther });
    expect(response.status).toBe(403);
  });

  it.each([
    ['council=khong-co', 'council'],
    ['council=huu-lung&petition=XYZ', 'petition'],
    ['council=huu-lung&petition=7KQM-3HXT-9PAR&user=quan-tri', 'user'],
    ['council=huu-lung&from=2026-02-30', 'from'],
    ['council=huu-lung&from=2026-05-02&to=2026-05-01', 'to'],
    ['council=huu-lung&from=2020-01-01&to=2026-01-01', 'from'],
    ['council=huu-lung&limit=0', 'limit'],
    ['', 'council'],
  ])('?%s → 400 naming %s, nothing stored', async (query, field) => {
    const before = await bed.snapshot();
    const response = await bed.call('GET', `/v1/audit?${query}`, { as: USERS.admin });
    const body = (await response.json()) as { fields?: Record<string, string> };
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(Object.keys(body.fields ?? {})).toContain(field);
    expect(await bed.snapshot()).toBe(before);
  });
});
