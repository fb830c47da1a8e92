/**
 * To the mailbox of the agency holding a petition: its submitter is not satisfied with the
 * answer and the petition is open again. The submitter's reason is their own words (it may
 * name them), so it stays in the console, behind sign-in, where access is logged.
 */

import type { RenderedEmail } from '../../lib/email/layout.ts';
import type { AgencyEmailContext } from './agency-assignment.ts';
import { agencyEmail } from './agency-email.ts';

export function agencyReopenedEmail(a: AgencyEmailContext): RenderedEmail {
  return agencyEmail(a, {
    subject: (code) => `Kiến nghị ${code}: cử tri chưa hài lòng với kết quả trả lời`,
    lead: 'Cử tri chưa hài lòng với kết quả trả lời kiến nghị dưới đây. Kiến nghị được chuyển lại để Quý cơ quan tiếp tục xem xét, giải quyết.',
    deadline: a.event.deadline ?? a.petition.deadline,
    beforeLink: 'Lý do cử tri nêu và toàn văn kiến nghị có trên hệ thống (cần đăng nhập):',
    linkLabel: 'Mở kiến nghị trên hệ thống',
  });
}
