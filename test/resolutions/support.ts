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
  agendaItemId: 'huu-lung-kh12-nd-2',
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
  agendaItemId: 'huu-lung-kh12-nd-5',
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
