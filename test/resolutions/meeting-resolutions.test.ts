/**
 * After-session meetings name the resolutions they explain: the secretariat picks them in
 * the meeting form, also once the meeting was held; only its own council's resolutions.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting, Resolution } from '../../shared/schemas/index.ts';
import { USERS } from '../staff/matrix.ts';
import { useStaffTestbed } from '../staff/support.ts';
import { publicAppOver, resolutionBody } from './support.ts';

const bed = useStaffTestbed();

const as = { as: USERS.secretariatOwn };
const HELD = 'hl-txct-sau-kh11-van-nham';

async function resolution(overrides: Record<string, unknown> = {}): Promise<Resolution> {
  const res = await bed.call('POST', '/v1/resolutions', { as: USERS.admin, body: resolutionBody(overrides) });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { resolution: Resolution }).resolution;
}

describe('the resolutions a meeting explains', () => {
  it('are set on a held meeting and shown in its public view', async () => {
    const r = await resolution();
    const before = (await bed.database.repos.meetings.get(HELD))!;
    expect(before.status).toBe('held');
    const res = await bed.call('PUT', `/v1/meetings/${HELD}`, {
      ...as,
      body: { resolutionIds: [r.id], sequence: before.sequence },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(((await res.json()) as { meeting: Meeting }).meeting.resolutionIds).toEqual([r.id]);
    const pub = await publicAppOver(bed).request(`/v1/meetings/${HELD}`);
    expect(await pub.json()).toMatchObject({ resolutionIds: [r.id] });
  });

  it('still refuses any other change to a held meeting', async () => {
    const before = (await bed.database.repos.meetings.get(HELD))!;
    const res = await bed.call('PUT', `/v1/meetings/${HELD}`, {
      ...as,
      body: { title: 'Đổi tên buổi đã diễn ra', resolutionIds: [], sequence: before.sequence },
    });
    expect(res.status).toBe(409);
  });

  it("refuses an unknown resolution or another council's (400 on resolutionIds.N), changing nothing", async () => {
    const other = await resolution({
      councilId: 'son-dong',
      sessionId: 'son-dong-kh9',
      agencyId: 'ubnd-son-dong',
    });
    const before = await bed.snapshot();
    const meeting = (await bed.database.repos.meetings.get(HELD))!;
    const res = await bed.call('PUT', `/v1/meetings/${HELD}`, {
      ...as,
      body: { resolutionIds: ['khong-co', other.id], sequence: meeting.sequence },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as { fields: object }).fields).sort()).toEqual([
      'resolutionIds.0',
      'resolutionIds.1',
    ]);
    expect(await bed.snapshot()).toBe(before);
  });
});
