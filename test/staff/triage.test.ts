/**
 * The secretariat's triage: how many of the council's petitions are in each status (a
 * COUNT per status on the council's index), and the queue in the order asked for —
 * oldest first (the default), newest first, or nearest deadline first.
 */
import { describe, expect, it } from 'vitest';
import type { Petition } from '../../shared/schemas/index.ts';
import { PETITION_STATUSES } from '../../shared/vocabulary.ts';
import { USERS } from './routes.ts';
import { makePetition, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed({ meetings: false });

const day = 86_400_000;
const daysFromNow = (days: number) => new Date(bed.now.getTime() + days * day).toISOString();
const codes = async (response: Response) =>
  ((await response.json()) as { items: Petition[]; nextCursor?: string }).items.map((p) => p.code);

describe('triage: counts and order', () => {
  it('counts the council’s petitions in every status, and nothing of another council', async () => {
    for (const state of ['received', 'received', 'received', 'routed', 'routed', 'answered'] as const)
      await makePetition(bed, state, { councilId: 'luc-ngan', communeId: 'chu', localityId: 'chu' });
    await makePetition(bed, 'received', { councilId: 'son-dong', communeId: 'an-ba', localityId: 'an-ba' });
    const response = await bed.call('GET', '/v1/councils/luc-ngan/petitions/counts', { as: USERS.admin });
    expect(response.status).toBe(200);
    const { counts } = (await response.json()) as { counts: Record<string, number> };
    expect(Object.keys(counts).sort()).toEqual([...PETITION_STATUSES].sort());
    expect(counts).toMatchObject({ received: 3, routed: 2, answered: 1, in_progress: 0, merged: 0 });
  });

  it('lists oldest first by default, newest first on request, each paged', async () => {
    const at = (days: number) => ({ receivedAt: daysFromNow(-days) });
    const old = await makePetition(bed, 'rejected', at(30));
    const middle = await makePetition(bed, 'rejected', at(20));
    const recent = await makePetition(bed, 'rejected', at(1));
    const path = '/v1/councils/huu-lung/petitions?status=rejected&limit=100';
    const oldest = await codes(await bed.call('GET', path, { as: USERS.secretariatOwn }));
    expect(oldest).toEqual([old.code, middle.code, recent.code]);
    const newest = await codes(await bed.call('GET', `${path}&sort=newest`, { as: USERS.secretariatOwn }));
    expect(newest).toEqual([recent.code, middle.code, old.code]);
  });

  it('lists petitions whose deadline runs nearest deadline first, across pages, in the asked status only', async () => {
    const councilId = 'hau-giang';
    const where = { councilId, communeId: 'vi-thanh', localityId: 'vi-thanh', agencyId: 'ubnd-hau-giang' };
    const later = await makePetition(bed, 'in_progress', { ...where, deadline: daysFromNow(20) });
    const overdue = await makePetition(bed, 'in_progress', { ...where, deadline: daysFromNow(-2) });
    const soon = await makePetition(bed, 'in_progress', { ...where, deadline: daysFromNow(3) });
    await makePetition(bed, 'routed', { ...where, deadline: daysFromNow(1) });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = `status=in_progress&sort=deadline&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await bed.call('GET', `/v1/councils/${councilId}/petitions?${query}`, {
        as: USERS.admin,
      });
      expect(response.status).toBe(200);
      const page = (await response.json()) as { items: Petition[]; nextCursor?: string };
      seen.push(...page.items.map((p) => p.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([overdue.code, soon.code, later.code]);
  });

  it('refuses the deadline order for a status without deadlines, naming `sort`', async () => {
    const response = await bed.call('GET', '/v1/councils/huu-lung/petitions?status=received&sort=deadline', {
      as: USERS.secretariatOwn,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields)).toEqual(['sort']);
  });

  it('refuses the counts of another council to its secretariat', async () => {
    const response = await bed.call('GET', '/v1/councils/huu-lung/petitions/counts', {
      as: USERS.secretariatOther,
    });
    expect(response.status).toBe(403);
  });
});
