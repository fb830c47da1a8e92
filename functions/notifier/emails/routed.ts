/** "Your petition went to the competent body, which answers by …". */
import type { TimelineEvent } from '../../../shared/schemas/index.ts';
import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import { date, dateTime, displayCode, greeting, type SubmitterEmailContext } from './common.ts';

export function routedEmail(
  ctx: SubmitterEmailContext,
  event: TimelineEvent,
  agencyName: string,
): RenderedEmail {
  const code = displayCode(ctx.petition.code);
  const deadline = event.deadline ?? ctx.petition.deadline;
  return renderEmail({
    subject: `Kiến nghị ${code} đã được chuyển đến cơ quan có thẩm quyền`,
    greeting: greeting(ctx.name),
    blocks: [
      {
        kind: 'paragraph',
        text: `Lúc ${dateTime(event.at)}, kiến nghị của Ông/Bà đã được chuyển đến cơ quan có thẩm quyền để xem xét, giải quyết.`,
      },
      {
        kind: 'facts',
        rows: [
          { label: 'Mã theo dõi', value: code },
          { label: 'Tiêu đề', value: ctx.petition.title },
          { label: 'Cơ quan giải quyết', value: agencyName },
          ...(deadline ? [{ label: 'Hạn trả lời', value: date(deadline) }] : []),
        ],
      },
      { kind: 'link', label: 'Tra cứu kiến nghị', url: ctx.trackingUrl },
    ],
    signature: ctx.councilName,
  });
}
