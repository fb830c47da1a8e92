/**
 * The one shape of every email to an agency's mailbox: what happened, the petition's code,
 * title and deadline, and a link into the console. What differs is only the words.
 */
import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import type { AgencyEmailContext } from './agency-assignment.ts';
import { date, displayCode } from './common.ts';

export interface AgencyEmailWords {
  /** Given the petition's code as displayed. */
  subject: (code: string) => string;
  /** The first paragraph: what happened and what the agency should do. */
  lead: string;
  /** Facts between the title and the deadline (the field a petition was routed in). */
  facts?: { label: string; value: string }[];
  deadline: string | undefined;
  /** A paragraph before the link, when it needs saying what the console holds. */
  beforeLink?: string;
  linkLabel: string;
}

export function agencyEmail(a: AgencyEmailContext, words: AgencyEmailWords): RenderedEmail {
  const code = displayCode(a.petition.code);
  return renderEmail({
    subject: words.subject(code),
    greeting: `Kính gửi ${a.agencyName},`,
    blocks: [
      { kind: 'paragraph', text: words.lead },
      {
        kind: 'facts',
        rows: [
          { label: 'Mã kiến nghị', value: code },
          { label: 'Tiêu đề', value: a.petition.title },
          ...(words.facts ?? []),
          ...(words.deadline ? [{ label: 'Hạn trả lời', value: date(words.deadline) }] : []),
        ],
      },
      ...(words.beforeLink ? [{ kind: 'paragraph' as const, text: words.beforeLink }] : []),
      { kind: 'link', label: words.linkLabel, url: a.consoleLink },
    ],
    signature: a.councilName,
  });
}
