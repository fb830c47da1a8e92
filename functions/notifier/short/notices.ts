/**
 * The short notices of SMS and Zalo: the code, the status in words, the tracking link,
 * worded as the emails' subjects are (emails/*.ts). Written in Vietnamese; an SMS is
 * folded to ASCII when that keeps it in one GSM-7 segment (functions/lib/channels/sms-encoding.ts).
 * A Zalo template is approved by Zalo with named parameters: every template of the service
 * takes the same four, `code`, `status`, `link` and `council`.
 */
import { SHORT_NOTICE_KINDS, type ShortNoticeKind } from '../../../shared/schemas/reference.ts';
import type { SmsContent, ZaloContent } from '../../lib/channels/index.ts';
import { fitSms } from '../../lib/channels/sms-encoding.ts';

export { SHORT_NOTICE_KINDS, type ShortNoticeKind };

/** The status, in words, as the email's subject says it. */
export const STATUS_WORDS: Record<ShortNoticeKind, string> = {
  received: 'đã được tiếp nhận',
  routed: 'đã được chuyển đến cơ quan có thẩm quyền',
  answered: 'đã có kết quả trả lời',
  rejected: 'không được tiếp nhận giải quyết',
  merged: 'đã được gộp với kiến nghị cùng nội dung',
  reopened: 'được tiếp tục xem xét',
  merged_answered: 'đã có kết quả trả lời',
};

export interface ShortNotice {
  kind: ShortNoticeKind;
  /** The recipient's own code, as printed ("7KQM-3HXT-9PAR"). */
  code: string;
  /** The tracking page to follow (for a merged petition, its primary's). */
  link: string;
  /** Who writes, e.g. "HĐND huyện Hữu Lũng". */
  councilName: string;
}

/**
 * The SMS: with the council's name when it still fits one GSM-7 segment, else without it
 * (the sender id names the service); UCS-2 (diacritics kept) when even the ASCII text needs
 * more than one segment and the Vietnamese fits two.
 */
export function smsNotice(n: ShortNotice): SmsContent {
  const body = `Kiến nghị ${n.code} ${STATUS_WORDS[n.kind]}. Tra cứu: ${n.link}`;
  const candidates = [`${n.councilName}: ${body}`, body].map(fitSms);
  const oneGsm = candidates.find((c) => c.encoding === 'GSM-7' && c.segments === 1);
  const twoUcs = candidates.find((c) => c.encoding === 'UCS-2' && c.segments <= 2);
  const chosen = oneGsm ?? twoUcs ?? candidates[candidates.length - 1]!;
  return { text: chosen.text, kind: n.kind };
}

export function zaloNotice(n: ShortNotice, templateId: string): ZaloContent {
  return {
    templateId,
    params: { code: n.code, status: STATUS_WORDS[n.kind], link: n.link, council: n.councilName },
  };
}
