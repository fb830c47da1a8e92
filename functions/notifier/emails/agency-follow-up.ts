/**
 * To the mailbox of the agency holding a petition: a delegate (or the secretariat) followed
 * it up (đôn đốc). The note is read in the console, behind sign-in, like the petition.
 */

import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import type { AgencyEmailContext } from './agency-assignment.ts';
import { date, displayCode } from './common.ts';

export function agencyFollowUpEmail(a: AgencyEmailContext): RenderedEmail {
  const code = displayCode(a.petition.code);
  return renderEmail({
    subject: `Kiến nghị ${code} được đôn đốc giải quyết`,
    greeting: `Kính gửi ${a.agencyName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Kiến nghị dưới đây vừa được đôn đốc giải quyết. Đề nghị Quý cơ quan xem nội dung đôn đốc và khẩn trương xử lý, trả lời đúng hạn.',
      },
      {
        kind: 'facts',
        rows: [
          { label: 'Mã kiến nghị', value: code },
          { label: 'Tiêu đề', value: a.petition.title },
          ...(a.petition.deadline ? [{ label: 'Hạn trả lời', value: date(a.petition.deadline) }] : []),
        ],
      },
      { kind: 'link', label: 'Xem nội dung đôn đốc trên hệ thống', url: a.consoleLink },
    ],
    signature: a.councilName,
  });
}
