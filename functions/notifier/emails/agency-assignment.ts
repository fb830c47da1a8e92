/**
 * To an agency's official mailbox: a petition was routed to it. The submitter's name and
 * contact are not in it (the agency reads them in the staff app, where access is logged).
 */
import type { Petition, TimelineEvent } from '../../../shared/schemas/index.ts';
import type { RenderedEmail } from '../../lib/email/layout.ts';
import { agencyEmail } from './agency-email.ts';

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
  return agencyEmail(a, {
    subject: (code) => `Kiến nghị ${code} được chuyển đến ${a.agencyName}`,
    lead: `${a.councilName} chuyển đến Quý cơ quan kiến nghị của cử tri dưới đây để xem xét, giải quyết theo thẩm quyền.`,
    facts: [{ label: 'Lĩnh vực', value: a.fieldName }],
    deadline: a.event.deadline ?? a.petition.deadline,
    beforeLink:
      'Quý cơ quan xem toàn văn kiến nghị, tiếp nhận và trả lời đúng hạn trên hệ thống (cần đăng nhập):',
    linkLabel: 'Mở kiến nghị trên hệ thống',
  });
}
