/**
 * The reminder emails, in Vietnamese: drafts rendered by the one email layout (lib/email/layout.ts),
 * which escapes every stored text in the HTML.
 * They name the petition by code, title, field and commune: never the submitter.
 */
import type { Agency, Council, Delegate, Petition } from '../../shared/schemas/index.ts';
import { daysBetween, formatVietnamDate } from '../../shared/time.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import type { RenderedEmail } from '../lib/email/layout.ts';
import type { ReminderKind } from './plan.ts';
import { reminderLayout } from './reminder-layout.ts';

export interface ReminderEmailInput {
  kind: ReminderKind;
  petition: Petition;
  council: Council | undefined;
  agency: Agency | undefined;
  /** For the delegates' reminder: who it is addressed to. */
  delegate?: Delegate;
  fieldName: string;
  communeName: string;
  now: Date;
  /** The staff console's page for the petition, when one is configured. */
  link?: string | undefined;
}

function lines(input: ReminderEmailInput): { subject: string; greeting: string; lead: string } {
  const code = formatTrackingCode(input.petition.code);
  const deadline = formatVietnamDate(input.petition.deadline ?? input.now.toISOString());
  const agencyName = input.agency?.name ?? 'cơ quan được giao';
  switch (input.kind) {
    case 'due-soon': {
      const days = Math.max(daysBetween(input.now, input.petition.deadline ?? input.now), 0);
      return {
        subject: `Nhắc hạn: kiến nghị ${code} cần được trả lời trước ngày ${deadline}`,
        greeting: `Kính gửi: ${agencyName}`,
        lead: `Kiến nghị dưới đây được giao cho quý cơ quan giải quyết, hạn trả lời là ngày ${deadline} (còn ${days} ngày).`,
      };
    }
    case 'overdue-agency':
      return {
        subject: `Quá hạn: kiến nghị ${code} chưa được trả lời (hạn ${deadline})`,
        greeting: `Kính gửi: ${agencyName}`,
        lead: `Kiến nghị dưới đây đã quá hạn trả lời (hạn ngày ${deadline}). Đề nghị quý cơ quan khẩn trương trả lời cử tri.`,
      };
    case 'overdue-delegates':
      return {
        subject: `Đôn đốc: kiến nghị ${code} của cử tri đơn vị bầu cử đã quá hạn trả lời`,
        greeting: `Kính gửi: Đại biểu ${input.delegate?.name ?? ''}`.trim(),
        lead: `Kiến nghị của cử tri thuộc đơn vị bầu cử của đại biểu đã quá hạn trả lời (hạn ngày ${deadline}), cơ quan được giao: ${agencyName}. Đại biểu có thể đôn đốc việc trả lời.`,
      };
  }
}

export function reminderEmail(input: ReminderEmailInput): RenderedEmail {
  const { petition } = input;
  return reminderLayout(
    lines(input),
    [
      { label: 'Mã kiến nghị', value: formatTrackingCode(petition.code) },
      { label: 'Tiêu đề', value: petition.title },
      { label: 'Lĩnh vực', value: input.fieldName },
      { label: 'Xã/phường', value: input.communeName },
      { label: 'Ngày tiếp nhận', value: formatVietnamDate(petition.receivedAt) },
    ],
    input.council,
    { label: 'Xem và xử lý kiến nghị', url: input.link },
  );
}
