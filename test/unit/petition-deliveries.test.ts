import { describe, expect, it } from 'vitest';
import { deliveriesOf, deliveryOf } from '../../functions/lib/data/petition-deliveries.ts';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';

const record = (recipientKey: string, fields: Record<string, unknown>) => ({
  pk: petitionKeys.pk('ABC'),
  sk: petitionKeys.notifiedSk('e1', recipientKey),
  entity: 'notification',
  code: 'ABC',
  eventId: 'e1',
  eventType: 'routed',
  recipient: 'submitter',
  claimId: 'claim-1',
  attempts: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

describe('delivery records as staff read them', () => {
  it('a record written before SMS and Zalo (no channel attribute) reads as an email', () => {
    const d = deliveryOf(record('submitter', { state: 'sent', sentAt: '2026-01-01T00:01:00.000Z' }));
    expect(d).toEqual({
      eventId: 'e1',
      eventType: 'routed',
      recipient: 'submitter',
      channel: 'email',
      status: 'sent',
      at: '2026-01-01T00:01:00.000Z',
    });
  });

  it('keeps only the allowed fields: no message id, claim, lease or any attribute added later', () => {
    const d = deliveryOf(
      record('submitter#sms', {
        channel: 'sms',
        state: 'failed',
        failure: 'invalid_number',
        failedAt: '2026-01-01T00:02:00.000Z',
        messageId: 'm-1',
        leaseUntil: '2026-01-01T00:05:00.000Z',
        to: '+84912345678',
      }),
    );
    expect(d).toEqual({
      eventId: 'e1',
      eventType: 'routed',
      recipient: 'submitter',
      channel: 'sms',
      status: 'failed',
      reason: 'invalid_number',
      at: '2026-01-01T00:02:00.000Z',
    });
  });

  it('skips the partition’s other items and records it does not understand', () => {
    const items = [
      { pk: petitionKeys.pk('ABC'), sk: petitionKeys.contactSk, email: 'a@example.com' },
      { pk: petitionKeys.pk('ABC'), sk: petitionKeys.reminderSk('due', '2026-02-01'), state: 'sent' },
      record('submitter#fax', { channel: 'fax', state: 'sent' }),
      record('submitter', { state: 'queued' }),
    ];
    expect(deliveriesOf(items, () => undefined)).toEqual([]);
  });

  it('orders by the event’s time on the timeline, then recipient, then email, SMS, Zalo', () => {
    const late = (key: string, fields: Record<string, unknown>) =>
      record(key, { eventId: 'e2', state: 'sending', ...fields });
    const items = [
      late('submitter#zalo', { channel: 'zalo' }),
      record('submitter#zalo', { channel: 'zalo', state: 'sending' }),
      late('submitter', {}),
      record('submitter', { state: 'sending' }),
      record('agency#x', { recipient: 'agency#x', state: 'sending' }),
    ];
    const eventAt = (id: string) => ({ e1: '2026-01-01T00:00:00Z', e2: '2026-01-02T00:00:00Z' })[id];
    expect(deliveriesOf(items, eventAt).map((d) => `${d.eventId} ${d.recipient} ${d.channel}`)).toEqual([
      'e1 agency#x email',
      'e1 submitter email',
      'e1 submitter zalo',
      'e2 submitter email',
      'e2 submitter zalo',
    ]);
  });
});
