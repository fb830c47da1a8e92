/**
 * Demo sessions, meetings and petitions, dated relative to `now` so that the local
 * stack always has upcoming meetings, overdue petitions and published results.
 * Submitters are invented people with example.com addresses.
 */
import type {
  Answer,
  CouncilSession,
  Meeting,
  Petition,
  SubmitterContact,
  TimelineEvent,
} from '../../../shared/schemas/index.ts';
import { deadlineAfter, vietnamDate } from '../../../shared/time.ts';
import { completeTrackingCode } from '../../../shared/tracking-code.ts';

const DAY = 86_400_000;

/** Fixed codes, so the README and tests can name a demo petition of each state. */
export const DEMO_CODES = {
  triage: completeTrackingCode('DEM2A7HX4KQ'),
  routed: completeTrackingCode('DEM3B8JY5MR'),
  overdue: completeTrackingCode('DEM4C9KA6NS'),
  answered: completeTrackingCode('DEM5D2MB7PT'),
  closed: completeTrackingCode('DEM6E3NC8QV'),
  rejected: completeTrackingCode('DEM7F4PD9RW'),
  merged: completeTrackingCode('DEM8G5QE2SX'),
  raisedAtMeeting: completeTrackingCode('DEM9H6RF3TY'),
} as const;

export interface DemoPetition {
  petition: Petition;
  contact: Omit<SubmitterContact, 'feedbackTokenHash'>;
  events: TimelineEvent[];
}

export interface DemoActivity {
  sessions: CouncilSession[];
  meetings: Meeting[];
  petitions: DemoPetition[];
}

/** A Vietnam wall-clock time `days` from `now`, at hh:mm. */
function at(now: Date, days: number, hhmm: string): string {
  const date = vietnamDate(new Date(now.getTime() + days * DAY));
  return new Date(`${date}T${hhmm}:00+07:00`).toISOString();
}

export function demoActivity(now: Date = new Date()): DemoActivity {
  const iso = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  /** Session `number` of a council, named after it ("huyện Hữu Lũng"), opening `opensInDays` from now. */
  const session = (
    councilId: string,
    number: number,
    council: string,
    opensInDays: number,
  ): CouncilSession => ({
    id: `${councilId}-kh${number}`,
    councilId,
    name: `Kỳ họp thứ ${number}, HĐND ${council}`,
    number,
    opensOn: vietnamDate(iso(opensInDays)),
  });
  const sessions: CouncilSession[] = [
    session('huu-lung', 12, 'huyện Hữu Lũng', 24),
    session('son-dong', 9, 'huyện Sơn Động', 30),
    session('luc-ngan', 10, 'huyện Lục Ngạn', 28),
    session('luc-ngan', 9, 'huyện Lục Ngạn', -45),
    session('hau-giang', 20, 'tỉnh Hậu Giang', 35),
  ];

  const meeting = (
    m: Partial<Meeting> &
      Pick<
        Meeting,
        'id' | 'councilId' | 'kind' | 'title' | 'communeIds' | 'venue' | 'startsAt' | 'endsAt' | 'status'
      >,
  ): Meeting => ({
    delegateIds: [],
    invitedBodies: [],
    published: true,
    sequence: 0,
    createdAt: iso(-90),
    updatedAt: iso(-1),
    ...m,
  });

  const meetings: Meeting[] = [
    meeting({
      id: 'hl-txct-truoc-kh12-minh-tien',
      councilId: 'huu-lung',
      sessionId: 'huu-lung-kh12',
      kind: 'before_session',
      title: 'Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Minh Tiến và xã Vân Nham',
      groupId: 'to-huu-lung-dv6',
      delegateIds: ['to-huu-lung-dv6-db1', 'to-huu-lung-dv6-db2'],
      communeIds: ['minh-tien', 'van-nham'],
      venue: {
        name: 'Nhà văn hóa xã Minh Tiến',
        address: 'Thôn Đồng Ván, xã Minh Tiến, huyện Hữu Lũng, tỉnh Lạng Sơn',
      },
      startsAt: at(now, 5, '08:00'),
      endsAt: at(now, 5, '11:00'),
      agenda:
        'Thông tin dự kiến nội dung, chương trình Kỳ họp thứ 12.\nCử tri phát biểu ý kiến, kiến nghị.\nĐại diện UBND huyện trả lời các ý kiến thuộc thẩm quyền.',
      invitedBodies: [
        'UBND huyện Hữu Lũng',
        'Ủy ban MTTQ Việt Nam huyện',
        'UBND xã Minh Tiến',
        'UBND xã Vân Nham',
      ],
      status: 'confirmed',
    }),
    meeting({
      id: 'hl-txct-truoc-kh12-thanh-son',
      councilId: 'huu-lung',
      sessionId: 'huu-lung-kh12',
      kind: 'before_session',
      title: 'Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Thanh Sơn',
      groupId: 'to-huu-lung-dv6',
      delegateIds: ['to-huu-lung-dv6-db3'],
      communeIds: ['thanh-son'],
      venue: { name: 'Hội trường UBND xã Thanh Sơn', address: 'Xã Thanh Sơn, huyện Hữu Lũng, tỉnh Lạng Sơn' },
      startsAt: at(now, 12, '14:00'),
      endsAt: at(now, 12, '16:30'),
      status: 'planned',
      // Planned 12 days before the session opens: later than the 15-day rule.
    }),
    meeting({
      id: 'hl-txct-sau-kh11-van-nham',
      councilId: 'huu-lung',
      kind: 'after_session',
      title: 'Tiếp xúc cử tri sau Kỳ họp thứ 11 tại xã Vân Nham',
      groupId: 'to-huu-lung-dv6',
      delegateIds: ['to-huu-lung-dv6-db1', 'to-huu-lung-dv6-db3'],
      communeIds: ['van-nham'],
      venue: { name: 'Nhà văn hóa thôn Làng Ngõa', address: 'Xã Vân Nham, huyện Hữu Lũng, tỉnh Lạng Sơn' },
      startsAt: at(now, -40, '08:00'),
      endsAt: at(now, -40, '11:00'),
      status: 'held',
      attendance: 86,
    }),
    meeting({
      id: 'sd-doi-thoai-q2',
      councilId: 'son-dong',
      kind: 'chair_dialogue',
      title: 'Chủ tịch HĐND huyện đối thoại với Nhân dân quý II',
      communeIds: ['an-chau', 'an-ba', 'vinh-an', 'le-vien'],
      venue: {
        name: 'Hội trường thị trấn An Châu',
        address: 'Thị trấn An Châu, huyện Sơn Động, tỉnh Bắc Giang',
      },
      startsAt: at(now, -120, '08:00'),
      endsAt: at(now, -120, '11:30'),
      status: 'held',
      attendance: 120,
    }),
    meeting({
      id: 'sd-doi-thoai-q3',
      councilId: 'son-dong',
      kind: 'chair_dialogue',
      title: 'Chủ tịch HĐND huyện đối thoại với Nhân dân quý III',
      communeIds: ['tay-yen-tu', 'yen-dinh', 'tuan-dao', 'thanh-luan'],
      venue: {
        name: 'Hội trường thị trấn Tây Yên Tử',
        address: 'Thị trấn Tây Yên Tử, huyện Sơn Động, tỉnh Bắc Giang',
      },
      startsAt: at(now, -30, '08:00'),
      endsAt: at(now, -30, '11:30'),
      status: 'held',
      attendance: 97,
    }),
    meeting({
      id: 'sd-tiep-cong-dan-an-ba',
      councilId: 'son-dong',
      kind: 'citizen_reception',
      title: 'Tiếp công dân định kỳ tại xã An Bá',
      communeIds: ['an-ba'],
      venue: { name: 'Trụ sở UBND xã An Bá', address: 'Xã An Bá, huyện Sơn Động, tỉnh Bắc Giang' },
      startsAt: at(now, 8, '08:00'),
      endsAt: at(now, 8, '11:00'),
      status: 'cancelled',
      statusReason: 'Trùng lịch làm việc của Đoàn giám sát; sẽ bố trí lại vào tháng sau.',
      sequence: 1,
    }),
    meeting({
      id: 'ln-txct-truoc-kh10-chu',
      councilId: 'luc-ngan',
      sessionId: 'luc-ngan-kh10',
      kind: 'before_session',
      title: 'Tiếp xúc cử tri trước Kỳ họp thứ 10 tại thị trấn Chũ và xã Nghĩa Hồ',
      groupId: 'to-luc-ngan-dv1',
      delegateIds: ['to-luc-ngan-dv1-db1', 'to-luc-ngan-dv1-db2'],
      communeIds: ['chu', 'nghia-ho'],
      venue: {
        name: 'Hội trường UBND thị trấn Chũ',
        address: 'Thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang',
      },
      startsAt: at(now, 7, '08:00'),
      endsAt: at(now, 7, '11:00'),
      status: 'confirmed',
    }),
    meeting({
      id: 'ln-txct-sau-kh9-phuong-son',
      councilId: 'luc-ngan',
      sessionId: 'luc-ngan-kh9',
      kind: 'after_session',
      title: 'Tiếp xúc cử tri sau Kỳ họp thứ 9 tại xã Phượng Sơn',
      groupId: 'to-luc-ngan-dv1',
      delegateIds: ['to-luc-ngan-dv1-db3'],
      communeIds: ['phuong-son'],
      venue: { name: 'Nhà văn hóa xã Phượng Sơn', address: 'Xã Phượng Sơn, huyện Lục Ngạn, tỉnh Bắc Giang' },
      startsAt: at(now, -35, '14:00'),
      endsAt: at(now, -35, '16:30'),
      status: 'held',
      attendance: 64,
      // The resolutions of the 9th session explained at this meeting (infra/local/demo/resolutions.ts).
      resolutionIds: ['luc-ngan-kh9-nq-3', 'luc-ngan-kh9-nq-5'],
    }),
    meeting({
      id: 'pl-tiep-cong-dan',
      councilId: 'phuc-loc',
      kind: 'citizen_reception',
      title: 'Tiếp công dân định kỳ của Thường trực HĐND xã Phúc Lộc',
      communeIds: ['phuc-loc'],
      venue: { name: 'Trụ sở HĐND – UBND xã Phúc Lộc', address: 'Xã Phúc Lộc, thành phố Hà Nội' },
      startsAt: at(now, 3, '08:00'),
      endsAt: at(now, 3, '11:00'),
      status: 'confirmed',
    }),
    meeting({
      id: 'hg-chuyen-de-giao-thong',
      councilId: 'hau-giang',
      sessionId: 'hau-giang-kh20',
      kind: 'thematic',
      title: 'Tiếp xúc cử tri chuyên đề về an toàn giao thông đường thủy',
      communeIds: ['vi-thanh', 'nga-bay'],
      venue: { name: 'Hội trường phường Vị Thanh', address: 'Phường Vị Thanh, tỉnh Hậu Giang' },
      startsAt: at(now, 10, '08:00'),
      endsAt: at(now, 10, '11:00'),
      invitedBodies: ['Sở Giao thông vận tải', 'Công an tỉnh'],
      status: 'planned',
      published: true,
    }),
  ];

  const codes = DEMO_CODES;

  const system = { id: 'system', role: 'system' as const };
  const citizen = { id: 'citizen', role: 'citizen' as const };
  const staff = (id: string, role: 'secretariat' | 'agency') => ({ id, role });
  let eventCount = 0;
  const event = (
    code: string,
    type: TimelineEvent['type'],
    days: number,
    extra: Partial<TimelineEvent> = {},
  ): TimelineEvent => ({
    id: `demo-${String(++eventCount).padStart(3, '0')}`,
    code,
    type,
    at: iso(days),
    actor: type === 'received' ? citizen : system,
    ...extra,
  });

  /** Routed `days` from now, with the statutory 30 days to answer. */
  const routedOn = (days: number) => ({ routedAt: iso(days), deadline: deadlineAfter(iso(days), 30) });
  /** The agency's answer, given `days` from now and published the day after. */
  const answeredOn = (
    days: number,
    agencyId: string,
    answer: Pick<Answer, 'text' | 'documentNumber' | 'result'> & Partial<Answer>,
  ) => ({
    answer: { ...answer, documentDate: vietnamDate(iso(days)), answeredAt: iso(days), agencyId },
    answeredAt: iso(days),
    publishedAt: iso(days + 1),
  });

  /** A petition's timeline, each event of that petition: `on` any event, `routed` with its deadline. */
  interface Timeline {
    on: (type: TimelineEvent['type'], days: number, extra?: Partial<TimelineEvent>) => TimelineEvent;
    routed: (days: number, agencyId: string, extra?: Partial<TimelineEvent>) => TimelineEvent;
  }

  /** One demo petition: the stored item, its submitter (of the petition's commune) and its timeline. */
  const demo = (
    code: string,
    receivedDays: number,
    p: Partial<Petition> &
      Pick<Petition, 'councilId' | 'status' | 'fieldId' | 'localityId' | 'communeId' | 'title' | 'content'>,
    [name, email, phone, address]: [string, string | undefined, string | undefined, string],
    timeline: (t: Timeline) => TimelineEvent[],
  ): DemoPetition => ({
    petition: {
      code,
      channel: 'online',
      consentToPublish: true,
      receivedAt: iso(receivedDays),
      voterCount: 1,
      version: 1,
      updatedAt: iso(receivedDays),
      ...p,
    },
    contact: {
      code,
      name,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      address,
      communeId: p.communeId,
    },
    events: timeline({
      on: (type, days, extra) => event(code, type, days, extra),
      routed: (days, agencyId, extra) =>
        event(code, 'routed', days, { ...extra, agencyId, deadline: deadlineAfter(iso(days), 30) }),
    }),
  });

  const petitions: DemoPetition[] = [
    demo(
      codes.triage,
      -2,
      {
        councilId: 'huu-lung',
        status: 'received',
        fieldId: 'dat-dai',
        localityId: 'van-nham',
        communeId: 'van-nham',
        proposedAgencyId: 'phong-tnmt-huu-lung',
        title: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ thôn Làng Ngõa',
        content:
          'Nhiều hộ gia đình ở thôn Làng Ngõa đã nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất từ năm 2024 nhưng đến nay chưa được cấp. Đề nghị các cơ quan có thẩm quyền xem xét, giải quyết.',
      },
      ['Trần Văn Bình', 'binh.tran@example.com', '0912345678', 'Thôn Làng Ngõa, xã Vân Nham'],
      (t) => [t.on('received', -2)],
    ),
    demo(
      codes.routed,
      -6,
      {
        councilId: 'huu-lung',
        status: 'routed',
        fieldId: 'giao-duc',
        localityId: 'minh-tien',
        communeId: 'minh-tien',
        agencyId: 'phong-gddt-huu-lung',
        ...routedOn(-4),
        title: 'Xây dựng thêm phòng học cho điểm trường tiểu học thôn Đồng Ván',
        content:
          'Điểm trường tiểu học thôn Đồng Ván hiện chỉ có hai phòng học xuống cấp, học sinh phải học ghép lớp. Cử tri đề nghị đầu tư xây dựng thêm phòng học kiên cố.',
      },
      ['Lê Thị Hoa', 'hoa.le@example.com', undefined, 'Thôn Đồng Ván, xã Minh Tiến'],
      (t) => [
        t.on('received', -6),
        t.routed(-4, 'phong-gddt-huu-lung', { actor: staff('thu-ky-huu-lung', 'secretariat') }),
      ],
    ),
    demo(
      codes.overdue,
      -34,
      {
        councilId: 'son-dong',
        status: 'in_progress',
        fieldId: 'lam-nghiep',
        localityId: 'an-ba',
        communeId: 'an-ba',
        agencyId: 'hat-kiem-lam-son-dong',
        ...routedOn(-33),
        title: 'Tình trạng khai thác gỗ trái phép tại khu rừng phòng hộ xã An Bá',
        content:
          'Cử tri phản ánh thời gian gần đây có hiện tượng khai thác gỗ trái phép trong rừng phòng hộ giáp ranh xã An Bá, đề nghị lực lượng kiểm lâm kiểm tra, xử lý nghiêm.',
      },
      ['Phạm Văn Dũng', 'dung.pham@example.com', '0987654321', 'Thôn Khe Ang, xã An Bá'],
      (t) => [
        t.on('received', -34),
        t.routed(-33, 'hat-kiem-lam-son-dong'),
        t.on('acknowledged', -30, { actor: staff('can-bo-kiem-lam', 'agency') }),
      ],
    ),
    demo(
      codes.answered,
      -40,
      {
        councilId: 'huu-lung',
        channel: 'meeting',
        meetingId: 'hl-txct-sau-kh11-van-nham',
        status: 'answered',
        fieldId: 'an-toan-giao-thong',
        localityId: 'van-nham',
        communeId: 'van-nham',
        agencyId: 'ubnd-huu-lung',
        ...routedOn(-38),
        voterCount: 2,
        title: 'Sửa chữa đoạn đường liên xã Vân Nham – Minh Tiến bị sạt lở',
        content:
          'Đoạn đường liên xã từ Vân Nham đi Minh Tiến bị sạt lở sau mưa lũ, gây nguy hiểm cho người tham gia giao thông, nhất là học sinh. Cử tri đề nghị sớm sửa chữa.',
        ...answeredOn(-5, 'ubnd-huu-lung', {
          text: 'UBND huyện đã bố trí kinh phí khắc phục sạt lở đoạn đường liên xã Vân Nham – Minh Tiến trong kế hoạch duy tu năm nay; công trình dự kiến hoàn thành trước mùa mưa năm sau.',
          documentNumber: '245/UBND-KT',
          result: 'scheduled',
          resolveBy: vietnamDate(iso(150)),
        }),
      },
      ['Hoàng Văn Minh', 'minh.hoang@example.com', '0977111222', 'Thôn Làng Ngõa, xã Vân Nham'],
      (t) => [
        t.on('received', -40, { actor: staff('thu-ky-huu-lung', 'secretariat') }),
        t.routed(-38, 'ubnd-huu-lung'),
        t.on('acknowledged', -36, { actor: staff('can-bo-ubnd-huu-lung', 'agency') }),
        t.on('answered', -5, { actor: staff('can-bo-ubnd-huu-lung', 'agency') }),
      ],
    ),
    demo(
      codes.merged,
      -40,
      {
        councilId: 'huu-lung',
        channel: 'meeting',
        meetingId: 'hl-txct-sau-kh11-van-nham',
        status: 'merged',
        mergedInto: codes.answered,
        fieldId: 'an-toan-giao-thong',
        localityId: 'van-nham',
        communeId: 'van-nham',
        title: 'Đường liên xã Vân Nham đi Minh Tiến sạt lở',
        content:
          'Cử tri thôn Đồng Mười phản ánh đường liên xã đi Minh Tiến bị sạt lở nhiều đoạn, đề nghị huyện sớm khắc phục để đảm bảo an toàn giao thông.',
      },
      ['Vi Thị Thu', undefined, '0356789012', 'Thôn Đồng Mười, xã Vân Nham'],
      (t) => [
        t.on('received', -40, { actor: staff('thu-ky-huu-lung', 'secretariat') }),
        t.on('merged', -39, { actor: staff('thu-ky-huu-lung', 'secretariat'), mergedInto: codes.answered }),
      ],
    ),
    demo(
      codes.closed,
      -62,
      {
        councilId: 'hau-giang',
        status: 'closed',
        fieldId: 'y-te',
        localityId: 'vi-thanh',
        communeId: 'vi-thanh',
        agencyId: 'so-yte-hau-giang',
        ...routedOn(-60),
        title: 'Bổ sung bác sĩ cho trạm y tế phường Vị Thanh',
        content:
          'Trạm y tế phường hiện chỉ có một bác sĩ, người dân phải chờ lâu khi khám bệnh. Đề nghị tỉnh bổ sung nhân lực y tế cho tuyến cơ sở.',
        ...answeredOn(-40, 'so-yte-hau-giang', {
          text: 'Sở Y tế đã điều động bổ sung 01 bác sĩ và 02 điều dưỡng cho Trạm y tế phường Vị Thanh từ ngày 01 của tháng này.',
          documentNumber: '1187/SYT-TCCB',
          result: 'resolved',
        }),
      },
      ['Nguyễn Thị Mai', 'mai.nguyen@example.com', undefined, 'Khu vực 3, phường Vị Thanh'],
      (t) => [
        t.on('received', -62),
        t.routed(-60, 'so-yte-hau-giang'),
        t.on('answered', -40, { actor: staff('can-bo-so-y-te', 'agency') }),
        t.on('closed', -30, { actor: staff('thu-ky-hau-giang', 'secretariat') }),
      ],
    ),
    demo(
      codes.rejected,
      -10,
      {
        councilId: 'phuc-loc',
        status: 'rejected',
        fieldId: 'van-hoa-xa-hoi',
        localityId: 'phuc-loc',
        communeId: 'phuc-loc',
        consentToPublish: false,
        title: 'Nội dung quảng cáo không phải kiến nghị',
        content: 'Nội dung quảng cáo dịch vụ vay tiền nhanh, không liên quan đến kiến nghị của cử tri.',
      },
      ['Đỗ Quang Huy', 'huy.do@example.com', undefined, 'Xã Phúc Lộc'],
      (t) => [
        t.on('received', -10),
        t.on('rejected', -9, {
          actor: staff('thu-ky-phuc-loc', 'secretariat'),
          reason: 'Không phải kiến nghị (quảng cáo).',
        }),
      ],
    ),
    demo(
      codes.raisedAtMeeting,
      -35,
      {
        councilId: 'luc-ngan',
        channel: 'meeting',
        meetingId: 'ln-txct-sau-kh9-phuong-son',
        status: 'answered',
        consentToPublish: false,
        fieldId: 'an-sinh-xa-hoi',
        localityId: 'phuong-son',
        communeId: 'phuong-son',
        agencyId: 'ubnd-luc-ngan',
        ...routedOn(-33),
        title: 'Xét duyệt hộ cận nghèo năm nay tại xã Phượng Sơn',
        content:
          'Cử tri đề nghị công khai danh sách và tiêu chí xét duyệt hộ cận nghèo năm nay tại xã Phượng Sơn để người dân được biết và giám sát.',
        ...answeredOn(-12, 'ubnd-luc-ngan', {
          text: 'UBND huyện đã chỉ đạo UBND xã Phượng Sơn niêm yết công khai danh sách hộ cận nghèo tại trụ sở xã và nhà văn hóa các thôn.',
          documentNumber: '512/UBND-LĐTBXH',
          result: 'resolved',
        }),
      },
      ['Ngô Văn Sơn', undefined, '0868123456', 'Thôn Hợp Thịnh, xã Phượng Sơn'],
      (t) => [
        t.on('received', -35, { actor: staff('thu-ky-luc-ngan', 'secretariat') }),
        t.routed(-33, 'ubnd-luc-ngan'),
        t.on('answered', -12, { actor: staff('can-bo-ubnd-luc-ngan', 'agency') }),
      ],
    ),
  ];
  return { sessions, meetings, petitions };
}
