/**
 * Demo sessions in full (DESIGN §8): each council's current session with a real-looking
 * agenda (socio-economic report, budget, new rural development, land use, environment,
 * education, health), views raised at its before-session meetings and online ones
 * (published and pending), and the closed session luc-ngan-kh9 with its agenda, whose item
 * ids the resolutions and interpellations name (`luc-ngan-kh9-nd-1` … `-nd-6`).
 * Authors' names are invented.
 */
import type {
  AgendaItem,
  CouncilSession,
  SessionAgenda,
  SessionView,
} from '../../../shared/schemas/index.ts';
import { vietnamDate } from '../../../shared/time.ts';

const DAY = 86_400_000;

/** The name a demo author gave with a pending online view: it must never reach a public page. */
export const DEMO_VIEW_AUTHORS = ['Lương Thị Demo Hạnh', 'Vi Văn Demo Khoa'] as const;

export interface DemoSessionView {
  view: SessionView;
  authorName?: string;
}

export interface DemoSessions {
  /** The reference records with their new fields (kind, dates, venue, status, version). */
  sessions: CouncilSession[];
  agendas: SessionAgenda[];
  views: DemoSessionView[];
}

const VENUES: Record<string, string> = {
  'huu-lung': 'Hội trường HĐND – UBND huyện Hữu Lũng',
  'son-dong': 'Hội trường HĐND – UBND huyện Sơn Động',
  'luc-ngan': 'Hội trường HĐND – UBND huyện Lục Ngạn',
  'hau-giang': 'Hội trường HĐND tỉnh Hậu Giang, phường Vị Thanh',
};

/** The presenting bodies of each council (agency ids of the demo reference). */
const BODIES: Record<string, { government: string; land?: string; education?: string; health?: string }> = {
  'huu-lung': { government: 'ubnd-huu-lung', land: 'phong-tnmt-huu-lung', education: 'phong-gddt-huu-lung' },
  'son-dong': { government: 'ubnd-son-dong' },
  'luc-ngan': { government: 'ubnd-luc-ngan' },
  'hau-giang': {
    government: 'ubnd-hau-giang',
    land: 'so-tnmt-hau-giang',
    education: 'so-gddt-hau-giang',
    health: 'so-yte-hau-giang',
  },
};

const doc = (title: string, file: string) => ({ title, url: `https://hdnd.example.vn/tai-lieu/${file}.pdf` });

function currentAgenda(session: CouncilSession, viewsUntil: string): AgendaItem[] {
  const b = BODIES[session.councilId] ?? { government: `ubnd-${session.councilId}` };
  const year = session.opensOn.slice(0, 4);
  const open = { viewsOpen: true, viewsUntil };
  const item = (n: number, rest: Omit<AgendaItem, 'id'>): AgendaItem => ({
    id: `${session.id}-nd-${n}`,
    ...rest,
  });
  return [
    item(1, {
      title: `Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm ${year}, phương hướng năm ${Number(year) + 1}`,
      kind: 'report',
      presentingBodyId: b.government,
      documents: [doc('Báo cáo kinh tế - xã hội', `${session.id}-bc-ktxh`)],
      ...open,
    }),
    item(2, {
      title: `Dự thảo nghị quyết về dự toán ngân sách nhà nước năm ${Number(year) + 1}`,
      kind: 'draft_resolution',
      presentingBodyId: b.government,
      documents: [
        doc('Tờ trình dự toán ngân sách', `${session.id}-tt-du-toan`),
        doc('Dự thảo nghị quyết', `${session.id}-dt-nq-du-toan`),
      ],
      ...open,
    }),
    item(3, {
      title: 'Dự thảo nghị quyết về kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
      kind: 'draft_resolution',
      presentingBodyId: b.government,
      documents: [doc('Tờ trình nông thôn mới', `${session.id}-tt-ntm`)],
      ...open,
    }),
    item(4, {
      title: `Dự thảo nghị quyết thông qua kế hoạch sử dụng đất năm ${Number(year) + 1}`,
      kind: 'draft_resolution',
      presentingBodyId: b.land ?? b.government,
      documents: [doc('Kế hoạch sử dụng đất', `${session.id}-kh-sdd`)],
      ...open,
    }),
    item(5, {
      title: 'Chất vấn về công tác bảo vệ môi trường, thu gom và xử lý rác thải sinh hoạt ở nông thôn',
      kind: 'interpellation_topic',
      presentingBodyId: b.land ?? b.government,
      documents: [],
      ...open,
    }),
    item(6, {
      title: 'Báo cáo về công tác giáo dục: trường lớp, đội ngũ giáo viên, sắp xếp điểm trường',
      kind: 'report',
      presentingBodyId: b.education ?? b.government,
      documents: [doc('Báo cáo ngành giáo dục', `${session.id}-bc-gd`)],
      viewsOpen: false,
    }),
    item(7, {
      title: 'Báo cáo về y tế cơ sở và bảo hiểm y tế toàn dân',
      kind: 'report',
      presentingBodyId: b.health ?? b.government,
      documents: [],
      viewsOpen: false,
    }),
  ];
}

/** The closed session's agenda: its resolutions (branch s2's demo) name these item ids. */
const LUC_NGAN_KH9_ITEMS: Omit<AgendaItem, 'id'>[] = [
  {
    title: 'Báo cáo kết quả thực hiện nhiệm vụ kinh tế - xã hội 6 tháng đầu năm',
    kind: 'report',
    presentingBodyId: 'ubnd-luc-ngan',
    documents: [doc('Báo cáo 6 tháng', 'luc-ngan-kh9-bc-6-thang')],
    viewsOpen: false,
  },
  {
    title: 'Dự thảo nghị quyết điều chỉnh dự toán ngân sách huyện',
    kind: 'draft_resolution',
    presentingBodyId: 'ubnd-luc-ngan',
    documents: [doc('Tờ trình điều chỉnh dự toán', 'luc-ngan-kh9-tt-du-toan')],
    viewsOpen: false,
  },
  {
    title: 'Dự thảo nghị quyết về đề án phát triển vùng trồng vải thiều an toàn',
    kind: 'draft_resolution',
    presentingBodyId: 'ubnd-luc-ngan',
    documents: [],
    viewsOpen: false,
  },
  {
    title: 'Dự thảo nghị quyết về kế hoạch đầu tư công trung hạn (điều chỉnh)',
    kind: 'draft_resolution',
    presentingBodyId: 'ubnd-luc-ngan',
    documents: [],
    viewsOpen: false,
  },
  {
    title: 'Chất vấn về tiến độ cấp giấy chứng nhận quyền sử dụng đất',
    kind: 'interpellation_topic',
    presentingBodyId: 'ubnd-luc-ngan',
    documents: [],
    viewsOpen: false,
  },
  { title: 'Bầu bổ sung Ủy viên Ủy ban nhân dân huyện', kind: 'election', documents: [], viewsOpen: false },
];

export function demoSessions(compact: readonly CouncilSession[], now: Date = new Date()): DemoSessions {
  const iso = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  const dayAfter = (day: string, days: number) =>
    vietnamDate(new Date(Date.parse(`${day}T12:00:00+07:00`) + days * DAY));
  const sessions = compact.map((s): CouncilSession => {
    const closed = s.opensOn < vietnamDate(now);
    return {
      ...s,
      kind: 'regular',
      closesOn: dayAfter(s.opensOn, s.councilId === 'hau-giang' ? 2 : 1),
      ...(VENUES[s.councilId] ? { venue: VENUES[s.councilId] } : {}),
      status: closed ? 'closed' : 'planned',
      version: 1,
    };
  });

  const agendas = sessions.map(
    (s): SessionAgenda => ({
      sessionId: s.id,
      councilId: s.councilId,
      items:
        s.id === 'luc-ngan-kh9'
          ? LUC_NGAN_KH9_ITEMS.map((item, i) => ({ id: `luc-ngan-kh9-nd-${i + 1}`, ...item }))
          : s.status === 'closed'
            ? []
            : currentAgenda(s, dayAfter(s.opensOn, -5)),
      version: 1,
      updatedAt: iso(-20),
    }),
  );

  let serial = 0;
  const view = (
    session: string,
    item: number,
    v: Pick<SessionView, 'source' | 'status' | 'communeId' | 'text'> & Partial<SessionView>,
    authorName?: string,
  ): DemoSessionView => {
    const councilId = sessions.find((s) => s.id === session)?.councilId ?? '';
    serial++;
    const at = iso(-10 + serial * 0.1);
    return {
      view: {
        id: `demo${String(serial).padStart(4, '0')}`,
        sessionId: session,
        councilId,
        agendaItemId: `${session}-nd-${item}`,
        voterCount: 1,
        consentToPublish: true,
        version: 1,
        createdAt: at,
        updatedAt: at,
        ...(v.status === 'published' ? { publishedAt: at } : {}),
        ...v,
      },
      ...(authorName ? { authorName } : {}),
    };
  };
  const fromMeeting = (meetingId: string, voterCount: number) => ({
    source: 'meeting' as const,
    status: 'published' as const,
    meetingId,
    voterCount,
  });

  const views: DemoSessionView[] = [
    view('huu-lung-kh12', 2, {
      ...fromMeeting('hl-txct-truoc-kh12-minh-tien', 14),
      communeId: 'minh-tien',
      text: 'Cử tri đề nghị dự toán năm tới bố trí vốn sửa chữa đường liên xã Minh Tiến – Vân Nham đã xuống cấp nặng.',
    }),
    view('huu-lung-kh12', 3, {
      ...fromMeeting('hl-txct-truoc-kh12-minh-tien', 9),
      communeId: 'van-nham',
      text: 'Đề nghị làm rõ tiêu chí nông thôn mới nâng cao về nước sạch: nhiều thôn chưa có nước máy.',
    }),
    view('huu-lung-kh12', 5, {
      ...fromMeeting('hl-txct-truoc-kh12-thanh-son', 6),
      communeId: 'thanh-son',
      text: 'Bãi tập kết rác ở đầu thôn chưa có lịch thu gom cố định, đề nghị chất vấn trách nhiệm của đơn vị thu gom.',
    }),
    view('huu-lung-kh12', 4, {
      source: 'online',
      status: 'published',
      communeId: 'dong-tien',
      text: 'Kế hoạch sử dụng đất cần công khai sớm vị trí các khu đấu giá để người dân biết và góp ý.',
    }),
    view(
      'huu-lung-kh12',
      2,
      {
        source: 'online',
        status: 'pending',
        communeId: 'minh-tien',
        text: 'Đề nghị tăng kinh phí cho trạm y tế xã để mua thêm trang thiết bị khám chữa bệnh ban đầu.',
      },
      DEMO_VIEW_AUTHORS[0],
    ),
    view('luc-ngan-kh10', 1, {
      ...fromMeeting('ln-txct-truoc-kh10-chu', 21),
      communeId: 'chu',
      text: 'Cử tri đề nghị có giải pháp tiêu thụ vải thiều ổn định giá, tránh ép giá khi vào vụ.',
    }),
    view(
      'luc-ngan-kh10',
      3,
      {
        source: 'online',
        status: 'pending',
        communeId: 'nghia-ho',
        text: 'Đường nội đồng phục vụ vận chuyển nông sản cần được đưa vào kế hoạch nông thôn mới năm tới.',
      },
      DEMO_VIEW_AUTHORS[1],
    ),
    view('hau-giang-kh20', 5, {
      ...fromMeeting('hg-chuyen-de-giao-thong', 17),
      communeId: 'nga-bay',
      text: 'Rác thải trên kênh rạch ảnh hưởng giao thông đường thủy và môi trường, đề nghị chất vấn về lịch vớt rác.',
    }),
    view('hau-giang-kh20', 7, {
      source: 'online',
      status: 'published',
      communeId: 'vi-thanh',
      text: 'Đề nghị mở rộng khám bảo hiểm y tế buổi chiều tại trung tâm y tế để người đi làm có thể khám.',
    }),
    view('son-dong-kh9', 1, {
      source: 'online',
      status: 'published',
      communeId: 'an-chau',
      text: 'Đề nghị báo cáo làm rõ kết quả giảm nghèo bền vững ở các xã vùng cao.',
    }),
    view('luc-ngan-kh9', 2, {
      source: 'online',
      status: 'published',
      communeId: 'phuong-son',
      text: 'Đề nghị ưu tiên điều chỉnh vốn cho trường mầm non xã Phượng Sơn đang xuống cấp.',
    }),
  ];
  return { sessions, agendas, views };
}
