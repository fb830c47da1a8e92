/**
 * "Your petition was merged with one raising the same matter": the primary's code, so the
 * submitter can follow it. Nothing of the primary's submitter is shown.
 */

import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import { displayCode, greeting, type SubmitterEmailContext } from './common.ts';

export function mergedEmail(
  ctx: SubmitterEmailContext,
  primary: { code: string; trackingUrl: string },
): RenderedEmail {
  const code = displayCode(ctx.petition.code);
  const primaryCode = displayCode(primary.code);
  return renderEmail({
    subject: `Kiến nghị ${code} đã được gộp với kiến nghị ${primaryCode}`,
    greeting: greeting(ctx.name),
    blocks: [
      {
        kind: 'paragraph',
        text: `Kiến nghị của Ông/Bà có cùng nội dung với kiến nghị mã ${primaryCode} nên đã được gộp vào kiến nghị này để giải quyết chung. Chúng tôi sẽ gửi thư cho Ông/Bà khi kiến nghị chung có kết quả trả lời.`,
      },
      {
        kind: 'facts',
        rows: [
          { label: 'Mã theo dõi của Ông/Bà', value: code },
          { label: 'Tiêu đề', value: ctx.petition.title },
          { label: 'Kiến nghị chung', value: primaryCode },
        ],
      },
      { kind: 'link', label: 'Theo dõi kiến nghị chung', url: primary.trackingUrl },
    ],
    signature: ctx.councilName,
  });
}
