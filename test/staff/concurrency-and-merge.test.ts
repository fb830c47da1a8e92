/**
 * Optimistic locking and merging: two officers answering one petition at once — one wins,
 * the other gets 409, one answer is stored; three petitions merged into one — answering the
 * primary answers all three, and the primary counts three voters.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../functions/lib/auth/verify-token.ts';
import { notificationsFor } from '../../functions/notifier/notifications.ts';
import { createStaffApp } from '../../functions/staff-api/app.ts';
import type { Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { ANSWER, USERS } from './routes.ts';
import { makePetition, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed({ meetings: false });

interface View {
  petition: Petition;
  timeline: TimelineEvent[];
  primary?: Pick<Petition, 'code' | 'status' | 'answer'>;
}
const view = async (code: string) =>
  (await (await bed.call('GET', `/v1/petitions/${code}`, { as: USERS.admin })).json()) as View;

describe('two officers answer the same petition at once', () => {
  it.each([1, 2, 3, 4, 5])('round %i: one 200, one 409, exactly one answer stored', async () => {
    const { code } = await makePetition(bed, 'in_progress');
    const answers = [
      { as: 'can-bo-tnmt-huu-lung', body: { ...ANSWER, documentNumber: '101/TNMT' } },
      { as: 'can-bo-tnmt-huu-lung-2', body: { ...ANSWER, documentNumber: '202/TNMT' } },
    ];
    const responses = await Promise.all(
      answers.map((a) => bed.call('POST', `/v1/petitions/${code}/answer`, { as: a.as, body: a.body })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = answers[responses.findIndex((r) => r.status === 200)]!;
    const loser = (await responses.find((r) => r.status === 409)!.json()) as { error: string };
    expect(['conflict', 'illegalTransition']).toContain(loser.error);

    const { petition, timeline } = await view(code);
    expect(petition.version).toBe(2);
    expect(petition.answer?.documentNumber).toBe(winner.body.documentNumber);
    const answered = timeline.filter((e) => e.type === 'answered');
    expect(answered).toHaveLength(1);
    expect(answered[0]!.actor.id).toBe(winner.as);
  });
});

describe('the optimistic lock', () => {
  it('when both officers have read the petition before either writes, the second write is a 409 conflict', async () => {
    const { code } = await makePetition(bed, 'in_progress');
    // Hold every read until both requests have made theirs: both then hold version 1.
    const { repos } = bed.database;
    let waiting: (() => void)[] = [];
    const petitions = Object.create(repos.petitions) as typeof repos.petitions;
    petitions.get = async (c: string) => {
      const petition = await repos.petitions.get(c);
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === 2) for (const release of waiting) release();
      });
      return petition;
    };
    const app = createStaffApp({
      repos: { ...repos, petitions },
      verifyToken: createTokenVerifier({
        jwksUrl: bed.issuer.jwksUrl,
        issuer: bed.issuer.issuer,
        audience: bed.issuer.audience,
      }),
      now: () => bed.now,
    });
    const answerAs = async (username: string, documentNumber: string) =>
      app.request(`/v1/petitions/${code}/answer`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await bed.issuer.tokenFor(username)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ ...ANSWER, documentNumber }),
      });
    const responses = await Promise.all([
      answerAs('can-bo-tnmt-huu-lung', '1/TNMT'),
      answerAs('can-bo-tnmt-huu-lung-2', '2/TNMT'),
    ]);
    waiting = [];
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = responses.find((r) => r.status === 409)!;
    expect(((await loser.json()) as { error: string }).error).toBe('conflict');
    const { timeline } = await view(code);
    expect(timeline.filter((e) => e.type === 'answered')).toHaveLength(1);
  });
});

describe('merging duplicates', () => {
  it('three petitions merged: the primary counts three voters; answering it answers all three', async () => {
    const primary = await makePetition(bed, 'received');
    const second = await makePetition(bed, 'received');
    const third = await makePetition(bed, 'routed');
    const merge = await bed.call('POST', `/v1/petitions/${primary.code}/merge`, {
      as: USERS.secretariatOwn,
      body: { codes: [second.code, third.code.toLowerCase()] },
    });
    expect(merge.status).toBe(200);

    const merged = await view(primary.code);
    expect(merged.petition.voterCount).toBe(3);
    for (const code of [second.code, third.code]) {
      const { petition, timeline } = await view(code);
      expect(petition).toMatchObject({ status: 'merged', mergedInto: primary.code });
      expect(timeline.at(-1)).toMatchObject({
        type: 'merged',
        mergedInto: primary.code,
        actor: { id: USERS.secretariatOwn, role: 'secretariat' },
      });
    }
    // What the notifier reads to tell the merged petitions' submitters.
    expect((await bed.database.repos.petitions.listMergedCodes(primary.code)).sort()).toEqual(
      [second.code, third.code].sort(),
    );

    await bed.call('POST', `/v1/petitions/${primary.code}/route`, {
      as: USERS.secretariatOwn,
      body: { agencyId: 'phong-tnmt-huu-lung' },
    });
    const answer = await bed.call('POST', `/v1/petitions/${primary.code}/answer`, {
      as: USERS.agencyOwn,
      body: ANSWER,
    });
    expect(answer.status).toBe(200);

    expect((await view(primary.code)).petition).toMatchObject({ status: 'answered', answer: ANSWER });
    for (const code of [second.code, third.code]) {
      const { primary: followed } = await view(code);
      expect(followed).toMatchObject({ code: primary.code, status: 'answered', answer: ANSWER });
    }
  });

  it('merging a petition that already has merged ones brings them along to the new primary', async () => {
    const primary = await makePetition(bed, 'received');
    const middle = await makePetition(bed, 'received');
    const leaf = await makePetition(bed, 'received');
    await bed.call('POST', `/v1/petitions/${middle.code}/merge`, {
      as: USERS.admin,
      body: { codes: [leaf.code] },
    });
    const response = await bed.call('POST', `/v1/petitions/${primary.code}/merge`, {
      as: USERS.admin,
      body: { codes: [middle.code] },
    });
    expect(response.status).toBe(200);
    expect((await view(primary.code)).petition.voterCount).toBe(3);
    expect((await view(leaf.code)).petition.mergedInto).toBe(primary.code);
    expect((await bed.database.repos.petitions.listMergedCodes(primary.code)).sort()).toEqual(
      [middle.code, leaf.code].sort(),
    );
  });

  it("A merged into B, B into C, C answered: A's and B's submitters are told once each", async () => {
    const c = await makePetition(bed, 'received');
    const b = await makePetition(bed, 'received');
    const a = await makePetition(bed, 'received');
    const merge = (into: string, code: string) =>
      bed.call('POST', `/v1/petitions/${into}/merge`, { as: USERS.admin, body: { codes: [code] } });
    expect((await merge(b.code, a.code)).status).toBe(200);
    expect((await merge(c.code, b.code)).status).toBe(200);
    // The links are the "merged" events' index entries; no link item is written any more.
    const { Items = [] } = await bed.database.db.doc.send(
      new QueryCommand({
        TableName: bed.database.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :system)',
        ExpressionAttributeValues: { ':pk': `PETITION#${c.code}`, ':system': 'SYSTEM#MERGED#' },
      }),
    );
    expect(Items).toEqual([]);
    await bed.call('POST', `/v1/petitions/${c.code}/route`, {
      as: USERS.secretariatOwn,
      body: { agencyId: 'phong-tnmt-huu-lung' },
    });
    expect(
      (await bed.call('POST', `/v1/petitions/${c.code}/answer`, { as: USERS.agencyOwn, body: ANSWER }))
        .status,
    ).toBe(200);
    const answered = (await view(c.code)).timeline.find((e) => e.type === 'answered')!;

    const notifications = await notificationsFor(answered, {
      repos: bed.database.repos,
      siteUrl: 'https://kien-nghi.example.vn',
      consoleUrl: 'https://can-bo.example.vn/quan-ly',
      feedbackSecret: 'test-feedback-secret-0123456789',
    });
    const told = notifications.filter((n) => n.kind === 'merged_answered').map((n) => n.petitionCode);
    expect(told.sort()).toEqual([a.code, b.code].sort());
  });

  it('a merge with one petition that cannot be merged writes nothing (one transaction)', async () => {
    const primary = await makePetition(bed, 'received');
    const fine = await makePetition(bed, 'received');
    const answered = await makePetition(bed, 'answered');
    const before = await bed.snapshot();
    const response = await bed.call('POST', `/v1/petitions/${primary.code}/merge`, {
      as: USERS.secretariatOwn,
      body: { codes: [fine.code, answered.code] },
    });
    expect(response.status).toBe(409);
    expect(await bed.snapshot()).toBe(before);
  });

  it('a petition cannot be merged into itself, nor with another council’s', async () => {
    const primary = await makePetition(bed, 'received');
    const elsewhere = await makePetition(bed, 'received', { councilId: 'son-dong', communeId: 'an-ba' });
    const before = await bed.snapshot();
    const self = await bed.call('POST', `/v1/petitions/${primary.code}/merge`, {
      as: USERS.admin,
      body: { codes: [primary.code] },
    });
    const other = await bed.call('POST', `/v1/petitions/${primary.code}/merge`, {
      as: USERS.admin,
      body: { codes: [elsewhere.code] },
    });
    expect([self.status, other.status]).toEqual([400, 400]);
    expect(await bed.snapshot()).toBe(before);
  });
});
