/**
 * A message that can never be sent (a stored text or address the SDK cannot serialise, a
 * rendering that throws) fails for good on its own delivery: one `failed` record, one
 * notify_failed event, no retries, and the records behind it in the batch go out at once.
 * The SES client here is the real SDK (its serialisers run) over an in-process HTTP
 * handler that answers like SES, so nothing leaves the process.
 */
import { SESClient } from '@aws-sdk/client-ses';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { createEmailSender, DEFAULT_RETRY_POLICY } from '../../functions/lib/email/index.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import {
  contactOf,
  eventOf,
  eventRecord,
  newPetition,
  deliveryRecord as recordOf,
  SITE_URL,
  testNotifier,
  useNotifierDatabase,
} from './fixtures.ts';

const t = useNotifierDatabase('poison');
/** The form-encoded bodies SES received, decoded. */
const requests: URLSearchParams[] = [];
const waits: number[] = [];

beforeEach(() => {
  requests.length = 0;
  waits.length = 0;
});

const SES_OK = `<SendEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendEmailResult><MessageId>m-ok</MessageId></SendEmailResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></SendEmailResponse>`;

function realSdkSender() {
  return createEmailSender({
    client: new SESClient({
      region: 'ap-southeast-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      maxAttempts: 1,
      requestHandler: {
        handle: async (request: { body?: unknown }) => {
          requests.push(new URLSearchParams(String(request.body ?? '')));
          return {
            response: {
              statusCode: 200,
              headers: { 'content-type': 'text/xml' },
              body: new TextEncoder().encode(SES_OK),
            },
          };
        },
      } as never,
    }),
    sender: 'HĐND huyện Hữu Lũng <thong-bao@hdnd.example.vn>',
    configurationSet: 'notifications',
    retry: {
      ...DEFAULT_RETRY_POLICY,
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
  });
}

const notifier = () => testNotifier(t.repos, { sender: realSdkSender(), consoleUrl: SITE_URL });

/** Stored as old data could hold it: straight into the table, past any input check. */
async function storedPetition(petition: Petition, email: string) {
  const contact = contactOf(petition.code, { name: 'Hoàng Văn Minh', email });
  for (const item of [
    { pk: petitionKeys.pk(petition.code), sk: petitionKeys.petitionSk, entity: 'petition', ...petition },
    { pk: petitionKeys.pk(petition.code), sk: petitionKeys.contactSk, entity: 'contact', ...contact },
  ]) {
    await t.db.doc.send(new PutCommand({ TableName: t.tableName, Item: item }));
  }
  return petition;
}

const deliveryRecord = (code: string, eventId: string) => recordOf(t, code, eventId);

async function notifyFailedEvents(code: string) {
  const record = await t.repos.petitions.getWithContact(code);
  return record!.events.filter((e) => e.type === 'notify_failed');
}

describe('a message that cannot be sent', () => {
  it('still goes out when a stored title holds a lone surrogate, with the bad unit replaced', async () => {
    const petition = await storedPetition(
      newPetition({ title: 'Đèn đường hỏng \ud83d ở thôn Làng Ngõa' }),
      'minh@example.com',
    );
    const received = eventOf(petition.code, 'received');

    const result = await notifier()({ Records: [eventRecord(received)] });

    expect(result.batchItemFailures).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.get('Message.Body.Text.Data')).toContain('Đèn đường hỏng \ufffd ở thôn Làng Ngõa');
    expect(await deliveryRecord(petition.code, received.id)).toMatchObject({ state: 'sent' });
  });

  it('fails for good on its own when the SDK cannot serialise it, and the next record is sent at once', async () => {
    // An address no check ever saw (old data): it cannot be repaired, only refused.
    const poison = await storedPetition(newPetition(), 'minh\ud83d@example.com');
    const next = await storedPetition(newPetition(), 'thu@example.com');
    const poisonEvent = eventOf(poison.code, 'received');
    const nextEvent = eventOf(next.code, 'received');
    const handle = notifier();

    const started = Date.now();
    const result = await handle({ Records: [eventRecord(poisonEvent), eventRecord(nextEvent)] });
    const redelivered = await handle({ Records: [eventRecord(poisonEvent)] });

    expect(result.batchItemFailures).toEqual([]);
    expect(redelivered.batchItemFailures).toEqual([]);
    expect(waits).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
    // One request, carrying nothing of the refused one (the SDK's query serialiser keeps
    // what it wrote before a throw and prepends it to the next request on the same client).
    expect(requests).toHaveLength(1);
    expect(requests[0]!.getAll('Destination.ToAddresses.member.1')).toEqual(['thu@example.com']);
    expect(requests[0]!.getAll('Source')).toHaveLength(1);
    expect(await deliveryRecord(poison.code, poisonEvent.id)).toMatchObject({
      state: 'failed',
      failure: 'malformed_message',
    });
    const failures = await notifyFailedEvents(poison.code);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ reason: 'malformed_message', actor: { role: 'system' } });
    expect(await deliveryRecord(next.code, nextEvent.id)).toMatchObject({ state: 'sent' });
  });

  it('fails for good on its own when its email cannot be rendered', async () => {
    // A date no formatter accepts: rendering throws RangeError, and would again on every retry.
    const petition = await storedPetition(newPetition(), 'minh@example.com');
    const received = { ...eventOf(petition.code, 'received'), at: '2026-13-45T99:00:00.000Z' };

    const result = await notifier()({ Records: [eventRecord(received)] });

    expect(result.batchItemFailures).toEqual([]);
    expect(requests).toHaveLength(0);
    expect(await deliveryRecord(petition.code, received.id)).toMatchObject({
      state: 'failed',
      failure: 'unrenderable_message',
    });
    expect(await notifyFailedEvents(petition.code)).toHaveLength(1);
  });
});
