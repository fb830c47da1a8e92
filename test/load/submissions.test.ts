/**
 * Many citizens at once, over a real HTTP listener on loopback: 200 submissions in
 * parallel, the same 200 retried in parallel, and 200 tracks in parallel. Nothing fails,
 * nothing is stored twice, nothing is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../functions/lib/data/index.ts';
import type { RunningServer } from '../../infra/local/http-server.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { postSubmission, type SubmitResult, scanAll, servePublicApi, submissionBody } from './support.ts';

const CONCURRENT = 200;
let database: TestDatabase;
let server: RunningServer;

const requests = Array.from({ length: CONCURRENT }, (_, i) => ({
  key: `load-submission-${String(i).padStart(3, '0')}-${Date.now()}`,
  body: submissionBody(`tai-thu-${i}`),
}));
let first: SubmitResult[] = [];

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

/** The stored petitions, contacts and "received" events of this test's submissions. */
async function stored() {
  const items = await scanAll(database.db);
  const petitions = items.filter((i) => i.entity === 'petition' && String(i.title).includes('tai-thu-'));
  const ours = new Set(petitions.map((p) => String(p.code)));
  return {
    petitions,
    contacts: items.filter((i) => i.entity === 'contact' && String(i.email).startsWith('tai-thu-')),
    received: items.filter((i) => i.entity === 'event' && i.type === 'received' && ours.has(String(i.code))),
  };
}

describe(`${CONCURRENT} citizens at once`, () => {
  it(`${CONCURRENT} concurrent submissions are all accepted (201), each stored exactly once`, async () => {
    first = await Promise.all(requests.map((r) => postSubmission(server.url, r.body, r.key)));

    expect(first.filter((r) => r.status !== 201)).toEqual([]);
    const codes = first.map((r) => parseTrackingCode(r.code!));
    expect(new Set(codes).size).toBe(CONCURRENT);
    const { petitions, contacts, received } = await stored();
    expect(petitions.map((p) => String(p.code)).sort()).toEqual([...codes].sort());
    expect(contacts).toHaveLength(CONCURRENT);
    expect(received).toHaveLength(CONCURRENT);
  }, 120_000);

  it(`the same ${CONCURRENT} submissions retried at once get their first codes back and store nothing more`, async () => {
    expect(first).toHaveLength(CONCURRENT);
    const retried = await Promise.all(requests.map((r) => postSubmission(server.url, r.body, r.key)));

    expect(retried).toEqual(first);
    const { petitions, contacts, received } = await stored();
    expect(petitions).toHaveLength(CONCURRENT);
    expect(contacts).toHaveLength(CONCURRENT);
    expect(received).toHaveLength(CONCURRENT);
  }, 120_000);

  it(`${CONCURRENT} concurrent tracks each answer 200 with their own petition and no personal data`, async () => {
    expect(first).toHaveLength(CONCURRENT);
    const tracked = await Promise.all(
      first.map(async ({ code }) => {
        const response = await fetch(`${server.url}/v1/petitions/${code}`);
        return { status: response.status, text: await response.text(), code: code! };
      }),
    );

    expect(tracked.filter((t) => t.status !== 200)).toEqual([]);
    for (const [i, t] of tracked.entries()) {
      const body = JSON.parse(t.text) as { code: string; title: string };
      expect(parseTrackingCode(body.code)).toBe(parseTrackingCode(t.code));
      expect(body.title).toContain(`tai-thu-${i}`);
      expect(t.text).not.toContain(`tai-thu-${i}@example.com`);
      expect(t.text).not.toContain('Lê Thị Tải Thử');
    }
  }, 120_000);
});
