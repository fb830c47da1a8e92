/** What the resolution tests share: a resolution of Hữu Lũng as the secretariat types it, and a public app. */
import { createPublicApp } from '../../functions/public-api/app.ts';
import { testConfig } from '../meetings/support.ts';
import type { StaffTestbed } from '../staff/support.ts';

let serial = 100;
/** A number not yet used in this process ("101/2026/NQ-HĐND", …). */
export const freshNumber = (year = 2026) => `${++serial}/${year}/NQ-HĐND`;

export const resolutionBody = (overrides: Record<string, unknown> = {}) => ({
  councilId: 'huu-lung',
  number: freshNumber(),
  title: 'Nghị quyết về dự toán ngân sách huyện năm 2027',
  adoptedOn: '2026-12-10',
  sessionId: 'huu-lung-kh12',
  vote: { for: 30, against: 1, abstaining: 2, inOffice: 35 },
  fieldIds: ['kinh-te'],
  effectiveOn: '2027-01-01',
  agencyId: 'ubnd-huu-lung',
  summary:
    'Huyện dự kiến thu ngân sách 1.200 tỷ đồng, ưu tiên chi cho giáo dục và đường giao thông nông thôn.',
  signedTextUrl: 'https://huulung.langson.gov.vn/van-ban/nq-dt-2027.pdf',
  ...overrides,
});

export const interpellationBody = (overrides: Record<string, unknown> = {}) => ({
  councilId: 'huu-lung',
  sessionId: 'huu-lung-kh12',
  respondent: { name: 'Nguyễn Văn Hùng', office: 'Trưởng phòng Tài nguyên và Môi trường huyện' },
  topic: 'Tiến độ giải phóng mặt bằng đường liên xã Vân Nham – Minh Tiến',
  commitments: [
    {
      text: 'Hoàn thành bồi thường cho 12 hộ còn lại.',
      agencyId: 'phong-tnmt-huu-lung',
      deadline: '2027-03-31',
    },
    { text: 'Bàn giao mặt bằng cho nhà thầu.', agencyId: 'ubnd-huu-lung', deadline: '2027-06-30' },
  ],
  ...overrides,
});

export function publicAppOver(bed: StaffTestbed) {
  return createPublicApp({
    repos: bed.database.repos,
    config: testConfig(bed.database.tableName),
    now: () => bed.now,
  });
}

/** Hữu Lũng's 12th session's agenda, with the draft budget resolution (nd-2) and an interpellation topic (nd-5). */
export async function seedAgenda(bed: StaffTestbed): Promise<void> {
  const item = (n: number, title: string, kind: 'draft_resolution' | 'interpellation_topic') => ({
    id: `huu-lung-kh12-nd-${n}`,
    title,
    kind,
    documents: [],
    viewsOpen: false,
  });
  await bed.database.repos.sessions.saveAgenda(undefined, {
    sessionId: 'huu-lung-kh12',
    councilId: 'huu-lung',
    items: [
      item(2, 'Dự thảo nghị quyết về dự toán ngân sách năm 2027', 'draft_resolution'),
      item(5, 'Chất vấn về giải phóng mặt bằng', 'interpellation_topic'),
    ],
    version: 1,
    updatedAt: bed.now.toISOString(),
  });
}
