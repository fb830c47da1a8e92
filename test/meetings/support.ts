/** What the meeting tests share: a seeded table, the demo "now", and a public app over it. */
import { afterAll, beforeAll } from 'vitest';
import { type Config, readConfig } from '../../functions/lib/config.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { seedDemoCopy } from '../support/demo-template.ts';

/** A fixed "now" (mid-June, Vietnam morning): every demo meeting falls in 2026. */
export const NOW = new Date('2026-06-15T03:00:00Z');

export function testConfig(tableName: string): Config {
  return readConfig({
    TABLE_NAME: tableName,
    PUBLIC_SITE_URL: 'http://localhost:4321',
    RATE_LIMIT_SALT: 'meeting-tests-salt-0123456789',
    FEEDBACK_TOKEN_SECRET: 'meeting-tests-feedback-0123456789',
    ORIGIN_SECRET: 'off',
  });
}

export async function seededDatabase(prefix: string): Promise<TestDatabase> {
  const t = await createTestDatabase(prefix);
  await seedDemoCopy(t, NOW);
  return t;
}

/**
 * A seeded table for one test file: made before its tests, dropped after them. Filled in by
 * the beforeAll hook: use it in tests and in hooks registered after this call.
 */
export function useSeededDatabase(prefix: string): TestDatabase {
  const t = {} as TestDatabase;
  beforeAll(async () => {
    Object.assign(t, await seededDatabase(prefix));
  });
  afterAll(() => t.drop?.());
  return t;
}

export function publicApp(t: TestDatabase) {
  return createPublicApp({ repos: t.repos, config: testConfig(t.tableName), now: () => NOW });
}
