/**
 * Loads the demo data (DESIGN §6) through the repositories, once per table: a second
 * run against a kept data folder finds the seed marker and leaves the data alone.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Repositories } from '../../functions/lib/data/index.ts';
import { rebuildStaffSearch } from '../../functions/lib/search/staff-search-rebuild.ts';
import { rebuildStatistics } from '../../functions/lib/statistics/rebuild.ts';
import type { ReferenceRecords } from '../../shared/reference-data.ts';
import { demoActivity } from './demo/activity.ts';
import { seedDemoOversight } from './demo/oversight-seed.ts';
import { demoReference } from './demo/reference.ts';
import { seedDemoResolutions } from './demo/resolutions.ts';
import { demoSessions } from './demo/sessions.ts';

const SEED_MARKER = { pk: 'SEED', sk: 'DEMO' };

export async function seedDemoData(repos: Repositories, now = new Date()): Promise<{ seeded: boolean }> {
  const { db } = repos;
  const marker = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: SEED_MARKER }));
  if (marker.Item) return { seeded: false };

  const activity = demoActivity(now);
  // Sessions in full (DESIGN §8): their new fields in the reference data, agendas and views in their partitions.
  const sessions = demoSessions(activity.sessions, now);
  const reference = demoReference(sessions.sessions);
  for (const kind of Object.keys(reference) as (keyof ReferenceRecords)[]) {
    for (const record of reference[kind]) await repos.reference.create(kind, record as never);
  }
  for (const meeting of activity.meetings) await repos.meetings.create(meeting);
  for (const agenda of sessions.agendas) await repos.sessions.saveAgenda(undefined, agenda);
  for (const { view, authorName } of sessions.views) {
    await repos.sessions.addView(view, 1, { authorName });
  }
  await seedDemoResolutions(repos, activity.sessions, now);
  // Feedback tokens are derived from the code (functions/lib/petitions/feedback-token.ts): nothing to store.
  for (const { petition, contact, events } of activity.petitions) {
    await repos.petitions.create({ petition, contact, events });
    // The notifier indexes new petitions from the stream; the seed does not wait for it.
    await repos.similar.index(petition);
  }
  await seedDemoOversight(repos, now);
  // A bulk load: its statistics are counted at once, rather than waiting for the stream.
  await rebuildStatistics(repos);
  // And indexed for staff search at once (the stream poller starts after the seed).
  await rebuildStaffSearch(repos);
  await db.doc.send(
    new PutCommand({ TableName: db.tableName, Item: { ...SEED_MARKER, seededAt: now.toISOString() } }),
  );
  return { seeded: true };
}
