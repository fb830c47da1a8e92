/**
 * Many citizens at once, over a real HTTP listener on loopback: 200 submissions in
 * parallel, 200 retried in parallel, 200 tracks in parallel, and one address sending many
 * at once. Each test makes its own data. On a busy machine DynamoDB Local may answer a
 * request with a passing fault: that is a 503 with Retry-After, which the form sends again
 * with the same key; so the guarantee checked is that nothing is lost and nothing is stored
 * twice — a 503 left nothing, or exactly one petition once its retry was answered.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../functions/lib/data/index.ts';
import type { RunningServer } from '../../infra/local/http-server.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import {
  citizenAddress,
  postSubmission,
  type SubmitResult,
  scanAll,
  servePublicApi,
  submissionBody,
  submitLikeTheForm,
} from './support.ts';

const CONCURRENT = 200;
let database: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  database = await createTestDatabase('load');
  // Reference data cached for a minute, as on a warm Lambda.
  const repos = createRepositories(database.db);
  await seedDemoData(repos);
  server = await servePublicApi(repos);
});
afterAll(async () => {
  await server?.close();
  await database?.drop();
});

interface Planned {
  key: string;
  marker: string;
  body: Record<string, unknown>;
  from: string;
}

/** `count` submissions of one test, each with its own marker (in its title and its email). */
function plan(test: string, count: number, from: (i: number) => string = citizenAddress): Planned[] {
  const run = randomUUID().slice(0, 8);
  return Array.from({ length: count }, (_, i) => {
    const marker = `tai-thu-${test}-${run}-${i}`;
    return { key: `load-${test}-${run}-${i}`, marker, body: submissionBody(marker), from: from(i) };
  });
}

/** How many petitions, contacts and "received" events are stored for each marker. */
async function storedPer(planned: Planned[]) {
  const items = await scanAll(database.db);
  const markerOf = (text: unknown) => planned.find((p) => String(text).endsWith(` ${p.marker}`))?.marker;
  const count = (list: Record<string, unknown>[], of: (i: Record<string, unknown>) => string | undefined) => {
    const counts = new Map<string, number>(planned.map((p) => [p.marker, 0]));
    for (const item of list) {
      const marker = of(item);
      if (marker) counts.set(marker, counts.get(marker)! + 1);
    }
    return counts;
  };
  // The title is kept in the petition's text item; each petition item is counted by its code's title.
  const titles = new Map(
    items.filter((i) => i.entity === 'petition-text').map((i) => [String(i.code), markerOf(i.title)]),
  );
  const petitions = items.filter((i) => i.entity === 'petition' && titles.get(String(i.code)));
  const codeToMarker = new Map(petitions.map((p) => [String(p.code), titles.get(String(p.code))]));
  return {
    codes: new Map(petitions.map((p) => [titles.get(String(p.code))!, String(p.code)])),
    petitions: count(petitions, (p) => titles.get(String(p.code))),
    texts: count(
      items.filter((i) => i.entity === 'petition-text'),
      (i) => markerOf(i.title),
    ),
    contacts: count(
      items.filter((i) => i.entity === 'contact'),
      (c) => planned.find((p) => c.email === `${p.marker}@example.com`)?.marker,
    ),
    received: count(
      items.filter((i) => i.entity === 'event' && i.type === 'received'),
      (e) => codeToMarker.get(String(e.code)),
    ),
  };
}

/** Each request's last answer is 201 and it is stored once, with the code it was given. */
async function expectEachStoredOnce(planned: Planned[], answers: SubmitResult[][]) {
  const last = answers.map((a) => a.at(-1)!);
  expect(last.filter((r) => r.status !== 201)).toEqual([]);
  for (const attempt of answers.flat()) expect([201, 503]).toContain(attempt.status);
  for (const attempt of answers.flat().filter((a) => a.status === 503))
    expect(attempt.retryAfter).toBeGreaterThan(0);
  const stored = await storedPer(planned);
  const once = new Map(planned.map((p) => [p.marker, 1]));
  expect(stored.petitions).toEqual(once);
  expect(stored.texts).toEqual(once);
  expect(stored.contacts).toEqual(once);
  expect(stored.received).toEqual(once);
  for (const [i, p] of planned.entries())
    expect(parseTrackingCode(last[i]!.code!)).toBe(parseTrackingCode(stored.codes.get(p.marker)!));
  expect(new Set(last.map((r) => r.code)).size).toBe(planned.length);
}

const submitAll = (planned: Planned[]) =>
  Promise.all(planned.map((p) => submitLikeTheForm(server.url, p.body, p.key, p.from)));

describe(`${CONCURRENT} citizens at once`, () => {
  it(`${CONCURRENT} concurrent submissions from ${CONCURRENT} addresses are each stored exactly once`, async () => {
    const planned = plan('first', CONCURRENT);
    await expectEachStoredOnce(planned, await submitAll(planned));
  }, 120_000);

  it(`${CONCURRENT} submissions retried at once get their first codes back and store nothing more`, async () => {
    const planned = plan('retried', CONCURRENT);
    const first = await submitAll(planned);
    await expectEachStoredOnce(planned, first);

    const retried = await submitAll(planned);
    expect(retried.map((a) => a.at(-1))).toEqual(first.map((a) => a.at(-1)));
    await expectEachStoredOnce(planned, retried);
  }, 180_000);

  it(`${CONCURRENT} concurrent tracks each answer 200 with their own petition and no personal data`, async () => {
    const planned = plan('tracked', CONCURRENT);
    const submitted = (await submitAll(planned)).map((a) => a.at(-1)!);
    expect(submitted.filter((r) => r.status !== 201)).toEqual([]);

    const tracked = await Promise.all(
      submitted.map(async ({ code }) => {
        const response = await fetch(`${server.url}/v1/petitions/${code}`);
        return { status: response.status, text: await response.text(), code: code! };
      }),
    );

    expect(tracked.filter((t) => t.status !== 200)).toEqual([]);
    for (const [i, t] of tracked.entries()) {
      const body = JSON.parse(t.text) as { code: string; title: string };
      expect(parseTrackingCode(body.code)).toBe(parseTrackingCode(t.code));
      expect(body.title).toContain(planned[i]!.marker);
      expect(t.text).not.toContain(`${planned[i]!.marker}@example.com`);
      expect(t.text).not.toContain('Lê Thị Tải Thử');
    }
  }, 180_000);

  it('one address sending 100 at once, each with its own key: 201 or 503, and after retries each stored once', async () => {
    const planned = plan('one-address', 100, () => '127.0.0.2');
    const once = await Promise.all(planned.map((p) => postSubmission(server.url, p.body, p.key, p.from)));
    // Its submissions queue on one counter: some may be told to come back, none refused otherwise.
    for (const answer of once) expect([201, 503]).toContain(answer.status);
    const afterOnce = await storedPer(planned);
    for (const [i, p] of planned.entries())
      expect(afterOnce.petitions.get(p.marker), p.marker).toBe(once[i]!.status === 201 ? 1 : 0);

    const answers = await Promise.all(
      planned.map(async (p, i) =>
        once[i]!.status === 201
          ? [once[i]!]
          : [once[i]!, ...(await submitLikeTheForm(server.url, p.body, p.key, p.from))],
      ),
    );
    await expectEachStoredOnce(planned, answers);
  }, 180_000);
});
