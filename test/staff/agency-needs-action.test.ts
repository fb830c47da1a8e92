/**
 * The agency's "needs action" view (issue #14, item 13): reopened and followed-up petitions
 * first, then newly routed ones, each by deadline. The petition's gsi1 entry moves into
 * `AGENCY#<agency>#NEEDS_ACTION` in the transaction of the reopen or the follow-up and back
 * to its status queue with the agency's next step; a page reads the same whatever the
 * agency's history. On DynamoDB Local through the staff app.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { feedbackToken } from '../../functions/lib/petitions/feedback-token.ts';
import { giveFeedback } from '../../functions/lib/petitions/give-feedback.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { testConfig } from '../petitions/support.ts';
import { ANSWER, USERS } from './routes.ts';
import { makePetition, type PetitionState, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed();

type Listed = Petition & { overdue: boolean };
const day = (n: number) => new Date(Date.parse('2026-12-01T00:00:00.000Z') + n * 86_400_000).toISOString();

async function ok(response: Response): Promise<unknown> {
  const text = await response.text();
  expect(response.status, text).toBeLessThan(300);
  return JSON.parse(text);
}

const needsAction = async (agencyId: string, query = '') =>
  (await ok(
    await bed.call('GET', `/v1/agencies/${agencyId}/petitions/needs-action${query}`, { as: USERS.admin }),
  )) as { items: Listed[]; nextCursor?: string };
const codesNeeding = async (agencyId: string) => (await needsAction(agencyId)).items.map((p) => p.code);
const inStatus = async (agencyId: string, status: string) =>
  (
    (await ok(
      await bed.call('GET', `/v1/agencies/${agencyId}/petitions?status=${status}&limit=100`, {
        as: USERS.admin,
      }),
    )) as { items: Listed[] }
  ).items.map((p) => p.code);

const petitionOf = (
  agencyId: string,
  state: PetitionState,
  deadline: string,
  extra: Partial<Petition> = {},
) => makePetition(bed, state, { agencyId, deadline, ...extra });

/** The submitter's "not satisfied", through the link of their answer email. */
async function reopen(code: string): Promise<Petition> {
  const config = testConfig();
  const stored = (await bed.database.repos.petitions.get(code))!;
  const token = feedbackToken(config.FEEDBACK_TOKEN_SECRET, code, stored.answer!.answeredAt);
  return giveFeedback(
    { repos: bed.database.repos, config },
    { code, token, reason: 'Chưa giải quyết', now: bed.now },
  );
}

const followUp = async (code: string, as: string = USERS.delegateOwn) =>
  ok(
    await bed.call('POST', `/v1/petitions/${code}/follow-up`, {
      as,
      body: { note: 'Đề nghị cơ quan sớm trả lời cử tri.' },
    }),
  );

const gsi1pkOf = async (code: string) =>
  (
    await bed.database.db.doc.send(
      new GetCommand({
        TableName: bed.database.tableName,
        Key: { pk: `PETITION#${code}`, sk: 'PUB#PETITION' },
      }),
    )
  ).Item?.gsi1pk as string | undefined;

describe("an agency's needs-action view", () => {
  it('lists reopened and followed-up petitions first, then newly routed ones, each nearest deadline first, tagged with why', async () => {
    const agency = 'phong-tnmt-huu-lung';
    const routedLate = await petitionOf(agency, 'routed', day(40));
    const routedSoon = await petitionOf(agency, 'routed', day(20));
    const followedUp = await petitionOf(agency, 'routed', day(50));
    const working = await petitionOf(agency, 'in_progress', day(10));
    const answered = await petitionOf(agency, 'answered', day(5));

    await followUp(followedUp.code);
    const reopened = await reopen(answered.code);

    const { items } = await needsAction(agency);
    const codes = items.map((p) => p.code);
    // The reopen gives the agency a fresh deadline: the two are ordered by their deadlines.
    const deadlineOf = new Map([
      [followedUp.code, day(50)],
      [reopened.code, reopened.deadline!],
    ]);
    const flagged = [followedUp.code, reopened.code].sort((a, b) =>
      deadlineOf.get(a)!.localeCompare(deadlineOf.get(b)!),
    );
    expect(codes).toEqual([...flagged, routedSoon.code, routedLate.code]);
    expect(codes).not.toContain(working.code);
    const byCode = new Map(items.map((p) => [p.code, p]));
    expect(byCode.get(reopened.code)?.attention?.reopenedAt).toBe(bed.now.toISOString());
    expect(byCode.get(followedUp.code)?.attention?.followUp).toEqual({
      at: bed.now.toISOString(),
      role: 'delegate',
    });
    expect(byCode.get(routedSoon.code)?.attention).toBeUndefined();

    // They are listed there and not under their status, so each petition is in one list.
    expect(await inStatus(agency, 'in_progress')).toEqual([working.code]);
    expect(await inStatus(agency, 'routed')).not.toContain(followedUp.code);
    // The agency's combined work still holds them.
    const work = (await ok(
      await bed.call('GET', `/v1/agencies/${agency}/work?kind=petitions&limit=100`, { as: USERS.admin }),
    )) as { items: { kind: string; petition: Listed }[] };
    expect(work.items.map((w) => w.petition.code)).toEqual(
      expect.arrayContaining([reopened.code, followedUp.code]),
    );

    const counts = (await ok(
      await bed.call('GET', `/v1/agencies/${agency}/petitions/counts`, { as: USERS.admin }),
    )) as { counts: Record<string, number> };
    expect(counts.counts).toEqual({ needs_action: 4, routed: 2, in_progress: 1, answered: 0, closed: 0 });
  });

  it('the entry leaves when the agency acknowledges, answers or returns, and when the petition leaves the agency', async () => {
    const agency = 'ubnd-huu-lung';
    const [acknowledged, answered, returned, rerouted] = (await Promise.all(
      [1, 2, 3, 4].map((n) => petitionOf(agency, 'routed', day(n))),
    )) as [Petition, Petition, Petition, Petition];
    const reopened = await reopen((await petitionOf(agency, 'answered', day(5))).code);
    for (const p of [acknowledged, answered, returned, rerouted])
      await followUp(p.code, USERS.secretariatOwn);
    expect(await gsi1pkOf(acknowledged.code)).toBe(`AGENCY#${agency}#NEEDS_ACTION`);
    expect(await codesNeeding(agency)).toHaveLength(5);

    const act = (code: string, action: string, body: unknown = {}) =>
      bed.call('POST', `/v1/petitions/${code}/${action}`, { as: USERS.admin, body }).then(ok);
    await act(acknowledged.code, 'acknowledge');
    await act(answered.code, 'answer', ANSWER);
    await act(returned.code, 'return', { reason: 'Việc này thuộc thẩm quyền của UBND xã Vân Nham.' });
    await act(reopened.code, 'answer', ANSWER);
    expect(await codesNeeding(agency)).toEqual([rerouted.code]);
    expect(await gsi1pkOf(acknowledged.code)).toBe(`AGENCY#${agency}#in_progress`);
    expect(await gsi1pkOf(reopened.code)).toBe(`AGENCY#${agency}#answered`);
    expect((await bed.database.repos.petitions.get(acknowledged.code))?.attention).toBeUndefined();

    // Re-routed elsewhere by the secretariat: it arrives at the other agency as newly routed.
    await act(rerouted.code, 'route', { agencyId: 'cong-an-huu-lung', reason: 'Thuộc thẩm quyền công an.' });
    expect(await codesNeeding(agency)).toEqual([]);
    const there = (await needsAction('cong-an-huu-lung')).items;
    expect(there.map((p) => [p.code, p.attention])).toEqual([[rerouted.code, undefined]]);
  });

  it('a follow-up the agency cannot act on (no agency yet, already answered) only adds to the timeline', async () => {
    const agency = 'phong-gddt-huu-lung';
    const received = await makePetition(bed, 'received');
    const answered = await petitionOf(agency, 'answered', day(3));
    await followUp(received.code);
    await followUp(answered.code);
    expect(await codesNeeding(agency)).toEqual([]);
    expect((await bed.database.repos.petitions.get(answered.code))?.version).toBe(1);
    expect(await gsi1pkOf(answered.code)).toBe(`AGENCY#${agency}#answered`);
  });

  it('pages through both parts with a cursor, and a page reads the same however long the history', async () => {
    const agency = 'cong-an-huu-lung';
    const reopened = [];
    for (const n of [1, 2]) reopened.push(await reopen((await petitionOf(agency, 'answered', day(n))).code));
    const routed = [await petitionOf(agency, 'routed', day(30)), await petitionOf(agency, 'routed', day(31))];
    const all = await codesNeeding(agency);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await needsAction(agency, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((p) => p.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(new Set(seen.slice(0, 2))).toEqual(new Set(reopened.map((p) => p.code)));
    const routedCodes = routed.map((p) => p.code);
    expect(seen.filter((code) => routedCodes.includes(code))).toEqual(routedCodes);

    const pageReads = async () => {
      bed.database.resetSent();
      await needsAction(agency, '?limit=3');
      return bed.database.sent.map((c) => {
        const keys = (c.input.RequestItems as Record<string, { Keys: unknown[] }> | undefined) ?? {};
        return `${c.name} ${Object.values(keys).reduce((n, r) => n + r.Keys.length, 0)}`;
      });
    };
    const before = await pageReads();
    // Ten years of answered and closed petitions for the agency.
    for (let i = 0; i < 40; i++) await petitionOf(agency, i % 2 ? 'answered' : 'closed', day(-i));
    expect(await pageReads()).toEqual(before);
    expect(before.filter((c) => c.startsWith('Query'))).toHaveLength(2);
    expect(before.some((c) => c.startsWith('Scan'))).toBe(false);
  });

  it('refuses a cursor it did not give, naming the field', async () => {
    const response = await bed.call(
      'GET',
      `/v1/agencies/phong-tnmt-huu-lung/petitions/needs-action?cursor=${Buffer.from('X:1').toString('base64url')}`,
      { as: USERS.agencyOwn },
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: Record<string, string> }).fields).toHaveProperty('cursor');
  });
});
