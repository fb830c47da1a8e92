/**
 * Interpellations and their commitments through the staff app on DynamoDB Local: commitment
 * ids that stay put across edits (the oversight branch follows them), version checks, bad
 * input refused with nothing stored, and a session's results in public.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getCommitment, getInterpellation } from '../../functions/lib/resolutions/interpellations.ts';
import type { Interpellation } from '../../shared/schemas/index.ts';
import { USERS } from '../staff/matrix.ts';
import { useStaffTestbed } from '../staff/support.ts';
import { interpellationBody, publicAppOver, resolutionBody, seedAgenda } from './support.ts';

const bed = useStaffTestbed({ meetings: false });
beforeAll(async () => {
  await seedAgenda(bed);
});

const as = { as: USERS.secretariatOwn };

async function record(overrides: Record<string, unknown> = {}): Promise<Interpellation> {
  const res = await bed.call('POST', '/v1/interpellations', { ...as, body: interpellationBody(overrides) });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { interpellation: Interpellation }).interpellation;
}

describe('interpellations', () => {
  it('numbers commitments <id>-c1, -c2…, keeps them across edits and never reuses a removed one', async () => {
    const i = await record({ id: 'huu-lung-kh12-cv-1', agendaItemId: 'huu-lung-kh12-nd-5' });
    expect(i.agendaItemId).toBe('huu-lung-kh12-nd-5');
    expect(i.commitments.map((c) => c.id)).toEqual(['huu-lung-kh12-cv-1-c1', 'huu-lung-kh12-cv-1-c2']);
    const [c1, c2] = i.commitments;
    const res = await bed.call('PUT', `/v1/interpellations/${i.id}`, {
      ...as,
      body: {
        version: 1,
        commitments: [
          { id: c1!.id, text: c1!.text, agencyId: c1!.agencyId, deadline: '2027-04-30' },
          {
            text: 'Công khai phương án bồi thường tại nhà văn hóa xã.',
            agencyId: 'ubnd-huu-lung',
            deadline: '2027-02-28',
          },
        ],
      },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const edited = ((await res.json()) as { interpellation: Interpellation }).interpellation;
    expect(edited.commitments.map((c) => c.id)).toEqual([c1!.id, 'huu-lung-kh12-cv-1-c3']);
    expect(edited.commitments[0]!.deadline).toBe('2027-04-30');
    expect(edited.commitments.map((c) => c.id)).not.toContain(c2!.id);

    const deps = { repos: bed.database.repos };
    expect((await getInterpellation(deps, 'huu-lung', i.id))?.version).toBe(2);
    expect(await getInterpellation(deps, 'son-dong', i.id)).toBeUndefined();
    expect((await getCommitment(deps, 'huu-lung', i.id, c1!.id))?.commitment.deadline).toBe('2027-04-30');
  });

  it('refuses a stale version (409) and a commitment id it never had (400), changing nothing', async () => {
    const i = await record();
    const before = await bed.snapshot();
    const stale = await bed.call('PUT', `/v1/interpellations/${i.id}`, {
      ...as,
      body: { topic: 'Khác', version: 2 },
    });
    expect(stale.status).toBe(409);
    const foreign = await bed.call('PUT', `/v1/interpellations/${i.id}`, {
      ...as,
      body: {
        version: 1,
        commitments: [
          { id: 'khac-c9', text: 'Một cam kết.', agencyId: 'ubnd-huu-lung', deadline: '2027-01-31' },
        ],
      },
    });
    expect(foreign.status).toBe(400);
    expect(Object.keys(((await foreign.json()) as { fields: object }).fields)).toEqual(['commitments.0.id']);
    expect(await bed.snapshot()).toBe(before);
  });

  it.each([
    ['respondent.name', { respondent: { name: '', office: 'Giám đốc Sở' } }],
    ['topic', { topic: 'x'.repeat(501) }],
    ['sessionId', { sessionId: 'khong-co' }],
    ['sessionId', { sessionId: 'son-dong-kh9' }],
    [
      'commitments.0.agencyId',
      { commitments: [{ text: 'Làm đường.', agencyId: 'khong-co', deadline: '2027-01-01' }] },
    ],
    [
      'commitments.0.deadline',
      { commitments: [{ text: 'Làm đường.', agencyId: 'ubnd-huu-lung', deadline: '2027-02-30' }] },
    ],
    ['councilId', { councilId: 'khong-co' }],
    ['agendaItemId', { agendaItemId: 'huu-lung-kh12-nd-2-x' }],
  ])('400 naming %s, nothing stored', async (field, overrides) => {
    const before = await bed.snapshot();
    const res = await bed.call('POST', '/v1/interpellations', {
      as: USERS.admin,
      body: interpellationBody(overrides),
    });
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as { fields: object }).fields)).toContain(field);
    expect(await bed.snapshot()).toBe(before);
  });

  it('404 for an unknown interpellation', async () => {
    expect((await bed.call('GET', '/v1/interpellations/khong-co', as)).status).toBe(404);
  });
});

describe('a session’s results', () => {
  it('lists its resolutions with votes and its interpellations with commitments, staff and public alike', async () => {
    const created = await bed.call('POST', '/v1/resolutions', { ...as, body: resolutionBody() });
    expect(created.status).toBe(201);
    await record();
    const staff = await bed.call('GET', '/v1/sessions/huu-lung-kh12/results', as);
    expect(staff.status).toBe(200);
    const pub = publicAppOver(bed);
    bed.database.resetSent();
    const res = await pub.request('/v1/sessions/huu-lung-kh12/results');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      resolutions: { vote: object; sessionId: string }[];
      interpellations: { commitments: object[]; commitmentsIssued?: number; version?: number }[];
    };
    expect(body.resolutions.length).toBeGreaterThan(0);
    expect(body.resolutions.every((r) => r.sessionId === 'huu-lung-kh12')).toBe(true);
    expect(body.resolutions[0]!.vote).toMatchObject({ for: 30, against: 1, abstaining: 2, inOffice: 35 });
    expect(body.interpellations[0]!.commitments.length).toBeGreaterThan(0);
    expect(body.interpellations[0]).not.toHaveProperty('commitmentsIssued');
    const kinds = bed.database.sent.map((s) => s.name);
    expect(kinds).not.toContain('ScanCommand');
    expect(bed.database.sent.filter((s) => s.input.IndexName === 'gsi8')).toHaveLength(2);
    expect((await pub.request('/v1/sessions/khong-co/results')).status).toBe(404);
    expect((await pub.request('/v1/sessions/KHONG%20CO/results')).status).toBe(400);
  });
});
