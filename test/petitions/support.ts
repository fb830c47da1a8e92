/**
 * A public API on its own DynamoDB Local table, seeded with the demo data, for the
 * petition tests. Reference data is cached like on Lambda, so a read counts only its own
 * commands once the cache is warm.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Config } from '../../functions/lib/config.ts';
import { createRepositories, type Repositories } from '../../functions/lib/data/index.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { seedDemoCopy, seedDemoReferenceCopy } from '../support/demo-template.ts';
import { sendLikeTheForm } from './like-the-form.ts';

export const SITE_URL = 'https://kien-nghi.example.vn';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    TABLE_NAME: 'unused-by-tests',
    AWS_REGION: 'ap-southeast-1',
    PUBLIC_SITE_URL: SITE_URL,
    RATE_LIMIT_SALT: 'test-rate-limit-salt',
    FEEDBACK_TOKEN_SECRET: 'test-feedback-token-secret',
    ORIGIN_SECRET: 'off',
    SUBMIT_RATE_LIMIT: 100_000,
    SUBMIT_RATE_WINDOW_SECONDS: 600,
    ...overrides,
  };
}

export interface PetitionTestApi {
  app: ReturnType<typeof createPublicApp>;
  database: TestDatabase;
  repos: Repositories;
  config: Config;
  /** Another app on the same table with other settings (a low rate limit, a fixed client). */
  withApp(options: AppOptions): ReturnType<typeof createPublicApp>;
}

interface AppOptions {
  config?: Partial<Config>;
  clientAddress?: string;
  now?: () => Date;
}

/**
 * `seed`: the demo data (the default), its reference records alone (`'reference'`, for a file
 * whose tests make their own petitions and read no demo one), or nothing (`false`).
 */
export async function startPetitionTestApi(
  options: AppOptions & { seed?: boolean | 'reference' } = {},
): Promise<PetitionTestApi> {
  const database = await createTestDatabase('petitions');
  const repos = createRepositories(database.db);
  // The demo data of the current five-minute window, copied from its template (demo-template.ts).
  if (options.seed === 'reference') await seedDemoReferenceCopy(database);
  else if (options.seed ?? true) await seedDemoCopy(database);
  const make = (o: AppOptions) => {
    const config = testConfig(o.config);
    return createPublicApp({
      repos,
      config,
      clientAddress: () => o.clientAddress ?? '203.0.113.7',
      ...(o.now ? { now: o.now } : {}),
    });
  };
  const config = testConfig(options.config);
  database.resetSent();
  return { app: make(options), database, repos, config, withApp: make };
}

/**
 * The test API for one test file: started before its tests, its table dropped after them.
 * The object is filled in by the beforeAll hook, so use it inside tests and hooks only.
 */
export function usePetitionTestApi(
  options: AppOptions & { seed?: boolean | 'reference' } = {},
): PetitionTestApi {
  const api = {} as PetitionTestApi;
  beforeAll(async () => {
    Object.assign(api, await startPetitionTestApi(options));
  });
  afterAll(() => api.database?.drop());
  return api;
}

/** A submission every check accepts (Hữu Lũng's Vân Nham commune, the land field). */
export function validSubmission(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    submitter: {
      name: 'Nguyễn Thị Kiểm Thử',
      email: 'kiem.thu@example.com',
      phone: '0912 345 678',
      address: 'Thôn Làng Ngõa, xã Vân Nham',
      communeId: 'van-nham',
    },
    fieldId: 'dat-dai',
    localityId: 'van-nham',
    title: 'Đề nghị sửa chữa cầu tràn thôn Làng Ngõa',
    content:
      'Cầu tràn thôn Làng Ngõa bị hư hỏng sau mưa lũ, người dân đi lại rất khó khăn. Đề nghị sớm sửa chữa.',
    consentToPublish: true,
    ...overrides,
  };
}

export function postJson(
  app: ReturnType<typeof createPublicApp>,
  body: unknown,
  headers: Record<string, string> = {},
  path = '/v1/petitions',
) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * POST as the petition form does with an Idempotency-Key (like-the-form.ts): a 409
 * request.inProgress or a 503 with Retry-After (DynamoDB was busy past the transaction's
 * retries) is sent again with the same key, until another answer or 20 tries. On a loaded
 * machine fifty concurrent submissions get some of each, by design; what must hold is what
 * the client ends with.
 */
export async function postAsTheForm(
  app: ReturnType<typeof createPublicApp>,
  body: unknown,
  headers: Record<string, string>,
): Promise<Response> {
  const answers = await sendLikeTheForm(() => postJson(app, body, headers), {
    attempts: 20,
    pauseMs: 0,
    jitterMs: 100,
    async again(response) {
      if (response.status === 503) {
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        return true;
      }
      if (response.status === 409) {
        expect(await response.clone().json()).toMatchObject({ error: 'requestInProgress' });
        return true;
      }
      return false;
    },
  });
  return answers.at(-1)!;
}

/** A form body as the site's no-JavaScript form sends it (dotted names). */
export function formBody(values: Record<string, unknown>, prefix = ''): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of formBody(value as Record<string, unknown>, `${prefix}${key}.`))
        params.append(k, v);
    } else if (value !== undefined) params.append(`${prefix}${key}`, String(value));
  }
  return params;
}

export function postForm(
  app: ReturnType<typeof createPublicApp>,
  values: Record<string, unknown>,
  headers: Record<string, string> = {},
  path = '/v1/petitions',
) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: formBody(values).toString(),
  });
}

const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);

/** The names of the write commands among those sent. */
export function writesIn(sent: readonly { name: string }[]): string[] {
  return sent.map((s) => s.name).filter((n) => WRITES.has(n));
}
