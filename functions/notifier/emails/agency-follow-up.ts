/**
 * To the mailbox of the agency holding a petition: a delegate (or the secretariat) followed
 * it up (đôn đốc). The note is read in the console, behind sign-in, like the petition.
 */

import type { RenderedEmail } from '../../lib/email/layout.ts';
import type { AgencyEmailContext } from './agency-assignment.ts';
import { agencyEmail } from './agency-email.ts';

export function agencyFollowUpEmail(a: AgencyEmailContext): RenderedEmail {
  return agencyEmail(a, {
    subject: (code) => `Kiến nghị ${code} được đôn đốc giải quyết`,
    lead: 'Kiến nghị dưới đây vừa được đôn đốc giải quyết. Đề nghị Quý cơ quan xem nội dung đôn đốc và khẩn trương xử lý, trả lời đúng hạn.',
    deadline: a.petition.deadline,
    linkLabel: 'Xem nội dung đôn đốc trên hệ thống',
  });
}
