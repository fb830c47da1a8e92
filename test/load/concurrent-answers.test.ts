/**
 * 100 agency officers' answers to one petition at the same moment, over a real HTTP
 * listener on loopback: the optimistic lock lets exactly one through; the other 99 are
 * told 409 and change nothing (one told 503 by a busy DynamoDB Local is sent again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { ANSWER } from '../staff/routes.ts';
import { makePetition, type StaffTestbed, startStaffTestbed } from '../staff/support.ts';

const CONCURRENT = 100;
let bed: StaffTestbed;
let server: RunningServer;

beforeAll(async () => {
  bed = await startStaffTestbed({ meetings: false });
  server = await listen(bed.app, await freePort());
});
afterAll(async () => {
  await server?.close();
  await bed?.close();
});

describe(`${CONCURRENT} answers to one petition at once`, () => {
  it('exactly one is recorded; every other gets 409 and writes nothing', async () => {
    const { code } = await makePetition(bed, 'in_progress');
    // Both officers of the agency answer, each request with its own document number.
    const officers = ['can-bo-tnmt-huu-lung', 'can-bo-tnmt-huu-lung-2'];
    const tokens = await Promise.all(officers.map((o) => bed.issuer.tokenFor(o)));
    const answers = Array.from({ length: CONCURRENT }, (_, i) => ({
      token: tokens[i % tokens.length]!,
      body: { ...ANSWER, documentNumber: `${i + 1}/TNMT` },
    }));

    const send = async (a: (typeof answers)[number]) => {
      const response = await fetch(`${server.url}/v1/petitions/${code}/answer`, {
        method: 'POST',
        headers: { authorization: `Bearer ${a.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(a.body),
      });
      return { status: response.status, body: (await response.json()) as { error?: string } };
    };
    const first = await Promise.all(answers.map(send));
    // On a busy machine DynamoDB Local may fail a request for a passing reason (503, nothing
    // written): the officer sends it again, and it then meets the lock like the others.
    const responses = await Promise.all(first.map((r, i) => (r.status === 503 ? send(answers[i]!) : r)));

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 1);
    for (const refused of responses.filter((r) => r.status === 409))
      expect(['conflict', 'illegalTransition']).toContain(refused.body.error);

    const winner = answers[statuses.indexOf(200)]!;
    const stored = await bed.database.repos.petitions.getWithContact(parseTrackingCode(code));
    expect(stored!.petition).toMatchObject({
      status: 'answered',
      version: 2,
      answer: { documentNumber: winner.body.documentNumber },
    });
    expect(stored!.events.filter((e) => e.type === 'answered')).toHaveLength(1);
  }, 120_000);
});
