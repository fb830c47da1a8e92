/**
 * The staff petition view's deliveries: per (event, recipient, channel), what the notifier's
 * records say (sent, failed and why, still sending) and when, for the secretariat and the
 * assigned agency; never for a delegate, and never an address or a number.
 */
import { describe, expect, it } from 'vitest';
import { DeliveryRecords, type DeliveryTarget } from '../../functions/notifier/delivery-records.ts';
import type { NotifyChannel } from '../../shared/notify-channels.ts';
import type { TimelineEvent } from '../../shared/schemas/index.ts';
import { USERS } from './routes.ts';
import { makePetition, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed({ meetings: false });

interface Delivery {
  eventId: string;
  eventType: string;
  recipient: string;
  channel: NotifyChannel;
  status: 'sent' | 'failed' | 'sending';
  reason?: string;
  at: string;
}

const at = (minutes: number) => new Date(bed.now.getTime() - minutes * 60_000);

/** The routed notice to the submitter: email sent, SMS refused for good, Zalo still in flight. */
async function notifierRan(code: string): Promise<void> {
  const { db, repos } = bed.database;
  const records = new DeliveryRecords(db, repos.petitions, { leaseSeconds: 300 });
  const target = (channel?: NotifyChannel): DeliveryTarget => ({
    petitionCode: code,
    eventId: `1-${code}`,
    eventType: 'received',
    recipient: 'submitter',
    ...(channel ? { channel } : {}),
  });
  const email = await records.claim(target(), at(30));
  if (email.outcome !== 'claimed') throw new Error('email not claimed');
  await records.markSent(target(), email.claimId, 'ses-message-1', at(29));

  const sms = await records.claim(target('sms'), at(28));
  if (sms.outcome !== 'claimed') throw new Error('sms not claimed');
  const failure: TimelineEvent = {
    id: `notify-failed-${code}`,
    code,
    type: 'notify_failed',
    at: at(27).toISOString(),
    actor: { id: 'notifier', role: 'system' },
    reason: 'invalid_number',
    note: 'received → submitter · sms',
  };
  await records.markFailed(target('sms'), sms.claimId, failure, at(27));

  await records.claim(target('zalo'), at(26));
}

const viewAs = async (code: string, as: string) => {
  const response = await bed.call('GET', `/v1/petitions/${code}`, { as });
  expect(response.status).toBe(200);
  return {
    text: await response.clone().text(),
    body: (await response.json()) as { deliveries?: Delivery[] },
  };
};

describe('deliveries on the staff petition view', () => {
  it('the secretariat sees each channel of each notice: sent, failed with the reason, sending, and when', async () => {
    const { code } = await makePetition(bed, 'routed');
    await notifierRan(code);
    const { body } = await viewAs(code, USERS.secretariatOwn);
    const notice = { eventId: `1-${code}`, eventType: 'received', recipient: 'submitter' };
    expect(body.deliveries).toEqual([
      { ...notice, channel: 'email', status: 'sent', at: at(29).toISOString() },
      { ...notice, channel: 'sms', status: 'failed', reason: 'invalid_number', at: at(27).toISOString() },
      { ...notice, channel: 'zalo', status: 'sending', at: at(26).toISOString() },
    ]);
  });

  it('the assigned agency and the admin see them too; a petition nobody was told about has none', async () => {
    const { code } = await makePetition(bed, 'routed');
    await notifierRan(code);
    for (const as of [USERS.agencyOwn, USERS.admin]) {
      const { body } = await viewAs(code, as);
      expect(body.deliveries?.map((d) => `${d.channel}:${d.status}`)).toEqual([
        'email:sent',
        'sms:failed',
        'zalo:sending',
      ]);
    }
    const quiet = await makePetition(bed, 'routed');
    expect((await viewAs(quiet.code, USERS.secretariatOwn)).body.deliveries).toEqual([]);
  });

  it('a delegate of the unit sees the petition without deliveries', async () => {
    const { code } = await makePetition(bed, 'routed');
    await notifierRan(code);
    const { body } = await viewAs(code, USERS.delegateOwn);
    expect(body).not.toHaveProperty('deliveries');
  });

  it('no delivery carries an address, a number, a message id, a claim or a lease', async () => {
    const { code } = await makePetition(bed, 'routed');
    await notifierRan(code);
    const { body } = await viewAs(code, USERS.secretariatOwn);
    expect(body.deliveries).toHaveLength(3);
    const deliveries = JSON.stringify(body.deliveries);
    for (const secret of ['binh.tran@example.com', '0912345678', '+84912345678', 'ses-message-1'])
      expect(deliveries).not.toContain(secret);
    for (const d of body.deliveries ?? [])
      expect(Object.keys(d).sort()).toEqual(
        [
          'at',
          'channel',
          'eventId',
          'eventType',
          'recipient',
          'status',
          ...(d.reason ? ['reason'] : []),
        ].sort(),
      );
  });
});
