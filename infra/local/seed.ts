/**
 * Loads the demo data (DESIGN §6) through the repositories, once per table: a second
 * run against a kept data folder finds the seed marker and leaves the data alone.
 */
import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Repositories } from '../../functions/lib/data/index.ts';
import { demoActivity } from '../../shared/demo/activity.ts';
import { demoReference } from '../../shared/demo/reference.ts';
import type { ReferenceRecords } from '../../shared/reference-data.ts';

const SEED_MARKER = { pk: 'SEED', sk: 'DEMO' };

/** The secret of a demo petition's "not satisfied" link (demo only: real ones are random). */
export function demoFeedbackToken(code: string): string {
  return createHash('sha256').update(`demo-feedback:${code}`).digest('base64url');
}

export function feedbackTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function seedDemoData(repos: Repositories, now = new Date()): Promise<{ seeded: boolean }> {
  const { db } = repos;
  const marker = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: SEED_MARKER }));
  if (marker.Item) return { seeded: false };

  const activity = demoActivity(now);
  const reference = demoReference(activity.sessions);
  for (const kind of Object.keys(reference) as (keyof ReferenceRecords)[]) {
    for (const record of reference[kind]) await repos.reference.create(kind, record as never);
  }
  for (const meeting of activity.meetings) await repos.meetings.create(meeting);
  for (const { petition, contact, events } of activity.petitions) {
    await repos.petitions.create({
      petition,
      contact: { ...contact, feedbackTokenHash: feedbackTokenHash(demoFeedbackToken(petition.code)) },
      events,
    });
  }
  await db.doc.send(
    new PutCommand({ TableName: db.tableName, Item: { ...SEED_MARKER, seededAt: now.toISOString() } }),
  );
  return { seeded: true };
}
