/**
 * The public API served on a real HTTP listener on loopback, over a table of its own on
 * the shared DynamoDB Local (or any repositories given), with the demo data and a
 * submission rate limit no load test reaches; and the requests the load tests send.
 */
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../functions/lib/config.ts';
import type { Database, Repositories } from '../../functions/lib/data/index.ts';
import type { StreamBatchResponse, StreamEvent } from '../../functions/notifier/stream-event.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { listen, nodeClientAddress, type RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import { sendLikeTheForm } from '../petitions/like-the-form.ts';

export const LOAD_CONFIG: Config = {
  TABLE_NAME: 'unused-by-load-tests',
  AWS_REGION: 'ap-southeast-1',
  PUBLIC_SITE_URL: 'https://kien-nghi.example.vn',
  RATE_LIMIT_SALT: 'load-test-rate-limit-salt',
  FEEDBACK_TOKEN_SECRET: 'load-test-feedback-secret',
  ORIGIN_SECRET: 'off',
  SUBMIT_RATE_LIMIT: 1_000_000,
  SUBMIT_RATE_WINDOW_SECONDS: 600,
};

export function servePublicApi(repos: Repositories): Promise<RunningServer> {
  return freePort().then((port) =>
    listen(createPublicApp({ repos, config: LOAD_CONFIG, clientAddress: nodeClientAddress }), port),
  );
}

/** A petition from Vân Nham; `marker` makes its title and its submitter's email its own. */
export function submissionBody(marker: string): Record<string, unknown> {
  return {
    submitter: {
      name: 'Lê Thị Tải Thử',
      email: `${marker}@example.com`,
      phone: '0912 345 678',
      address: 'Thôn Làng Ngõa, xã Vân Nham',
      communeId: 'van-nham',
    },
    fieldId: 'dat-dai',
    localityId: 'van-nham',
    title: `Đề nghị cấp giấy chứng nhận quyền sử dụng đất ${marker}`,
    content: 'Nhiều hộ gia đình đã nộp hồ sơ từ lâu nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất.',
    consentToPublish: true,
  };
}

export interface SubmitResult {
  status: number;
  code?: string;
  /** Retry-After of a 429 or a 503, in seconds. */
  retryAfter?: number;
}

/**
 * One POST /v1/petitions over HTTP. `from` is the loopback address it is sent from
 * (127.0.0.0/8 is all loopback), so that many citizens are many clients, as they are.
 */
export function postSubmission(
  url: string,
  body: unknown,
  key: string = randomUUID(),
  from?: string,
): Promise<SubmitResult> {
  const target = new URL('/v1/petitions', url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent: false,
        ...(from ? { localAddress: from } : {}),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'idempotency-key': key,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          let parsed: { code?: string } = {};
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { code?: string };
          } catch {
            // Not JSON: only the status matters then.
          }
          const retryAfter = Number(response.headers['retry-after']);
          resolve({
            status: response.statusCode ?? 0,
            ...(parsed.code ? { code: parsed.code } : {}),
            ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
          });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/**
 * What the site's form does (like-the-form.ts): a 503 (a dependency busy for a moment) is sent
 * again with the same key, after a short pause, until it is answered otherwise. Every answer
 * is kept.
 */
export function submitLikeTheForm(
  url: string,
  body: unknown,
  key: string,
  from?: string,
  attempts = 8,
): Promise<SubmitResult[]> {
  return sendLikeTheForm(() => postSubmission(url, body, key, from), {
    attempts,
    pauseMs: 200,
    jitterMs: 400,
    again: (answer) => answer.status === 503,
  });
}

/** The i-th of many citizens' addresses: 127.0.0.2 … 127.0.0.251, 127.0.1.2 … */
export const citizenAddress = (i: number) => `127.0.${Math.floor(i / 250)}.${(i % 250) + 2}`;

/** Every item of the table (test code only: no request path scans). */
export async function scanAll(db: Database): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({ TableName: db.tableName, ExclusiveStartKey: startKey, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/**
 * The notifier's fault model in the load tests: every batch delivered twice at once (as
 * Lambda may), and a record failed if either delivery reported it.
 */
export function deliveredTwiceAtOnce(
  notify: (event: StreamEvent) => Promise<StreamBatchResponse>,
): (event: StreamEvent) => Promise<StreamBatchResponse> {
  return async (event) => {
    const results = await Promise.all([notify(event), notify(event)]);
    const failed = new Set(results.flatMap((r) => r.batchItemFailures.map((f) => f.itemIdentifier)));
    return { batchItemFailures: [...failed].map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
