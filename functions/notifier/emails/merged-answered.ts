/**
 * To the submitter of a petition merged into one that has just been answered: the common
 * answer, about their own petition. The primary's title, content and submitter stay out.
 */
import type { Answer } from '../../../shared/schemas/index.ts';
import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import { answerFacts, displayCode, greeting, type SubmitterEmailContext } from './common.ts';

export function mergedAnsweredEmail(
  ctx: SubmitterEmailContext,
  primary: { code: string; trackingUrl: string },
  answer: Answer,
  agencyName: string,
): RenderedEmail {
  const code = displayCode(ctx.petition.code);
  const primaryCode = displayCode(primary.code);
  return renderEmail({
    subject: `Kiến nghị ${code} đã có kết quả trả lời`,
    greeting: greeting(ctx.name),
    blocks: [
      {
        kind: 'paragraph',
        text: `Kiến nghị của Ông/Bà đã được gộp vào kiến nghị mã ${primaryCode} để giải quyết chung. Kiến nghị chung đã được cơ quan có thẩm quyền trả lời như sau.`,
      },
      {
        kind: 'facts',
        rows: [
          { label: 'Mã theo dõi của Ông/Bà', value: code },
          { label: 'Tiêu đề', value: ctx.petition.title },
          { label: 'Kiến nghị chung', value: primaryCode },
          ...answerFacts(answer, agencyName),
        ],
      },
      { kind: 'quote', label: 'Nội dung trả lời', text: answer.text },
      { kind: 'link', label: 'Xem kiến nghị chung', url: primary.trackingUrl },
    ],
    signature: ctx.councilName,
  });
}
