/**
 * To the mailbox of the agency holding a petition: its submitter is not satisfied with the
 * answer and the petition is open again. The submitter's reason is their own words (it may
 * name them), so it stays in the console, behind sign-in, where access is logged.
 */

import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import type { AgencyEmailContext } from './agency-assignment.ts';
import { date, displayCode } from './common.ts';

export function agencyReopenedEmail(a: AgencyEmailContext): RenderedEmail {
  const code = displayCode(a.petition.code);
  const deadline = a.event.deadline ?? a.petition.deadline;
  return renderEmail({
    subject: `Kiến nghị ${code}: cử tri chưa hài lòng với kết quả trả lời`,
    greeting: `Kính gửi ${a.agencyName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Cử tri chưa hài lòng với kết quả trả lời kiến nghị dưới đây. Kiến nghị được chuyển lại để Quý cơ quan tiếp tục xem xét, giải quyết.',
      },
      {
        kind: 'facts',
        rows: [
          { label: 'Mã kiến nghị', value: code },
          { label: 'Tiêu đề', value: a.petition.title },
          ...(deadline ? [{ label: 'Hạn trả lời', value: date(deadline) }] : []),
        ],
      },
      { kind: 'paragraph', text: 'Lý do cử tri nêu và toàn văn kiến nghị có trên hệ thống (cần đăng nhập):' },
      { kind: 'link', label: 'Mở kiến nghị trên hệ thống', url: a.consoleLink },
    ],
    signature: a.councilName,
  });
}
