/**
 * SES's bounce and complaint events (from the configuration set's SNS topic) become
 * suppression items keyed by a salted hash of the address: a permanent bounce or a
 * complaint suppresses it for a year, a transient bounce does not, and nothing stored
 * holds the address.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailFeedbackHandler, type SnsEvent } from '../../functions/email-feedback/feedback.ts';
import { recipientHash } from '../../functions/lib/data/recipient-repository.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const SALT = 'test-recipient-salt-0123456789';
const NOW = new Date('2026-12-01T08:00:00.000Z');
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase('feedback');
});
afterAll(async () => t.drop());

const handler = () =>
  createEmailFeedbackHandler({ recipients: t.repos.recipients, salt: SALT, now: () => NOW });

/** One SNS delivery, as Lambda hands it over, of the given SES event. */
function snsEvent(...messages: unknown[]): SnsEvent {
  return {
    Records: messages.map((message, i) => ({
      EventSource: 'aws:sns',
      Sns: {
        MessageId: `sns-${i}`,
        Message: typeof message === 'string' ? message : JSON.stringify(message),
      },
    })),
  };
}

const bounce = (bounceType: string, ...addresses: string[]) => ({
  eventType: 'Bounce',
  bounce: {
    bounceType,
    bounceSubType: bounceType === 'Permanent' ? 'General' : 'MailboxFull',
    bouncedRecipients: addresses.map((emailAddress) => ({ emailAddress })),
    timestamp: NOW.toISOString(),
  },
  mail: { destination: addresses },
});

const complaint = (...addresses: string[]) => ({
  eventType: 'Complaint',
  complaint: {
    complainedRecipients: addresses.map((emailAddress) => ({ emailAddress })),
    timestamp: NOW.toISOString(),
  },
  mail: { destination: addresses },
});

async function allItems() {
  const { Items = [] } = await t.db.doc.send(new ScanCommand({ TableName: t.tableName }));
  return Items;
}

describe('email feedback', () => {
  it('suppresses an address that bounced for good, for about a year, under a hashed key', async () => {
    await handler()(snsEvent(bounce('Permanent', 'Gone.Away@Example.com')));

    const suppression = await t.repos.recipients.suppression(recipientHash('gone.away@example.com', SALT));
    expect(suppression).toMatchObject({ reason: 'bounce' });
    const items = await allItems();
    expect(JSON.stringify(items).toLowerCase()).not.toContain('gone.away');
    const item = items.find((i) => String(i.pk).includes(recipientHash('gone.away@example.com', SALT)))!;
    const days = (Number(item.expiresAt) - NOW.getTime() / 1000) / 86_400;
    expect(days).toBeGreaterThanOrEqual(364);
    expect(days).toBeLessThanOrEqual(367);
  });

  it('suppresses every address that complained, in the identity-notification form too', async () => {
    await handler()(
      snsEvent(complaint('a@example.com'), {
        ...complaint('b@example.com'),
        eventType: undefined,
        notificationType: 'Complaint',
      }),
    );
    for (const address of ['a@example.com', 'b@example.com'])
      expect(await t.repos.recipients.suppression(recipientHash(address, SALT))).toMatchObject({
        reason: 'complaint',
      });
  });

  it('leaves an address that bounced only for now (a full mailbox) alone', async () => {
    await handler()(snsEvent(bounce('Transient', 'full@example.com')));
    expect(await t.repos.recipients.suppression(recipientHash('full@example.com', SALT))).toBeUndefined();
  });

  it('skips a message that is not an SES event without failing the others', async () => {
    await expect(
      handler()(snsEvent('not json', { eventType: 'Delivery' }, bounce('Permanent', 'later@example.com'))),
    ).resolves.toBeUndefined();
    expect(await t.repos.recipients.suppression(recipientHash('later@example.com', SALT))).toMatchObject({
      reason: 'bounce',
    });
  });
});
