/**
 * What the site tests add to the demo data before the build: a published petition and a
 * published meeting whose every text is markup or script, and whose submitter has personal
 * data of their own, so the tests can look for both in everything the site shows.
 */
import type { Repositories } from '../../../functions/lib/data/index.ts';
import type { Meeting, Petition, SubmitterContact, TimelineEvent } from '../../../shared/schemas/index.ts';
import { completeTrackingCode } from '../../../shared/tracking-code.ts';

/** A step the citizen took on petition `code`: submitting it, or reopening it. */
const byCitizen = (
  id: string,
  code: string,
  type: 'received' | 'reopened',
  at: string,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({ id, code, type, at, actor: { id: 'citizen', role: 'citizen' }, ...extra });

export const MARKUP = {
  title: '<script>window.__pwned = 1</script><b>Đèn đường</b> hỏng',
  content: 'Đèn đường thôn Làng Ngõa hỏng <img src=x onerror="window.__pwned=1"> đã hai tháng, đề nghị sửa.',
  answer: 'Đã thay bóng đèn <iframe src="javascript:window.__pwned=1"></iframe> ngày hôm qua.',
  meetingTitle: 'Gặp cử tri <svg onload="window.__pwned=1"> thôn Làng Ngõa',
  agenda: '<a href="javascript:window.__pwned=1">Bấm vào đây</a>',
};

/** The raw markup that must never reach a page as markup. */
export const MARKUP_NEEDLES = [
  '<script>window.__pwned',
  '<b>Đèn đường</b>',
  '<img src=x onerror',
  '<iframe src="javascript:',
  '<svg onload=',
  '<a href="javascript:',
];

export const MARKUP_CODE = completeTrackingCode('MRK2A3B4C5D');
/** A published petition answered on time whose submitter was not satisfied: in progress again. */
export const REOPENED_CODE = completeTrackingCode('REP2A3B4C5D');
export const REOPENED_TITLE = 'Cống thoát nước thôn Làng Ngõa vẫn tắc sau khi sửa';
export const MARKUP_MEETING_ID = 'hl-gap-cu-tri-lang-ngoa';
/** Where the markup meeting's venue is: its page links a map at this point. */
export const MARKUP_VENUE_COORDINATES = { latitude: 21.6123, longitude: 106.3456 };

export const EXTRA_CONTACT: Omit<SubmitterContact, 'code'> = {
  name: 'Đinh Thị Thử Nghiệm',
  email: 'dinh.thunghiem@example.com',
  phone: '0911222333',
  address: 'Số 7, thôn Làng Ngõa, xã Vân Nham',
  communeId: 'van-nham',
};

export async function addMarkupFixtures(repos: Repositories, now = new Date()): Promise<void> {
  const day = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  const meeting: Meeting = {
    id: MARKUP_MEETING_ID,
    councilId: 'huu-lung',
    kind: 'ad_hoc',
    title: MARKUP.meetingTitle,
    groupId: 'to-huu-lung-dv6',
    delegateIds: ['to-huu-lung-dv6-db2'],
    communeIds: ['van-nham'],
    venue: {
      name: 'Nhà văn hóa <i>thôn</i>',
      address: 'Xã Vân Nham, huyện Hữu Lũng',
      coordinates: MARKUP_VENUE_COORDINATES,
    },
    startsAt: day(-20),
    endsAt: new Date(Date.parse(day(-20)) + 2 * 3600_000).toISOString(),
    agenda: MARKUP.agenda,
    invitedBodies: [],
    status: 'held',
    published: true,
    sequence: 0,
    createdAt: day(-30),
    updatedAt: day(-20),
  };
  await repos.meetings.create(meeting);
  const petition: Petition = {
    code: MARKUP_CODE,
    councilId: 'huu-lung',
    channel: 'meeting',
    meetingId: MARKUP_MEETING_ID,
    status: 'answered',
    fieldId: 'ha-tang-do-thi',
    localityId: 'van-nham',
    communeId: 'van-nham',
    title: MARKUP.title,
    content: MARKUP.content,
    consentToPublish: true,
    agencyId: 'ubnd-van-nham',
    receivedAt: day(-20),
    routedAt: day(-19),
    deadline: day(11),
    answer: {
      text: MARKUP.answer,
      documentNumber: '12/UBND',
      documentDate: day(-2).slice(0, 10),
      result: 'resolved',
      answeredAt: day(-2),
      agencyId: 'ubnd-van-nham',
    },
    answeredAt: day(-2),
    publishedAt: day(-1),
    voterCount: 1,
    version: 1,
    updatedAt: day(-1),
  };
  await repos.petitions.create({
    petition,
    contact: { code: MARKUP_CODE, ...EXTRA_CONTACT },
    events: [byCitizen('markup-1', MARKUP_CODE, 'received', day(-20))],
  });
  const { meetingId: _raisedAt, ...online } = petition;
  await repos.petitions.create({
    petition: {
      ...online,
      code: REOPENED_CODE,
      channel: 'online',
      title: REOPENED_TITLE,
      content: 'Cống thoát nước đầu thôn Làng Ngõa đã được nạo vét nhưng sau một trận mưa lại tắc như cũ.',
      status: 'in_progress',
      unsatisfied: true,
      receivedAt: day(-50),
      routedAt: day(-49),
      // The reopening's deadline; the earlier answer (day -30) was within the first one.
      deadline: day(25),
      answer: { ...petition.answer!, text: 'Đã nạo vét cống thoát nước.', answeredAt: day(-30) },
      answeredAt: day(-30),
      publishedAt: day(-29),
      updatedAt: day(-5),
    },
    contact: { code: REOPENED_CODE, ...EXTRA_CONTACT },
    events: [
      byCitizen('reopened-1', REOPENED_CODE, 'received', day(-50)),
      byCitizen('reopened-2', REOPENED_CODE, 'reopened', day(-5), { deadline: day(25) }),
    ],
  });
}
