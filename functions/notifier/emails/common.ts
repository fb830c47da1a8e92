/** What every email to a submitter knows, and the small formats the emails share. */

import { translate } from '../../../shared/messages/index.ts';
import type { Answer, Petition } from '../../../shared/schemas/index.ts';
import { formatVietnamDate, formatVietnamDateTime } from '../../../shared/time.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import type { Block } from '../../lib/email/layout.ts';

/** An email to one submitter, about their own petition: it carries nobody else's data. */
export interface SubmitterEmailContext {
  /** The recipient's own petition. */
  petition: Petition;
  /** The recipient's own name, for the greeting. */
  name: string;
  /** Who writes, e.g. "HĐND huyện Hữu Lũng". */
  councilName: string;
  /** The public tracking page of the recipient's petition. */
  trackingUrl: string;
}

export const greeting = (name: string) => `Kính gửi Ông/Bà ${name},`;

/** "7KQM-3HXT-9PAR": how the code is printed on every page and letter. */
export const displayCode = (code: string) => formatTrackingCode(code);

/** An instant in Vietnam time: "Thứ Ba, 01/12/2026, 08:00". */
export const dateTime = (iso: string) => formatVietnamDateTime(iso, 'vi');

/** A deadline (end of a Vietnam day) as its date: "01/12/2026". */
export const date = (iso: string) => formatVietnamDate(iso, 'vi');

/** A calendar date as stored ("2026-12-01") → "01/12/2026". */
export function calendarDate(value: string): string {
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * The facts of an answer, shared by the submitter's and the merged submitters' emails. The
 * result is worded as on the tracking page: from the message catalogue, the one source.
 */
export function answerFacts(answer: Answer, agencyName: string): { label: string; value: string }[] {
  const label = translate('vi', `petition.answerResult.${answer.result}`);
  const result =
    answer.result === 'scheduled' && answer.resolveBy
      ? `${label} (${translate('vi', 'track.resolveBy', { date: calendarDate(answer.resolveBy) })})`
      : label;
  return [
    { label: 'Cơ quan trả lời', value: agencyName },
    { label: 'Văn bản', value: `Số ${answer.documentNumber} ngày ${calendarDate(answer.documentDate)}` },
    { label: 'Kết quả', value: result },
  ];
}

/**
 * The recipient's petition by code and title, the reason staff gave (when they gave one)
 * and the link to its tracking page: the body of the rejected and reopened emails.
 */
export function petitionWithReason(ctx: SubmitterEmailContext, reason: string | undefined): Block[] {
  return [
    {
      kind: 'facts',
      rows: [
        { label: 'Mã theo dõi', value: displayCode(ctx.petition.code) },
        { label: 'Tiêu đề', value: ctx.petition.title },
      ],
    },
    ...(reason ? [{ kind: 'quote' as const, label: 'Lý do', text: reason }] : []),
    { kind: 'link', label: 'Tra cứu kiến nghị', url: ctx.trackingUrl },
  ];
}
