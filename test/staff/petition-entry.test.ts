/**
 * The secretariat enters petitions it received on paper, by phone, at a reception or at a
 * meeting: the same records as an online submission (contact kept apart, routing at
 * receipt), with the channel and the member of staff on the "received" event.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/messages/index.ts';
import type { Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { AT_VAN_NHAM, SUBMISSION, USERS } from './routes.ts';
import { useStaffTestbed } from './support.ts';

const bed = useStaffTestbed();

const view = async (code: string) =>
  (await (await bed.call('GET', `/v1/petitions/${code}`, { as: USERS.admin })).json()) as {
    petition: Petition;
    timeline: TimelineEvent[];
    contact: { name: string; phone: string };
  };

describe('petitions entered by the secretariat', () => {
  it('one petition by post: 201 with a code; the channel, the contact and who entered it are kept', async () => {
    const response = await bed.call('POST', '/v1/councils/huu-lung/petitions', {
      as: USERS.secretariatOwn,
      body: { ...SUBMISSION, channel: 'post' },
    });
    expect(response.status).toBe(201);
    const { code } = (await response.json()) as { code: string };
    const { petition, timeline, contact } = await view(parseTrackingCode(code));
    expect(petition).toMatchObject({
      councilId: 'huu-lung',
      channel: 'post',
      status: 'received',
      communeId: 'minh-tien',
      // The competence matrix proposed the body, as for an online petition.
      proposedAgencyId: 'ubnd-huu-lung',
    });
    expect(contact).toMatchObject({ name: 'Hoàng Văn Nam', phone: '0987111222' });
    expect(timeline[0]).toMatchObject({
      type: 'received',
      actor: { id: USERS.secretariatOwn, role: 'secretariat', name: 'Nguyễn Thị Thu' },
    });
    const queue = await bed.call('GET', '/v1/councils/huu-lung/petitions?limit=100', {
      as: USERS.secretariatOwn,
    });
    expect(((await queue.json()) as { items: Petition[] }).items.map((p) => p.code)).toContain(petition.code);
  });

  it('many petitions raised at one held meeting: all entered with the meeting, listed under it', async () => {
    const meetingId = 'hl-txct-sau-kh11-van-nham';
    const petitions = [
      AT_VAN_NHAM,
      { ...AT_VAN_NHAM, title: 'Nạo vét kênh mương nội đồng thôn Làng Ngõa', fieldId: 'nong-thon-moi' },
      { ...AT_VAN_NHAM, title: 'Hỗ trợ hộ nghèo sửa chữa nhà ở', fieldId: 'an-sinh-xa-hoi' },
    ];
    const response = await bed.call('POST', '/v1/councils/huu-lung/petitions/batch', {
      as: USERS.secretariatOwn,
      body: { meetingId, petitions },
    });
    expect(response.status).toBe(201);
    const { codes } = (await response.json()) as { codes: string[] };
    expect(codes).toHaveLength(3);
    const listed = await bed.database.repos.petitions.listByMeeting(meetingId, { limit: 100 });
    const entered = listed.items.filter((p) => codes.map(parseTrackingCode).includes(p.code));
    expect(entered).toHaveLength(3);
    expect(entered.every((p) => p.channel === 'meeting' && p.meetingId === meetingId)).toBe(true);
  });

  it('a batch with one bad entry names it and writes none of them', async () => {
    const before = await bed.snapshot();
    const response = await bed.call('POST', '/v1/councils/huu-lung/petitions/batch', {
      as: USERS.secretariatOwn,
      body: {
        meetingId: 'hl-txct-sau-kh11-van-nham',
        petitions: [AT_VAN_NHAM, { ...AT_VAN_NHAM, localityId: 'khong-co' }],
      },
    });
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as { fields: object }).fields)).toEqual([
      'petitions.1.localityId',
    ]);
    expect(await bed.snapshot()).toBe(before);
  });

  it('a petition about a commune the meeting did not cover is refused on meetingId, one or in a batch', async () => {
    const before = await bed.snapshot();
    const one = await bed.call('POST', '/v1/councils/huu-lung/petitions', {
      as: USERS.secretariatOwn,
      body: { ...SUBMISSION, channel: 'meeting', meetingId: 'hl-txct-sau-kh11-van-nham' },
    });
    expect(one.status).toBe(400);
    expect(((await one.json()) as { fields: Record<string, string> }).fields).toEqual({
      meetingId: translate('vi', 'field.meetingElsewhere'),
    });
    const batch = await bed.call('POST', '/v1/councils/huu-lung/petitions/batch', {
      as: USERS.secretariatOwn,
      body: { meetingId: 'hl-txct-sau-kh11-van-nham', petitions: [AT_VAN_NHAM, SUBMISSION] },
    });
    expect(batch.status).toBe(400);
    expect(Object.keys(((await batch.json()) as { fields: object }).fields)).toEqual([
      'petitions.1.meetingId',
    ]);
    expect(await bed.snapshot()).toBe(before);
  });

  it("another council's meeting, or a cancelled one, is refused", async () => {
    for (const [councilId, meetingId, as] of [
      ['huu-lung', 'sd-doi-thoai-q3', USERS.secretariatOwn],
      ['son-dong', 'sd-tiep-cong-dan-an-ba', USERS.secretariatOther],
    ] as const) {
      const response = await bed.call('POST', `/v1/councils/${councilId}/petitions`, {
        as,
        body: { ...SUBMISSION, channel: 'meeting', meetingId },
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { fields: Record<string, string> }).fields.meetingId).toBeDefined();
    }
  });
});
