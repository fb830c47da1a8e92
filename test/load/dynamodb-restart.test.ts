/**
 * DynamoDB restarted in the middle of a stream of submissions: its own DynamoDB Local,
 * keeping its data in a folder, is stopped and started again while citizens keep
 * submitting. Requests made while it is down are told 503 with Retry-After (a passing
 * fault, never a 500); every submission acknowledged with 201 is still there afterwards,
 * and each one told 503, sent again with its key as the form does, is stored exactly once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, createRepositories, type Repositories } from '../../functions/lib/data/index.ts';
import { ensureTable } from '../../infra/local/create-table.ts';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import type { RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import type { ReferenceRecords } from '../../shared/reference-data.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { localClient } from '../support/database.ts';
import { postSubmission, scanAll, servePublicApi, submissionBody, submitLikeTheForm } from './support.ts';

const TABLE = 'restart-test';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const WRITERS = 4;
let dataDir: string;
let port: number;
let dynamo: DynamoDbLocal | undefined;
let repos: Repositories;
let server: RunningServer;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hdnd-restart-'));
  port = await freePort();
  dynamo = await startDynamoDbLocal({ port, dataDir });
  const admin = localClient(dynamo.endpoint);
  await ensureTable(admin, TABLE);
  admin.destroy();
  repos = createRepositories(createDatabase({ tableName: TABLE, endpoint: dynamo.endpoint }));
  // The reference data a submission is checked against (the disk-backed emulator is slow to seed more).
  const reference = demoReference(demoActivity().sessions);
  for (const kind of Object.keys(reference) as (keyof ReferenceRecords)[])
    for (const record of reference[kind]) await repos.reference.create(kind, record as never);
  server = await servePublicApi(repos);
}, 120_000);

afterAll(async () => {
  await server?.close();
  repos?.db.doc.destroy();
  await dynamo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('DynamoDB Local restarted mid-run, with its data in a folder', () => {
  it('keeps every submission that was acknowledged with 201', async () => {
    const acknowledged: { code: string; at: number }[] = [];
    const refused: { status: number; retryAfter?: number; i: number; key: string }[] = [];
    let running = true;
    let n = 0;
    const writer = async () => {
      while (running) {
        const i = n++;
        const key = randomUUID();
        const result = await postSubmission(server.url, submissionBody(`khoi-dong-lai-${i}`), key);
        if (result.status === 201) acknowledged.push({ code: result.code!, at: Date.now() });
        else refused.push({ ...result, i, key });
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);

    await pause(2000);
    const stoppedAt = Date.now();
    // A clean stop, as a restart of DynamoDB is: killed (SIGKILL), DynamoDB Local can lose the
    // last write it acknowledged, which AWS never does. With the default five seconds, a machine
    // busy with two test runs killed it and one acknowledged petition was gone after the restart.
    await dynamo!.stop({ graceMs: 120_000 });
    expect(dynamo!.process.signalCode).not.toBe('SIGKILL');
    await pause(500);
    dynamo = await startDynamoDbLocal({ port, dataDir });
    const restartedAt = Date.now();
    await pause(3000);
    running = false;
    await Promise.all(writers);

    // The run spanned the restart: submissions were acknowledged before it and after it.
    expect(acknowledged.filter((a) => a.at < stoppedAt).length).toBeGreaterThan(0);
    expect(acknowledged.filter((a) => a.at > restartedAt).length).toBeGreaterThan(0);
    // Whatever was refused while DynamoDB was away was a 503 with Retry-After: come back shortly.
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r).toMatchObject({ status: 503, retryAfter: expect.any(Number) });
    // Sent again with the same key, each is answered and stored once (whether or not its first
    // attempt had reached the table before the connection went).
    for (const r of refused) {
      const again = await submitLikeTheForm(server.url, submissionBody(`khoi-dong-lai-${r.i}`), r.key);
      expect(again.at(-1)!.status).toBe(201);
      acknowledged.push({ code: again.at(-1)!.code!, at: Date.now() });
    }
    const items = await scanAll(repos.db);
    for (const r of refused) {
      const title = ` khoi-dong-lai-${r.i}`;
      // The title is kept in the petition's text item, beside the petition item of the same code.
      const texts = items.filter((x) => x.entity === 'petition-text' && String(x.title).endsWith(title));
      expect(texts).toHaveLength(1);
      expect(items.filter((x) => x.entity === 'petition' && x.code === texts[0]!.code)).toHaveLength(1);
    }

    const missing: string[] = [];
    for (const { code } of acknowledged) {
      const stored = await repos.petitions.get(parseTrackingCode(code));
      const tracked = await fetch(`${server.url}/v1/petitions/${code}`);
      // Which of the two failed, so that a red run says whether the write was lost or only its read.
      if (!stored || tracked.status !== 200)
        missing.push(`${code}: stored ${stored !== undefined}, tracking answered ${tracked.status}`);
    }
    expect(missing).toEqual([]);
  }, 180_000);
});
