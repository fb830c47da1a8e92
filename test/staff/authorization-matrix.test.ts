/**
 * The authorization matrix: every staff route × every role, in and out of scope (own and
 * other council, own and other agency, own and other delegate group) → allowed or 403.
 */
import { describe, expect, it } from 'vitest';
import { type MatrixUser, type PreparedRequest, STAFF_ROUTES, type StaffRoute, USERS } from './routes.ts';
import { makePetition, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed();

const cases = STAFF_ROUTES.flatMap((route) =>
  (Object.keys(USERS) as MatrixUser[]).map((user) => ({
    route,
    user,
    allowed: route.allowed.includes(user),
  })),
);

/** "/v1/petitions/:code" and "/v1/petitions/{code}" both become "/v1/petitions/*". */
const shape = (route: string) => route.replace(/:[A-Za-z]+(?:\{[^}]*\})?|\{[^}]+\}/g, '*');

describe('staff authorization matrix', () => {
  it('covers every route the staff app serves (a new route needs its row)', () => {
    const served = bed.app.routes
      .filter((r) => r.method !== 'ALL' && r.path !== '/health')
      .map((r) => `${r.method} ${shape(r.path)}`);
    const inMatrix = new Set(STAFF_ROUTES.map((r) => `${r.method} ${shape(r.route)}`));
    expect([...new Set(served)].filter((r) => !inMatrix.has(r))).toEqual([]);
  });

  // An allowed call acts (routes a petition, saves a record), so each gets a request prepared for
  // it; a refused one changes nothing, so a route's refused users share one, prepared for the
  // first of them (a refusal that changed its petition fails there, and so would the next).
  const refused = new Map<StaffRoute, Promise<PreparedRequest>>();
  const requestFor = (route: StaffRoute, allowed: boolean) => {
    if (allowed) return route.prepare(bed);
    if (!refused.has(route)) refused.set(route, route.prepare(bed));
    return refused.get(route)!;
  };

  it.each(cases)(
    '$route.method $route.route as $user → allowed: $allowed',
    async ({ route, user, allowed }) => {
      const { path, body } = await requestFor(route, allowed);
      const response = await bed.call(route.method, path, { as: USERS[user], body });
      if (allowed) expect(response.status, await response.clone().text()).toBeLessThan(300);
      else expect(response.status).toBe(403);
    },
  );

  it('an agency officer gets 403 for a petition routed to another agency, in every status', async () => {
    for (const state of ['routed', 'in_progress', 'answered'] as const) {
      const { code } = await makePetition(bed, state, { agencyId: 'ubnd-huu-lung' });
      const response = await bed.call('GET', `/v1/petitions/${code}`, { as: USERS.agencyOwn });
      expect(response.status).toBe(403);
    }
  });

  it("an agency officer's queue lists only their agency's petitions", async () => {
    await makePetition(bed, 'routed', { agencyId: 'ubnd-huu-lung' });
    const mine = await makePetition(bed, 'routed');
    const response = await bed.call(
      'GET',
      '/v1/agencies/phong-tnmt-huu-lung/petitions?status=routed&limit=100',
      {
        as: USERS.agencyOwn,
      },
    );
    const { items } = (await response.json()) as { items: { code: string; agencyId: string }[] };
    expect(items.map((p) => p.code)).toContain(mine.code);
    expect(items.every((p) => p.agencyId === 'phong-tnmt-huu-lung')).toBe(true);
  });

  it("a delegate sees a petition of their unit without the submitter's contact; the secretariat and agency see it", async () => {
    const { code } = await makePetition(bed, 'routed');
    const read = async (user: MatrixUser) =>
      (await (await bed.call('GET', `/v1/petitions/${code}`, { as: USERS[user] })).text()) as string;
    const asDelegate = await read('delegateOwn');
    expect(asDelegate).toContain(code);
    for (const personal of ['Trần Văn Bình', 'binh.tran@example.com', '0912345678', 'Làng Ngõa'])
      expect(asDelegate).not.toContain(personal);
    for (const user of ['secretariatOwn', 'agencyOwn', 'admin'] as const) {
      const body = JSON.parse(await read(user)) as { contact?: { name: string; phone: string } };
      expect(body.contact).toMatchObject({ name: 'Trần Văn Bình', phone: '0912345678' });
    }
  });

  it("a delegate's list is anonymised and holds their unit's petitions, not another council's", async () => {
    const ours = await makePetition(bed, 'routed');
    const otherCouncil = await makePetition(bed, 'received', { councilId: 'son-dong', communeId: 'an-ba' });
    const response = await bed.call('GET', '/v1/groups/to-huu-lung-dv6/petitions?limit=100', {
      as: USERS.delegateOwn,
    });
    const text = await response.text();
    expect(text).toContain(ours.code);
    expect(text).not.toContain(otherCouncil.code);
    expect(text).not.toContain('binh.tran@example.com');
    expect(text).not.toContain('0912345678');
  });
});
