/**
 * The notifier mails an address a bounded number of times a day across all petitions,
 * and never an address SES reported as bounced for good or complained: either is written
 * off once as that delivery's notify_failed, never retried.
 */
import { SESServiceException, SendEmailCommand } from '@aws-sdk/client-ses';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmailFeedbackHandler } from '../../functions/email-feedback/feedback.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { useSesMock } from '../support/ses-mock.ts';
import {
  AGENCY,
  contactOf,
  eventOf,
  eventRecord,
  newPetition,
  deliveryRecord as recordOf,
  SITE_URL,
  testNotifier,
  useNotifierDatabase,
} from './fixtures.ts';

const SALT = 'test-recipient-salt-0123456789';
const ses = useSesMock();
const t = useNotifierDatabase('recipients');
let clock = new Date('2026-12-01T02:00:00.000Z');

beforeEach(() => {
  ses.reset();
  ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
});

const notifier = (maxPerDay = 3) =>
  testNotifier(t.repos, { consoleUrl: SITE_URL, recipients: { salt: SALT, maxPerDay }, now: () => clock });

async function petitionOf(email: string, overrides: Partial<Petition> = {}) {
  const petition = newPetition(overrides);
  await t.repos.petitions.create({
    petition,
    contact: contactOf(petition.code, { name: 'Hoàng Văn Minh', email }),
    events: [],
  });
  return { petition, received: eventOf(petition.code, 'received') };
}

const deliveryRecord = (code: string, eventId: string, recipient?: string) =>
  recordOf(t, code, eventId, recipient);

const notifyFailed = async (code: string) =>
  (await t.repos.petitions.getWithContact(code))!.events.filter((e) => e.type === 'notify_failed');

describe('emails per recipient address', () => {
  it('refuses the one past the daily limit as recipient_limit, once, across petitions and letter case', async () => {
    const handle = notifier(3);
    const sent = [];
    for (const email of ['limit@example.com', 'Limit@Example.com', 'limit@example.com ']) {
      sent.push(await petitionOf(email));
    }
    const over = await petitionOf('LIMIT@example.com');
    const result = await handle({ Records: [...sent, over].map((p) => eventRecord(p.received)) });
    const redelivered = await handle({ Records: [eventRecord(over.received)] });

    expect(result.batchItemFailures).toEqual([]);
    expect(redelivered.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(3);
    expect(await deliveryRecord(over.petition.code, over.received.id)).toMatchObject({
      state: 'failed',
      failure: 'recipient_limit',
    });
    const failures = await notifyFailed(over.petition.code);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ reason: 'recipient_limit' });
  });

  it('counts each Vietnam day afresh', async () => {
    clock = new Date('2026-12-02T02:00:00.000Z');
    const handle = notifier(1);
    const first = await petitionOf('daily@example.com');
    const second = await petitionOf('daily@example.com');
    await handle({ Records: [eventRecord(first.received), eventRecord(second.received)] });
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);

    clock = new Date('2026-12-02T17:30:00.000Z'); // 00:30 on 3 December in Vietnam
    const third = await petitionOf('daily@example.com');
    await handle({ Records: [eventRecord(third.received)] });
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(2);
  });

  it('gives the count back when SES only throttled, so the retry is not refused', async () => {
    ses.reset();
    ses.on(SendEmailCommand).rejects(
      new SESServiceException({
        name: 'Throttling',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'Maximum sending rate exceeded.',
      }),
    );
    const handle = notifier(1);
    const { petition, received } = await petitionOf('throttled@example.com');
    const first = await handle({ Records: [eventRecord(received)] });
    expect(first.batchItemFailures).toHaveLength(1);

    ses.reset();
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-2' });
    const retried = await handle({ Records: [eventRecord(received)] });
    expect(retried.batchItemFailures).toEqual([]);
    expect(await deliveryRecord(petition.code, received.id)).toMatchObject({ state: 'sent' });
  });

  it("does not count an agency's official mailbox, which receives every assignment", async () => {
    const handle = notifier(1);
    for (let i = 0; i < 3; i++) {
      const petition = newPetition({ status: 'routed', agencyId: AGENCY.id });
      await t.repos.petitions.create({
        petition,
        contact: contactOf(petition.code, { name: 'Hoàng Văn Minh' }),
        events: [],
      });
      await handle({ Records: [eventRecord(eventOf(petition.code, 'routed', { agencyId: AGENCY.id }))] });
    }
    const toAgency = ses
      .commandCalls(SendEmailCommand)
      .filter((c) => c.args[0].input.Destination?.ToAddresses?.[0] === AGENCY.email);
    expect(toAgency).toHaveLength(3);
  });

  it('keeps no readable address in what it counts', async () => {
    const { Items = [] } = await t.db.doc.send(new ScanCommand({ TableName: t.tableName }));
    const counters = Items.filter((i) => !String(i.pk).startsWith('PETITION#') && i.pk !== 'REFERENCE');
    expect(counters.length).toBeGreaterThan(0);
    expect(JSON.stringify(counters).toLowerCase()).not.toMatch(/example\.com|limit@|daily@/);
  });
});

describe('suppressed addresses', () => {
  it('sends nothing to an address SES reported as bounced for good: recipient_suppressed', async () => {
    await createEmailFeedbackHandler({ recipients: t.repos.recipients, salt: SALT })({
      Records: [
        {
          EventSource: 'aws:sns',
          Sns: {
            MessageId: 'sns-1',
            Message: JSON.stringify({
              eventType: 'Bounce',
              bounce: {
                bounceType: 'Permanent',
                bouncedRecipients: [{ emailAddress: 'bounced@example.com' }],
              },
            }),
          },
        },
      ],
    });
    const { petition, received } = await petitionOf('Bounced@example.com');

    const result = await notifier()({ Records: [eventRecord(received)] });

    expect(result.batchItemFailures).toEqual([]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
    expect(await deliveryRecord(petition.code, received.id)).toMatchObject({
      state: 'failed',
      failure: 'recipient_suppressed',
    });
    expect(await notifyFailed(petition.code)).toHaveLength(1);
  });
});
