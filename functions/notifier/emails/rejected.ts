/** "Your petition will not be handled", with the secretariat's reason. */
import type { TimelineEvent } from '../../../shared/schemas/index.ts';
import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import { displayCode, greeting, petitionWithReason, type SubmitterEmailContext } from './common.ts';

export function rejectedEmail(ctx: SubmitterEmailContext, event: TimelineEvent): RenderedEmail {
  const code = displayCode(ctx.petition.code);
  return renderEmail({
    subject: `Kiến nghị ${code} không được tiếp nhận giải quyết`,
    greeting: greeting(ctx.name),
    blocks: [
      {
        kind: 'paragraph',
        text: `${ctx.councilName} đã xem xét và không tiếp nhận giải quyết kiến nghị của Ông/Bà.`,
      },
      ...petitionWithReason(ctx, event.reason),
    ],
    signature: ctx.councilName,
  });
}
