/** The public API on a test table with the demo data: requests go through app.request(), no server. */
import type { Config } from '../../../functions/lib/config.ts';
import { createPublicApp } from '../../../functions/public-api/app.ts';
import { seedDemoData } from '../../../infra/local/seed.ts';
import { demoActivity } from '../../../shared/demo/activity.ts';
import { createTestDatabase, type TestDatabase } from '../../support/database.ts';

export const testConfig = (tableName: string): Config => ({
  TABLE_NAME: tableName,
  AWS_REGION: 'ap-southeast-1',
  PUBLIC_SITE_URL: 'http://localhost:4321',
  RATE_LIMIT_SALT: 'test-salt-test-salt',
  FEEDBACK_TOKEN_SECRET: 'test-feedback-secret-test',
  SUBMIT_RATE_LIMIT: 1000,
  SUBMIT_RATE_WINDOW_SECONDS: 600,
});

export interface SeededPublicApi {
  database: TestDatabase;
  app: ReturnType<typeof createPublicApp>;
  now: Date;
}

export async function seededPublicApi(prefix: string, now = new Date()): Promise<SeededPublicApi> {
  const database = await createTestDatabase(prefix);
  await seedDemoData(database.repos, now);
  database.resetSent();
  const app = createPublicApp({
    repos: database.repos,
    config: testConfig(database.tableName),
    now: () => now,
  });
  return { database, app, now };
}

/**
 * Every piece of personal data the demo submitters gave: names, emails, phones, and
 * addresses. An address that is only a commune's name ("Xã Phúc Lộc") names a public
 * place, not a person, and appears in meeting venues, so it is left out.
 */
export function seededPersonalData(now = new Date()): string[] {
  return demoActivity(now).petitions.flatMap(({ contact }) => [
    contact.name,
    ...(contact.email ? [contact.email] : []),
    ...(contact.phone ? [contact.phone] : []),
    ...(contact.address.includes(',') ? [contact.address] : []),
  ]);
}
