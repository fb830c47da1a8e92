/** The public API on a test table with the demo data: requests go through app.request(), no server. */

import type { Config } from '../../../functions/lib/config.ts';
import { createPublicApp } from '../../../functions/public-api/app.ts';
import { demoActivity } from '../../../infra/local/demo/activity.ts';
import { DEMO_VIEW_AUTHORS } from '../../../infra/local/demo/sessions.ts';
import { en } from '../../../shared/messages/en.ts';
import { vi } from '../../../shared/messages/vi.ts';
import { createTestDatabase, type TestDatabase } from '../../support/database.ts';
import { seedDemoCopy, seedDemoReferenceCopy } from '../../support/demo-template.ts';

export const testConfig = (tableName: string): Config => ({
  TABLE_NAME: tableName,
  AWS_REGION: 'ap-southeast-1',
  PUBLIC_SITE_URL: 'http://localhost:4321',
  RATE_LIMIT_SALT: 'test-salt-test-salt',
  FEEDBACK_TOKEN_SECRET: 'test-feedback-secret-test',
  ORIGIN_SECRET: 'off',
  SUBMIT_RATE_LIMIT: 1000,
  SUBMIT_RATE_WINDOW_SECONDS: 600,
});

export interface SeededPublicApi {
  database: TestDatabase;
  app: ReturnType<typeof createPublicApp>;
  now: Date;
}

/**
 * Without `now`, the demo data and the app's clock are those of the current five-minute window.
 * `data: 'reference'`: the demo data's reference records alone, for a file that reads no demo
 * petition, meeting or statistic.
 */
export async function seededPublicApi(
  prefix: string,
  at?: Date,
  data: 'demo' | 'reference' = 'demo',
): Promise<SeededPublicApi> {
  const database = await createTestDatabase(prefix);
  const now = await (data === 'reference' ? seedDemoReferenceCopy : seedDemoCopy)(database, at);
  database.resetSent();
  const app = createPublicApp({
    repos: database.repos,
    config: testConfig(database.tableName),
    now: () => now,
  });
  return { database, app, now };
}

/**
 * Every piece of personal data the demo submitters gave: names, emails, phones and
 * addresses. Two kinds of value are left out because the site shows them for another
 * reason, so finding them proves nothing: an address that only names a public place (a
 * village or commune that is also a meeting's venue), and a value the message catalogue
 * uses as an example (the phone number in "Ví dụ: 0912345678").
 */
export function seededPersonalData(now = new Date()): string[] {
  const { meetings, petitions } = demoActivity(now);
  const places = meetings.map((m) => `${m.venue.name} ${m.venue.address}`.toLowerCase());
  const catalogue = JSON.stringify([vi, en]);
  return petitions
    .flatMap(({ contact }) => [
      contact.name,
      ...(contact.email ? [contact.email] : []),
      ...(contact.phone ? [contact.phone] : []),
      ...(places.some((p) => p.includes(contact.address.toLowerCase())) ? [] : [contact.address]),
    ])
    .filter((value) => !catalogue.includes(value))
    .concat(DEMO_VIEW_AUTHORS); // the names given with demo views on a session's agenda (never published)
}
