/**
 * What every deadline reminder shares (a petition's, a follow-up item's): its lead, the facts
 * of what it is about, the link to act on it in the console when one is configured, signed
 * by the council. Drawn by the one email layout (lib/email/layout.ts), which escapes every
 * stored text in the HTML.
 */
import type { Council } from '../../shared/schemas/index.ts';
import { type RenderedEmail, renderEmail } from '../lib/email/layout.ts';

export interface ReminderLines {
  subject: string;
  greeting: string;
  lead: string;
}

export function reminderLayout(
  { subject, greeting, lead }: ReminderLines,
  facts: { label: string; value: string }[],
  council: Council | undefined,
  link?: { label: string; url: string | undefined },
): RenderedEmail {
  return renderEmail({
    subject,
    greeting,
    blocks: [
      { kind: 'paragraph', text: lead },
      { kind: 'facts', rows: facts },
      ...(link?.url ? [{ kind: 'link' as const, label: link.label, url: link.url }] : []),
    ],
    signature: council?.name ?? 'Hội đồng nhân dân',
  });
}
