/** "Your petition is being looked at again" (after the submitter said the answer did not satisfy). */
import type { TimelineEvent } from '../../../shared/schemas/index.ts';
import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import { displayCode, greeting, petitionWithReason, type SubmitterEmailContext } from './common.ts';

export function reopenedEmail(ctx: SubmitterEmailContext, event: TimelineEvent): RenderedEmail {
  const code = displayCode(ctx.petition.code);
  return renderEmail({
    subject: `Kiến nghị ${code} được tiếp tục xem xét`,
    greeting: greeting(ctx.name),
    blocks: [
      {
        kind: 'paragraph',
        text: 'Chúng tôi đã ghi nhận ý kiến về kết quả trả lời. Kiến nghị của Ông/Bà được chuyển lại để cơ quan có thẩm quyền tiếp tục xem xét, giải quyết.',
      },
      ...petitionWithReason(ctx, event.reason),
    ],
    signature: ctx.councilName,
  });
}
