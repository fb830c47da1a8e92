/**
 * To an agency's official mailbox: a petition was routed to it. The submitter's name and
 * contact are not in it (the agency reads them in the staff app, where access is logged).
 */
import type { Petition, TimelineEvent } from '../../../shared/schemas/index.ts';
import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import { date, displayCode } from './common.ts';

/** What every email to an agency's mailbox knows: never the submitter's name, contact or words. */
export interface AgencyEmailContext {
  petition: Petition;
  event: TimelineEvent;
  agencyName: string;
  councilName: string;
  /** The petition's page in the staff console (shared/ui/console-routes.ts). */
  consoleLink: string;
}

export interface AgencyAssignment extends AgencyEmailContext {
  fieldName: string;
}

export function agencyAssignmentEmail(a: AgencyAssignment): RenderedEmail {
  const code = displayCode(a.petition.code);
  const deadline = a.event.deadline ?? a.petition.deadline;
  return renderEmail({
    subject: `Kiến nghị ${code} được chuyển đến ${a.agencyName}`,
    greeting: `Kính gửi ${a.agencyName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${a.councilName} chuyển đến Quý cơ quan kiến nghị của cử tri dưới đây để xem xét, giải quyết theo thẩm quyền.`,
      },
      {
        kind: 'facts',
        rows: [
          { label: 'Mã kiến nghị', value: code },
          { label: 'Tiêu đề', value: a.petition.title },
          { label: 'Lĩnh vực', value: a.fieldName },
          ...(deadline ? [{ label: 'Hạn trả lời', value: date(deadline) }] : []),
        ],
      },
      {
        kind: 'paragraph',
        text: 'Quý cơ quan xem toàn văn kiến nghị, tiếp nhận và trả lời đúng hạn trên hệ thống (cần đăng nhập):',
      },
      { kind: 'link', label: 'Mở kiến nghị trên hệ thống', url: a.consoleLink },
    ],
    signature: a.councilName,
  });
}
