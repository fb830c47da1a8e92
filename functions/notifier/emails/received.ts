/** "Your petition was received": the tracking code, and the private link to their own data, sent at once. */
import type { TimelineEvent } from '../../../shared/schemas/index.ts';
import { type RenderedEmail, renderEmail } from '../../lib/email/layout.ts';
import { dateTime, displayCode, greeting, type SubmitterEmailContext } from './common.ts';

export function receivedEmail(
  ctx: SubmitterEmailContext,
  event: TimelineEvent,
  rightsUrl: string,
): RenderedEmail {
  const code = displayCode(ctx.petition.code);
  return renderEmail({
    subject: `Kiến nghị ${code} đã được tiếp nhận`,
    greeting: greeting(ctx.name),
    blocks: [
      {
        kind: 'paragraph',
        text: `${ctx.councilName} đã tiếp nhận kiến nghị của Ông/Bà lúc ${dateTime(event.at)}.`,
      },
      {
        kind: 'facts',
        rows: [
          { label: 'Mã theo dõi', value: code },
          { label: 'Tiêu đề', value: ctx.petition.title },
        ],
      },
      {
        kind: 'paragraph',
        text: 'Vui lòng giữ mã theo dõi này để tra cứu tình trạng giải quyết bất cứ lúc nào. Chúng tôi sẽ gửi thư cho Ông/Bà khi kiến nghị được chuyển đến cơ quan có thẩm quyền và khi có kết quả trả lời.',
      },
      { kind: 'link', label: 'Tra cứu kiến nghị', url: ctx.trackingUrl },
      {
        kind: 'paragraph',
        text: 'Đường dẫn riêng dưới đây chỉ gửi cho Ông/Bà: tại đó Ông/Bà xem được dữ liệu cá nhân chúng tôi lưu, rút kiến nghị khi chưa được trả lời, hoặc yêu cầu xoá thông tin liên hệ. Xin đừng chia sẻ đường dẫn này.',
      },
      { kind: 'link', label: 'Quản lý dữ liệu cá nhân của Ông/Bà', url: rightsUrl },
    ],
    signature: ctx.councilName,
  });
}
