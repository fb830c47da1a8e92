import { SendEmailCommand } from '@aws-sdk/client-ses';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Petition, StoredSupporter } from '../../shared/schemas/index.ts';
import {
  AGENCY,
  contactOf,
  deliveryRecord,
  eventOf,
  eventRecord,
  newPetition,
  testNotifier,
  useNotifierDatabase,
} from '../notifier/fixtures.ts';
import { useSesMock } from '../support/ses-mock.ts';

const ses = useSesMock();
const t = useNotifierDatabase('supporter-notices');
beforeEach(() => {
  ses.reset();
  ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
});

const notifier = () => testNotifier(t.repos, { recipients: { salt: 'test-recipient-salt', maxPerDay: 20 } });

const sentTo = () =>
  ses
    .commandCalls(SendEmailCommand)
    .map((c) => c.args[0].input.Destination?.ToAddresses?.[0])
    .filter((to) => to !== AGENCY.email)
    .sort();

const supporter = (code: string, id: string, extra: Partial<StoredSupporter>): StoredSupporter => ({
  code,
  supporterId: id,
  communeId: 'van-nham',
  supportedAt: '2026-11-30T10:00:00.000Z',
  noticeVersion: '2026-01',
  ...extra,
});

async function petitionWithSupporters(overrides: Partial<Petition> = {}) {
  let petition = newPetition(overrides);
  await t.repos.petitions.create({
    petition,
    contact: contactOf(petition.code, { name: 'Hoàng Văn Minh', email: 'submitter@example.com' }),
    events: [],
  });
  const now = new Date('2026-11-30T10:00:00.000Z');
  for (const s of [
    supporter(petition.code, 'a', { email: 'supporter.a@example.com' }),
    supporter(petition.code, 'b', { phone: '0243 826 1234' }), // a landline: no text, no email
    supporter(petition.code, 'late', { email: 'late@example.com', supportedAt: '2026-12-01T00:00:00.000Z' }),
  ]) {
    await t.repos.supporters.add(petition, s, [], now);
    petition = (await t.repos.petitions.get(petition.code))!;
  }
  return petition;
}

describe('supporters are told about the petition they support', () => {
  it('on routing: each supporter who joined before, once, with a delivery record of their own', async () => {
    const petition = await petitionWithSupporters();
    expect(petition.voterCount).toBe(4);
    const routed = eventOf(petition.code, 'routed', { agencyId: AGENCY.id });
    const handle = notifier();
    await handle({ Records: [eventRecord(routed)] });
    await handle({ Records: [eventRecord(routed)] }); // redelivered: nothing twice
    expect(sentTo()).toEqual(['submitter@example.com', 'supporter.a@example.com']);
    expect(await deliveryRecord(t, petition.code, routed.id, 'supporter#a')).toMatchObject({ state: 'sent' });
  });

  it('not about the receipt, which was before they joined', async () => {
    const petition = await petitionWithSupporters();
    await notifier()({ Records: [eventRecord(eventOf(petition.code, 'received'))] });
    expect(sentTo()).toEqual(['submitter@example.com']);
  });

  it('on the answer, without the submitter\'s private "not satisfied" link', async () => {
    const answeredAt = '2026-11-30T17:30:00.000Z';
    const petition = await petitionWithSupporters({
      status: 'answered',
      answeredAt,
      answer: {
        text: 'UBND huyện đã bố trí kinh phí sửa chữa trong quý I.',
        documentNumber: '245/UBND-KT',
        documentDate: '2026-11-30',
        result: 'resolved',
        answeredAt,
        agencyId: AGENCY.id,
      },
    });
    await notifier()({ Records: [eventRecord(eventOf(petition.code, 'answered'))] });
    expect(sentTo()).toEqual(['submitter@example.com', 'supporter.a@example.com']);
    const bodyTo = (to: string) =>
      JSON.stringify(
        ses.commandCalls(SendEmailCommand).find((c) => c.args[0].input.Destination?.ToAddresses?.[0] === to)!
          .args[0].input.Message,
      );
    expect(bodyTo('submitter@example.com')).toContain('phan-hoi');
    expect(bodyTo('supporter.a@example.com')).not.toContain('phan-hoi');
    expect(bodyTo('supporter.a@example.com')).not.toContain('Hoàng Văn Minh');
  });

  it("no longer once the retention of the petition's contacts has ended", async () => {
    const petition = await petitionWithSupporters({ contactExpiresAt: '2026-01-01T00:00:00.000Z' });
    await notifier()({ Records: [eventRecord(eventOf(petition.code, 'rejected', { reason: 'Trùng' }))] });
    expect(sentTo()).not.toContain('supporter.a@example.com');
  });
});
