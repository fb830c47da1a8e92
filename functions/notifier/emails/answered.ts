/**
 * "Your petition has its answer": the answer itself, and the private link through which
 * the submitter says it does not satisfy them (only they receive it).
 */
import type { Answer } from '../../../shared/schemas/index.ts';
import { type Block, type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import { answerFacts, displayCode, greeting, type SubmitterEmailContext } from './common.ts';

export function answeredEmail(
  ctx: SubmitterEmailContext,
  answer: Answer,
  agencyName: string,
  feedbackUrl: string | undefined,
): RenderedEmail {
  const code = displayCode(ctx.petition.code);
  const feedback: Block[] = feedbackUrl
    ? [
        {
          kind: 'paragraph',
          text: 'Nếu Ông/Bà chưa hài lòng với kết quả trả lời, xin cho chúng tôi biết qua đường dẫn dưới đây để kiến nghị được tiếp tục xem xét. Đường dẫn này chỉ dành riêng cho Ông/Bà; vui lòng không chia sẻ.',
        },
        { kind: 'link', label: 'Tôi chưa hài lòng với kết quả trả lời', url: feedbackUrl },
      ]
    : [];
  return renderEmail({
    subject: `Kiến nghị ${code} đã có kết quả trả lời`,
    greeting: greeting(ctx.name),
    blocks: [
      { kind: 'paragraph', text: 'Kiến nghị của Ông/Bà đã được cơ quan có thẩm quyền trả lời.' },
      {
        kind: 'facts',
        rows: [
          { label: 'Mã theo dõi', value: code },
          { label: 'Tiêu đề', value: ctx.petition.title },
          ...answerFacts(answer, agencyName),
        ],
      },
      { kind: 'quote', label: 'Nội dung trả lời', text: answer.text },
      { kind: 'link', label: 'Xem chi tiết kiến nghị', url: ctx.trackingUrl },
      ...feedback,
    ],
    signature: ctx.councilName,
  });
}
