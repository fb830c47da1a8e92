/**
 * The words of the summary report. It is a Vietnamese administrative document (the
 * layout of Decree 30/2020/NĐ-CP), so it has no English version; its wording is kept
 * here, in one place, rather than in the rendering code.
 */
import type { Council, SignerOffice } from '../../../shared/schemas/index.ts';
import { VIETNAM_TIME_ZONE } from '../../../shared/time.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import type { BodyBasis } from './summary-report.ts';

export const wording = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  standing: 'THƯỜNG TRỰC',
  documentNumber: 'Số:        /BC-HĐND',
  kind: 'BÁO CÁO',
  subject: 'Tổng hợp ý kiến, kiến nghị cử tri',
  roundOfSession: (session: string) => `Đợt tiếp xúc cử tri – ${session}`,
  roundOfMeetings: (from: string, to: string) =>
    from === to
      ? `Các buổi tiếp xúc cử tri ngày ${from}`
      : `Các buổi tiếp xúc cử tri từ ngày ${from} đến ngày ${to}`,
  partResults: 'A. KẾT QUẢ TIẾP XÚC CỬ TRI',
  partOwn: (level: Council['level']) =>
    `B. Ý KIẾN, KIẾN NGHỊ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CẤP ${LEVEL[level].toUpperCase()}`,
  partForwarded: 'C. Ý KIẾN, KIẾN NGHỊ CHUYỂN ĐẾN CẤP CÓ THẨM QUYỀN',
  held: (meetings: number, attendance: number) =>
    meetings === 0
      ? 'Chưa tổ chức buổi tiếp xúc cử tri nào.'
      : `Đã tổ chức ${meetings} buổi tiếp xúc cử tri với ${attendance} lượt cử tri tham dự.`,
  planned: (meetings: number) => `Còn ${meetings} buổi tiếp xúc cử tri theo kế hoạch, chưa tổ chức.`,
  gathered: (items: number, voters: number, atMeetings: number, otherwise: number) =>
    `Tổng hợp được ${items} ý kiến, kiến nghị (${voters} lượt cử tri kiến nghị), trong đó ${atMeetings} ý kiến nêu tại các buổi tiếp xúc cử tri và ${otherwise} ý kiến gửi trực tuyến, qua bưu điện, tiếp công dân hoặc điện thoại; cụ thể như sau:`,
  meetingLine: (date: string, title: string, venue: string, attendance?: number) =>
    `- Ngày ${date}: ${title}, tại ${venue}${attendance !== undefined ? ` (${attendance} cử tri tham dự)` : ''}.`,
  plannedLine: (date: string, title: string, venue: string, postponed: boolean) =>
    `- Dự kiến ngày ${date}: ${title}, tại ${venue}${postponed ? ' (tạm hoãn)' : ''}.`,
  addressee: 'Kính gửi:',
  addresseeFallback: 'Các cơ quan có thẩm quyền',
  sectionTitle: (roman: string, body: string) => `${roman}. Kiến nghị gửi ${body}`,
  unclassified: 'chưa phân loại',
  unclassifiedTitle: (roman: string) => `${roman}. Kiến nghị chưa phân loại cơ quan có thẩm quyền`,
  voters: (n: number) => `${n} cử tri kiến nghị`,
  proposed: 'cơ quan do hệ thống đề xuất, chưa chuyển',
  field: 'lĩnh vực',
  locality: 'địa bàn',
  code: 'mã',
  merged: (codes: string[]) => `gộp các ý kiến trùng: ${codes.join(', ')}`,
  none: 'Không có.',
  closing:
    'Trên đây là báo cáo tổng hợp ý kiến, kiến nghị cử tri. Đề nghị các cơ quan có thẩm quyền xem xét, giải quyết và trả lời cử tri theo quy định./.',
  recipients: 'Nơi nhận:',
  asAbove: '- Như trên;',
  copyTo: (name: string) => `- ${name};`,
  archive: '- Lưu: VT.',
  signatureFor: 'TM. THƯỜNG TRỰC HĐND',
  signatureOffice: {
    chair: ['CHỦ TỊCH'],
    vice_chair: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  } satisfies Record<SignerOffice, string[]>,
  basis: { routed: 'Đã chuyển', proposed: 'Đề xuất', unclassified: 'Chưa phân loại' } satisfies Record<
    BodyBasis,
    string
  >,
  part: { own: 'Thuộc thẩm quyền', forwarded: 'Chuyển cấp có thẩm quyền' },
  csvHeader: [
    'STT',
    'Phần',
    'Cơ quan có thẩm quyền',
    'Căn cứ',
    'Mã kiến nghị',
    'Nội dung kiến nghị',
    'Chi tiết',
    'Lĩnh vực',
    'Địa bàn',
    'Số cử tri kiến nghị',
    'Ý kiến trùng đã gộp',
    'Buổi tiếp xúc',
    'Trạng thái',
  ],
};

/** A tracking code as citizens see it everywhere else ("7KQM-3HXT-9PAR"). */
export const printedCode = (code: string) => formatTrackingCode(code);

const LEVEL: Record<Council['level'], string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };

/** "Hữu Lũng, ngày 05 tháng 02 năm 2026": days below 10 and months 1–2 take a leading zero. */
export function placeAndDate(place: string, iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM_TIME_ZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(iso));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const day = part('day');
  const month = part('month');
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${part('year')}`;
}

export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}
