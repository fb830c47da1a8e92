/**
 * Demo resolutions and an interpellation for Lục Ngạn's closed 9th session (luc-ngan-kh9,
 * DESIGN §8): five resolutions on its agenda items luc-ngan-kh9-nd-1…-nd-6 (nd-5 is the
 * interpellation topic), one amending an older resolution of the council, and the
 * interpellation luc-ngan-kh9-cv-1 with commitments -c1…-c3. The oversight work (issue #16)
 * follows luc-ngan-kh9-nq-3 and those commitments: keep their ids. Dates follow the
 * session's opening day, so they move with `now` like the rest of the demo.
 */
import type { Repositories } from '../../../functions/lib/data/index.ts';
import { recordInterpellation } from '../../../functions/lib/resolutions/interpellations.ts';
import { recordResolution } from '../../../functions/lib/resolutions/record-resolution.ts';
import type { CouncilSession } from '../../../shared/schemas/index.ts';
import { InterpellationInput, ResolutionInput } from '../../../shared/schemas/index.ts';

const DAY = 86_400_000;
const dayAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

const SESSION = 'luc-ngan-kh9';
const IN_OFFICE = 38;
const vote = (forVotes: number, against = 0, abstaining = 0) => ({
  for: forVotes,
  against,
  abstaining,
  inOffice: IN_OFFICE,
});

export function demoResolutions(sessions: readonly CouncilSession[]) {
  const session = sessions.find((s) => s.id === SESSION);
  if (!session) throw new Error(`The demo session ${SESSION} is missing`);
  const adoptedOn = dayAfter(session.opensOn, 1);
  const year = adoptedOn.slice(0, 4);
  const olderYear = String(Number(year) - 1);
  const url = (n: number, y: string) => `https://lucngan.example.vn/van-ban/nghi-quyet-${n}-${y}-nq-hdnd.pdf`;
  const ofSession = (n: number, item: number) => ({
    id: `${SESSION}-nq-${n}`,
    councilId: 'luc-ngan',
    number: `${20 + n}/${year}/NQ-HĐND`,
    adoptedOn,
    sessionId: SESSION,
    agendaItemId: `${SESSION}-nd-${item}`,
    signedTextUrl: url(20 + n, year),
    agencyId: 'ubnd-luc-ngan',
  });

  const older = {
    id: `luc-ngan-nq-8-${olderYear}`,
    councilId: 'luc-ngan',
    number: `8/${olderYear}/NQ-HĐND`,
    title: `Nghị quyết quy định hệ số điều chỉnh giá đất năm ${year} trên địa bàn huyện Lục Ngạn`,
    adoptedOn: `${olderYear}-12-12`,
    vote: vote(35, 0, 1),
    fieldIds: ['dat-dai'],
    effectiveOn: `${year}-01-01`,
    agencyId: 'ubnd-luc-ngan',
    summary:
      'Quy định hệ số điều chỉnh giá đất dùng để tính tiền bồi thường, tiền sử dụng đất và tiền thuê đất trên địa bàn huyện trong năm.',
    signedTextUrl: url(8, olderYear),
  };

  const resolutions = [
    {
      ...ofSession(1, 1),
      title: `Nghị quyết về nhiệm vụ phát triển kinh tế – xã hội 6 tháng cuối năm ${year}`,
      vote: vote(37),
      fieldIds: ['kinh-te', 'van-hoa-xa-hoi'],
      effectiveOn: adoptedOn,
      summary:
        'Huyện tiếp tục lấy sản xuất vải thiều và cây ăn quả làm mũi nhọn, phấn đấu tăng trưởng 8,5%, giữ tỷ lệ hộ nghèo giảm ít nhất 1,5% trong năm.',
    },
    {
      ...ofSession(2, 2),
      title: `Nghị quyết điều chỉnh dự toán thu, chi ngân sách huyện năm ${year}`,
      vote: vote(34, 1, 2),
      fieldIds: ['kinh-te'],
      effectiveOn: adoptedOn,
      summary:
        'Bổ sung 42 tỷ đồng từ tăng thu tiền sử dụng đất để sửa chữa trường học và trạm y tế xã; cắt giảm chi hội nghị, tiếp khách 10% so với dự toán đầu năm.',
    },
    {
      ...ofSession(3, 3),
      title: `Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026–2030 và kế hoạch năm ${year}`,
      vote: vote(36, 0, 1),
      fieldIds: ['ha-tang-do-thi', 'nong-thon-moi'],
      effectiveOn: adoptedOn,
      summary:
        'Ưu tiên vốn cho đường liên xã Phượng Sơn – Quý Sơn và cầu tràn thôn Đồng Vành; dự án chậm giải phóng mặt bằng quá 12 tháng được điều chuyển vốn cho dự án khác.',
    },
    {
      ...ofSession(4, 4),
      title: `Nghị quyết sửa đổi hệ số điều chỉnh giá đất năm ${year} tại các xã ven trung tâm huyện`,
      vote: vote(33, 2, 2),
      fieldIds: ['dat-dai'],
      effectiveOn: dayAfter(adoptedOn, 10),
      summary:
        'Nâng hệ số điều chỉnh giá đất ở tại thị trấn Chũ và xã Nghĩa Hồ cho sát giá thị trường; các xã còn lại giữ nguyên.',
      amends: [older.id],
    },
    {
      ...ofSession(5, 6),
      title: 'Nghị quyết về cơ chế hỗ trợ xây dựng xã nông thôn mới nâng cao và thôn kiểu mẫu',
      vote: vote(38),
      fieldIds: ['nong-thon-moi'],
      effectiveOn: dayAfter(adoptedOn, 10),
      summary:
        'Mỗi xã đạt chuẩn nông thôn mới nâng cao được thưởng 1 tỷ đồng, mỗi thôn kiểu mẫu 200 triệu đồng để làm đường, nhà văn hóa và chiếu sáng.',
    },
  ];

  const interpellations = [
    {
      id: `${SESSION}-cv-1`,
      councilId: 'luc-ngan',
      sessionId: SESSION,
      agendaItemId: `${SESSION}-nd-5`,
      respondent: { name: 'Ông Hoàng Minh Đức', office: 'Trưởng phòng Kinh tế và Hạ tầng huyện Lục Ngạn' },
      topic:
        'Đường giao thông nông thôn xuống cấp và chậm giải phóng mặt bằng đường liên xã Phượng Sơn – Quý Sơn',
      commitments: [
        {
          text: 'Hoàn thành bồi thường, giải phóng mặt bằng 1,2 km còn lại của đường liên xã Phượng Sơn – Quý Sơn.',
          agencyId: 'ubnd-luc-ngan',
          deadline: dayAfter(adoptedOn, 90),
        },
        {
          text: 'Sửa chữa các đoạn đường trục thôn hư hỏng nặng ở xã Phượng Sơn trước mùa mưa.',
          agencyId: 'ubnd-phuong-son',
          deadline: dayAfter(adoptedOn, 45),
        },
        {
          text: 'Công khai tiến độ dự án và phương án bồi thường tại nhà văn hóa các thôn có đất bị thu hồi.',
          agencyId: 'ubnd-quy-son',
          deadline: dayAfter(adoptedOn, 30),
        },
      ],
    },
  ];

  return {
    resolutions: [older, ...resolutions].map((r) => ResolutionInput.parse(r)),
    interpellations: interpellations.map((i) => InterpellationInput.parse(i)),
  };
}

/** Records the demo resolutions and interpellation through the same use cases the console calls. */
export async function seedDemoResolutions(
  repos: Repositories,
  sessions: readonly CouncilSession[],
  now: Date,
): Promise<void> {
  const deps = { repos, now: () => now };
  const { resolutions, interpellations } = demoResolutions(sessions);
  for (const input of resolutions) await recordResolution(deps, input);
  for (const input of interpellations) await recordInterpellation(deps, input, () => `${input.sessionId}-cv`);
}
