/**
 * The follow-up items' reminder emails, in Vietnamese, through the one email layout (which
 * escapes every stored text). They name the item by its text, source and deadline: no person.
 */
import type { Agency, Council, FollowUpItem } from '../../shared/schemas/index.ts';
import { daysBetween, formatVietnamDate } from '../../shared/time.ts';
import type { RenderedEmail } from '../lib/email/layout.ts';
import type { FollowUpReminderKind } from './follow-up-plan.ts';
import { reminderLayout } from './reminder-layout.ts';

const SOURCE = {
  activity: 'Kết luận giám sát',
  interpellation: 'Cam kết tại phiên chất vấn',
  resolution: 'Thực hiện nghị quyết',
} as const;

export interface FollowUpEmailInput {
  kind: FollowUpReminderKind;
  item: FollowUpItem;
  council: Council | undefined;
  agency: Agency | undefined;
  now: Date;
  link?: string | undefined;
}

function lines(input: FollowUpEmailInput) {
  const deadline = formatVietnamDate(input.item.deadline);
  const agencyName = input.agency?.name ?? 'cơ quan được giao';
  switch (input.kind) {
    case 'due-soon': {
      const days = Math.max(daysBetween(input.now, input.item.deadline), 0);
      return {
        subject: `Nhắc hạn: nội dung sau giám sát cần hoàn thành trước ngày ${deadline}`,
        greeting: `Kính gửi: ${agencyName}`,
        lead: `Nội dung dưới đây được giao cho quý cơ quan thực hiện, hạn hoàn thành là ngày ${deadline} (còn ${days} ngày). Đề nghị báo cáo kết quả thực hiện.`,
      };
    }
    case 'overdue-agency':
      return {
        subject: `Quá hạn: nội dung sau giám sát chưa được báo cáo hoàn thành (hạn ${deadline})`,
        greeting: `Kính gửi: ${agencyName}`,
        lead: `Nội dung dưới đây đã quá hạn hoàn thành (hạn ngày ${deadline}). Đề nghị quý cơ quan khẩn trương thực hiện và báo cáo Thường trực HĐND.`,
      };
    case 'overdue-secretariat':
      return {
        subject: `Theo dõi sau giám sát: một nội dung quá hạn chưa hoàn thành (hạn ${deadline})`,
        greeting: `Kính gửi: Thường trực ${input.council?.name ?? 'HĐND'}`,
        lead: `Nội dung dưới đây đã quá hạn (hạn ngày ${deadline}) mà ${agencyName} chưa báo cáo hoàn thành. Thường trực có thể đôn đốc hoặc tổ chức tái giám sát.`,
      };
  }
}

export function followUpReminderEmail(input: FollowUpEmailInput): RenderedEmail {
  const { item } = input;
  return reminderLayout(
    lines(input),
    [
      { label: 'Nội dung', value: item.text },
      { label: SOURCE[item.source.kind], value: item.source.title },
      { label: 'Cơ quan thực hiện', value: input.agency?.name ?? item.agencyId },
      { label: 'Thời hạn', value: formatVietnamDate(item.deadline) },
    ],
    input.council,
    { label: 'Xem và báo cáo tiến độ', url: input.link },
  );
}
