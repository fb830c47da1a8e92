/**
 * The public API served on a real HTTP listener on loopback, over a table of its own on
 * the shared DynamoDB Local (or any repositories given), with the demo data and a
 * submission rate limit no load test reaches; and the requests the load tests send.
 */
import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../../functions/lib/config.ts';
import type { Database, Repositories } from '../../functions/lib/data/index.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { listen, nodeClientAddress, type RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';

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
}

export async function postSubmission(
  url: string,
  body: unknown,
  key: string = randomUUID(),
): Promise<SubmitResult> {
  const response = await fetch(`${url}/v1/petitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  const payload = (await response.json().catch(() => ({}))) as { code?: string };
  return { status: response.status, ...(payload.code ? { code: payload.code } : {}) };
}

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
