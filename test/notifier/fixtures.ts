/**
 * Petitions, contacts and stream records for the notifier's tests: real items in a test
 * table, and the stream records Lambda would deliver for them.
 */
import { randomUUID } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import type { Repositories } from '../../functions/lib/data/index.ts';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { createNotifier, type NotifierDependencies } from '../../functions/notifier/notifier.ts';
import type { StreamRecord } from '../../functions/notifier/stream-event.ts';
import { DEMO_AGENCIES, DEMO_COUNCILS, DEMO_FIELDS } from '../../infra/local/demo/reference.ts';
import type { SubmitterContact, TimelineEvent } from '../../shared/schemas/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { testEmailSender } from '../support/email-sender.ts';

export { newPetition } from '../support/petitions.ts';

export const SITE_URL = 'https://kien-nghi.example.vn';
/** The staff console's origin, given with a path to show the link keeps one /quan-ly/. */
export const CONSOLE_URL = 'https://can-bo.example.vn/quan-ly';
export const FEEDBACK_SECRET = 'test-feedback-secret-0123456789';
export const AGENCY = DEMO_AGENCIES.find((a) => a.id === 'ubnd-huu-lung')!;

/** The council, the agency and the field the test petitions use. */
/**
 * A table of its own for one test file, with the reference data seeded: created before
 * its tests, dropped after them. Filled in by the beforeAll hook: use it in tests and hooks.
 */
export function useNotifierDatabase(prefix: string): TestDatabase {
  const t = {} as TestDatabase;
  beforeAll(async () => {
    Object.assign(t, await createTestDatabase(prefix));
    await seedReference(t.repos);
  });
  afterAll(() => t.drop?.());
  return t;
}

export async function seedReference(repos: Repositories): Promise<void> {
  await repos.reference.create('councils', DEMO_COUNCILS.find((c) => c.id === 'huu-lung')!);
  await repos.reference.create('agencies', AGENCY);
  await repos.reference.create('fields', DEMO_FIELDS.find((f) => f.id === 'an-toan-giao-thong')!);
}

export function contactOf(code: string, person: { name: string; email?: string }): SubmitterContact {
  return {
    code,
    name: person.name,
    ...(person.email ? { email: person.email } : {}),
    phone: '0912345678',
    address: 'Thôn Làng Ngõa, xã Vân Nham',
    communeId: 'van-nham',
  };
}

export function eventOf(
  code: string,
  type: TimelineEvent['type'],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id: randomUUID(),
    code,
    type,
    at: '2026-11-30T17:30:00.000Z',
    actor: { id: 'thu-ky', role: 'secretariat' },
    ...extra,
  };
}

let sequence = 1000;

/** The record Lambda delivers when an item is written (keys and images in DynamoDB JSON). */
export function streamRecordOf(
  item: Record<string, unknown>,
  eventName: StreamRecord['eventName'] = 'INSERT',
) {
  const image = marshall(item, { removeUndefinedValues: true }) as Record<string, AttributeValue>;
  return {
    eventID: randomUUID(),
    eventName,
    eventSource: 'aws:dynamodb',
    eventVersion: '1.1',
    awsRegion: 'ap-southeast-1',
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
      Keys: { pk: image.pk!, sk: image.sk! },
      NewImage: image,
      SequenceNumber: String(++sequence).padStart(21, '0'),
      SizeBytes: 100,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  } satisfies StreamRecord;
}

/** The record of a timeline event's insert, as the repository stores the event. */
export function eventRecord(event: TimelineEvent): StreamRecord {
  return streamRecordOf({
    pk: petitionKeys.pk(event.code),
    sk: petitionKeys.eventSk(event),
    entity: 'event',
    ...event,
  });
}

/** A sender over a (mocked) SES client that never really waits between retries. */
export function testSender() {
  return testEmailSender('HĐND huyện Hữu Lũng <thong-bao@hdnd.example.vn>', {
    configurationSet: 'notifications',
  });
}

/** The notifier as the tests run it: over `repos`, with the test sender and links; a test names what it varies. */
export function testNotifier(repos: Repositories, overrides: Partial<NotifierDependencies> = {}) {
  return createNotifier({
    repos,
    sender: testSender(),
    siteUrl: SITE_URL,
    consoleUrl: CONSOLE_URL,
    feedbackSecret: FEEDBACK_SECRET,
    leaseSeconds: 120,
    ...overrides,
  });
}

/** What the notifier recorded of one event's delivery to one recipient (undefined before it tried). */
export async function deliveryRecord(
  t: TestDatabase,
  code: string,
  eventId: string,
  recipient = 'submitter',
) {
  const { Item } = await t.db.doc.send(
    new GetCommand({
      TableName: t.tableName,
      Key: { pk: petitionKeys.pk(code), sk: petitionKeys.notifiedSk(eventId, recipient) },
    }),
  );
  return Item;
}
