/**
 * Demo oversight (DESIGN §9) for Lục Ngạn council: one concluded thematic oversight of rural
 * roads by the standing committee with items in every status (on time, late, overdue, sent
 * back), the commitments of interpellation luc-ngan-kh9-cv-1 at session luc-ngan-kh9, and the
 * implementation items of public-investment resolution luc-ngan-kh9-nq-3 (both seeded by the
 * sessions engineer's demo; here only their ids and titles). Dates are relative to `now`.
 */
import type { Actor, FollowUpEvent, FollowUpItem, OversightActivity } from '../../../shared/schemas/index.ts';
import { deadlineAfter, vietnamDate } from '../../../shared/time.ts';

const DAY = 86_400_000;
const SECRETARIAT: Actor = {
  id: 'thu-ky-luc-ngan',
  role: 'secretariat',
  name: 'Văn phòng HĐND huyện Lục Ngạn',
};
const agencyActor = (agencyId: string): Actor => ({
  id: `can-bo-${agencyId}`,
  role: 'agency',
  name: 'Cán bộ đầu mối',
});

export const DEMO_OVERSIGHT_ACTIVITY_ID = 'luc-ngan-gs-duong-gtnt';

export interface DemoOversight {
  activities: OversightActivity[];
  items: { item: FollowUpItem; events: FollowUpEvent[] }[];
}

interface Step {
  /** Days from now (negative: in the past). */
  day: number;
  text: string;
  percent?: number;
  milestone?: string;
  documentNumber?: string;
  done?: boolean;
}

interface ItemPlan {
  id: string;
  source: FollowUpItem['source'];
  text: string;
  agencyId: string;
  communeId?: string;
  /** Deadline, in days from now. */
  due: number;
  steps: Step[];
  resupervised?: { day: number; reason: string };
  acceptedDay?: number;
}

export function demoOversight(now: Date): DemoOversight {
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  const date = (days: number) => vietnamDate(at(days));
  const activity: OversightActivity = {
    id: DEMO_OVERSIGHT_ACTIVITY_ID,
    councilId: 'luc-ngan',
    kind: 'thematic',
    conductedBy: { type: 'standing_committee' },
    title: 'Giám sát chuyên đề việc đầu tư, quản lý và bảo trì đường giao thông nông thôn',
    subject:
      'Việc thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới về đường giao thông nông thôn giai đoạn 2021–2025: tiến độ, chất lượng công trình, giải phóng mặt bằng và kinh phí bảo trì.',
    agencyIds: ['ubnd-luc-ngan', 'ubnd-chu', 'ubnd-nghia-ho', 'ubnd-phuong-son'],
    startsOn: date(-120),
    endsOn: date(-100),
    status: 'concluded',
    conclusion: {
      documentNumber: '18/TB-HĐND',
      documentDate: date(-95),
      summary:
        'Thường trực HĐND huyện ghi nhận 86% tuyến đường xã đã được cứng hóa; đề nghị hoàn thành các tuyến dở dang, xử lý dứt điểm vướng mắc giải phóng mặt bằng và bố trí kinh phí bảo trì hằng năm.',
    },
    sequence: 1,
    createdAt: at(-125),
    updatedAt: at(-95),
  };
  const fromActivity = { kind: 'activity' as const, id: activity.id, title: activity.title };
  const interpellation = {
    kind: 'interpellation' as const,
    id: 'luc-ngan-kh9-cv-1',
    title: 'Chất vấn về tiến độ giải phóng mặt bằng và đường giao thông nông thôn (Kỳ họp thứ 9)',
  };
  const resolution = {
    kind: 'resolution' as const,
    id: 'luc-ngan-kh9-nq-3',
    title: 'Nghị quyết về kế hoạch đầu tư công năm 2027',
  };

  const plans: ItemPlan[] = [
    {
      id: 'hm-luc-ngan-gtnt-1',
      source: fromActivity,
      text: 'Hoàn thành cứng hóa 4,2 km đường trục xã Chũ – Nghĩa Hồ còn dở dang.',
      agencyId: 'ubnd-luc-ngan',
      communeId: 'chu',
      due: -20,
      steps: [
        { day: -60, text: 'Đã hoàn thành nền đường, đang thảm bê tông 2,5 km.', percent: 60 },
        {
          day: -25,
          text: 'Đã hoàn thành toàn tuyến, nghiệm thu đưa vào sử dụng.',
          percent: 100,
          documentNumber: '312/BC-UBND',
          done: true,
        },
      ],
      acceptedDay: -18,
    },
    {
      id: 'hm-luc-ngan-gtnt-2',
      source: fromActivity,
      text: 'Bố trí kinh phí bảo trì đường giao thông nông thôn trong dự toán ngân sách xã năm sau.',
      agencyId: 'ubnd-nghia-ho',
      communeId: 'nghia-ho',
      due: -40,
      steps: [
        {
          day: -10,
          text: 'HĐND xã đã thông qua dự toán có khoản bảo trì đường.',
          milestone: 'Dự toán được thông qua',
          documentNumber: '25/NQ-HĐND',
          done: true,
        },
      ],
      acceptedDay: -5,
    },
    {
      id: 'hm-luc-ngan-gtnt-3',
      source: fromActivity,
      text: 'Sửa chữa 12 điểm sạt lở, hư hỏng mặt đường trên tuyến liên thôn Phượng Sơn.',
      agencyId: 'ubnd-phuong-son',
      communeId: 'phuong-son',
      due: 15,
      steps: [
        { day: -50, text: 'Đã sửa chữa 7/12 điểm.', percent: 58 },
        { day: -12, text: 'Đã sửa chữa xong 12 điểm.', percent: 100, done: true },
      ],
      resupervised: {
        day: -8,
        reason: 'Khảo sát thực tế: 3 điểm tại thôn Trại Mới sửa chữa chưa đạt, mặt đường tiếp tục hư hỏng.',
      },
    },
    {
      id: 'hm-luc-ngan-gtnt-4',
      source: fromActivity,
      text: 'Báo cáo kết quả rà soát chất lượng các tuyến đường được đầu tư giai đoạn 2021–2025.',
      agencyId: 'ubnd-luc-ngan',
      due: 25,
      steps: [
        {
          day: -3,
          text: 'Đã hoàn thành rà soát, gửi báo cáo tổng hợp.',
          milestone: 'Báo cáo tổng hợp',
          documentNumber: '401/BC-UBND',
          done: true,
        },
      ],
    },
    {
      id: 'hm-luc-ngan-gtnt-5',
      source: fromActivity,
      text: 'Xử lý dứt điểm vướng mắc mặt bằng tuyến đường thôn Khuôn Thần, xã Quý Sơn.',
      agencyId: 'ubnd-luc-ngan',
      communeId: 'quy-son',
      due: -6,
      steps: [{ day: -40, text: 'Đã vận động được 9/14 hộ bàn giao mặt bằng.', percent: 64 }],
    },
    {
      id: 'hm-luc-ngan-gtnt-6',
      source: fromActivity,
      text: 'Lắp đặt biển báo, gờ giảm tốc tại các điểm giao cắt đường trục xã với quốc lộ.',
      agencyId: 'ubnd-chu',
      communeId: 'chu',
      due: 2,
      steps: [],
    },
    {
      id: 'hm-luc-ngan-gtnt-7',
      source: fromActivity,
      text: 'Công khai danh mục, tiến độ các tuyến đường đầu tư tại trụ sở xã và trên cổng thông tin.',
      agencyId: 'ubnd-nghia-ho',
      communeId: 'nghia-ho',
      due: -9,
      steps: [],
    },
    // The interpellation's commitments (luc-ngan-kh9-cv-1-c1 … c3).
    {
      id: 'hm-luc-ngan-kh9-cv-1-c1',
      source: interpellation,
      text: 'Hoàn thành giải phóng mặt bằng tuyến đường liên xã Chũ – Phượng Sơn.',
      agencyId: 'ubnd-luc-ngan',
      communeId: 'phuong-son',
      due: 45,
      steps: [{ day: -15, text: 'Đã chi trả bồi thường cho 21/30 hộ.', percent: 70 }],
    },
    {
      id: 'hm-luc-ngan-kh9-cv-1-c2',
      source: interpellation,
      text: 'Cứng hóa toàn bộ đường trục thôn còn lại của xã Quý Sơn.',
      agencyId: 'ubnd-luc-ngan',
      communeId: 'quy-son',
      due: 120,
      steps: [],
    },
    {
      id: 'hm-luc-ngan-kh9-cv-1-c3',
      source: interpellation,
      text: 'Ban hành quy chế bảo trì đường giao thông nông thôn của huyện.',
      agencyId: 'ubnd-luc-ngan',
      due: -30,
      steps: [
        {
          day: -35,
          text: 'Quy chế đã được ban hành.',
          milestone: 'Quy chế được ban hành',
          documentNumber: '07/2026/QĐ-UBND',
          done: true,
        },
      ],
      acceptedDay: -28,
    },
    // The resolution's implementation.
    {
      id: 'hm-luc-ngan-kh9-nq-3-1',
      source: resolution,
      text: 'Giao kế hoạch vốn đầu tư công năm 2027 cho các dự án đường giao thông nông thôn.',
      agencyId: 'ubnd-luc-ngan',
      due: 30,
      steps: [{ day: -4, text: 'Đã giao kế hoạch vốn cho 8/11 dự án.', percent: 73 }],
    },
    {
      id: 'hm-luc-ngan-kh9-nq-3-2',
      source: resolution,
      text: 'Báo cáo HĐND tình hình giải ngân vốn đầu tư công 6 tháng đầu năm.',
      agencyId: 'ubnd-luc-ngan',
      due: 60,
      steps: [],
    },
  ];
  return { activities: [activity], items: plans.map((p) => build(p, at)) };
}

function build(
  plan: ItemPlan,
  at: (days: number) => string,
): { item: FollowUpItem; events: FollowUpEvent[] } {
  const created = -90;
  let version = 1;
  const events: FollowUpEvent[] = [];
  const push = (
    day: number,
    type: FollowUpEvent['type'],
    actor: Actor,
    extra: Partial<FollowUpEvent> = {},
  ) => {
    events.push({
      id: `${plan.id}-e${events.length + 1}`,
      itemId: plan.id,
      type,
      at: at(day),
      version,
      actor,
      ...extra,
    });
  };
  const deadline = deadlineAfter(at(0), plan.due);
  push(created, 'created', SECRETARIAT, { deadline });
  let status: FollowUpItem['status'] = 'open';
  let reportedDoneAt: string | undefined;
  const reports: FollowUpItem['reports'] = [];
  const steps = [...plan.steps];
  // A re-supervision sits after the first completion report, and before any later one.
  for (const step of steps) {
    version++;
    const done = step.done ?? false;
    reports.push({
      at: at(step.day),
      text: step.text,
      done,
      ...(step.documentNumber
        ? { documentNumber: step.documentNumber, documentDate: vietnamDate(at(step.day)) }
        : {}),
      ...(step.percent !== undefined ? { percent: step.percent } : {}),
      ...(step.milestone ? { milestone: step.milestone } : {}),
    });
    push(step.day, done ? 'reported_done' : 'progress', agencyActor(plan.agencyId), { note: step.text });
    status = done ? 'reported_done' : 'in_progress';
    if (done) reportedDoneAt = at(step.day);
  }
  if (plan.resupervised) {
    version++;
    push(plan.resupervised.day, 'resupervised', SECRETARIAT, { reason: plan.resupervised.reason });
    status = 'in_progress';
    reportedDoneAt = undefined;
  }
  let acceptedAt: string | undefined;
  if (plan.acceptedDay !== undefined) {
    version++;
    acceptedAt = at(plan.acceptedDay);
    push(plan.acceptedDay, 'accepted', SECRETARIAT);
    status = 'accepted';
  }
  const item: FollowUpItem = {
    id: plan.id,
    councilId: 'luc-ngan',
    source: plan.source,
    text: plan.text,
    agencyId: plan.agencyId,
    deadline,
    ...(plan.communeId ? { communeId: plan.communeId } : {}),
    status,
    reports,
    ...(reportedDoneAt ? { reportedDoneAt } : {}),
    ...(acceptedAt ? { acceptedAt } : {}),
    version,
    createdAt: at(created),
    updatedAt: events.at(-1)?.at ?? at(created),
  };
  return { item, events };
}
