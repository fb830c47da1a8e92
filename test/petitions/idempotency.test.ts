import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  type IdempotencyRecord,
  IdempotencyRepository,
} from '../../functions/lib/data/idempotency-repository.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import {
  postAsTheForm,
  postForm,
  postJson,
  testConfig,
  usePetitionTestApi,
  validSubmission,
} from './support.ts';
import { scanTable } from './table-dump.ts';

// Every test makes its own submissions and counts petitions before and after: the reference
// data is all they need.
const api = usePetitionTestApi({ seed: 'reference' });

/** Petitions in the table. */
async function petitionCount(): Promise<number> {
  return (await scanTable(api.database, { expression: 'entity = :p', values: { ':p': 'petition' } })).length;
}

describe('Idempotency-Key', () => {
  it('a retry with the same key and body gets the first answer and makes no second petition', async () => {
    const before = await petitionCount();
    const headers = { 'Idempotency-Key': 'retry-after-dropped-connection' };
    const first = await postJson(api.app, validSubmission(), headers);
    const second = await postJson(api.app, validSubmission(), headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(await petitionCount()).toBe(before + 1);
  });

  it('the same key with another body is refused with 422 and changes nothing', async () => {
    const headers = { 'Idempotency-Key': 'reused-for-another-body' };
    expect((await postJson(api.app, validSubmission(), headers)).status).toBe(201);
    const before = await petitionCount();
    const response = await postJson(
      api.app,
      validSubmission({ title: 'Một kiến nghị hoàn toàn khác' }),
      headers,
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: 'idempotencyMismatch' });
    expect(await petitionCount()).toBe(before);
  });

  it('a form retried with the key lands on the same confirmation page', async () => {
    const headers = { 'Idempotency-Key': 'form-retry-key-0001' };
    const first = await postForm(api.app, validSubmission(), headers);
    const second = await postForm(api.app, validSubmission(), headers);
    expect(first.status).toBe(303);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
  });

  // 120 s: fifty requests and their retries took past 30 s on a machine busy with two test runs.
  it('fifty concurrent submissions with one key make exactly one petition, and all answers carry its code', async () => {
    const before = await petitionCount();
    const headers = { 'Idempotency-Key': 'fifty-at-once-0001' };
    // Each as the form sends it: an answer "in progress" or "busy, retry" is sent again with the key.
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => postAsTheForm(api.app, validSubmission(), headers)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const codes = new Set(
      await Promise.all(responses.map(async (r) => ((await r.json()) as { code: string }).code)),
    );
    expect(codes.size).toBe(1);
    expect(await petitionCount()).toBe(before + 1);
    expect(await api.repos.petitions.get(parseTrackingCode([...codes][0]!))).toBeDefined();
  }, 120_000);

  it('a malformed key is a 400 before anything is read or written', async () => {
    api.database.resetSent();
    const response = await postJson(api.app, validSubmission(), { 'Idempotency-Key': 'short' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'badRequest' });
    expect(api.database.sent).toEqual([]);
  });

  it('while the first request’s record cannot be read yet, a second one answers 409 request.inProgress', async () => {
    // Fault injection: the key is taken in the table, but reads do not see it (as if the
    // winning transaction were not visible yet). The transaction must fail on the key,
    // and the request must end in a clear 409 instead of a second petition.
    const key = 'invisible-winner-0001';
    const taken: IdempotencyRecord = { requestHash: 'x', response: { status: 201, body: {} } };
    await api.repos.db.doc.send(
      new TransactWriteCommand({
        TransactItems: [api.repos.idempotency.putStep('submit-petition', key, taken).item],
      }),
    );
    class InvisibleRecords extends IdempotencyRepository {
      override async get(): Promise<IdempotencyRecord | undefined> {
        return undefined;
      }
    }
    const app = createPublicApp({
      repos: { ...api.repos, idempotency: new InvisibleRecords(api.repos.db) },
      config: testConfig(),
    });
    const before = await petitionCount();
    const response = await postJson(app, validSubmission(), { 'Idempotency-Key': key });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'requestInProgress' });
    expect(await petitionCount()).toBe(before);
  });
});
