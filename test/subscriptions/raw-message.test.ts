import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailSender, createSesClient } from '../../functions/lib/email/index.ts';
import { rawMessage } from '../../functions/lib/email/raw-message.ts';
import { type LocalMailbox, startMailbox } from '../../infra/local/mailbox.ts';
import { freePort } from '../../infra/local/ports.ts';

const SUBJECT =
  'Kiến nghị 7KQM-3HXT-9PAR: Đã có kết quả trả lời – một tiêu đề khá dài để được chia nhiều đoạn';
const HEADERS = {
  'List-Unsubscribe': '<https://kien-nghi.example.vn/v1/subscriptions/abc/unsubscribe?khoa=x>',
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
};

let mailbox: LocalMailbox;
beforeAll(async () => {
  mailbox = await startMailbox({ port: await freePort() });
});
afterAll(() => mailbox?.stop());

describe('a follower email, sent raw for its List-Unsubscribe headers', () => {
  it('carries the headers, one line each, within the line limit', () => {
    const raw = rawMessage({
      from: 'HĐND <a@example.vn>',
      to: 'b@example.com',
      subject: SUBJECT,
      text: 't',
      html: 'h',
      headers: HEADERS,
    });
    expect(raw).toContain(`List-Unsubscribe: ${HEADERS['List-Unsubscribe']}\r\n`);
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  });

  it('arrives through SES SendRawEmail (the local stand-in) with its Vietnamese subject and both bodies', async () => {
    const sender = createEmailSender({
      client: createSesClient({ region: 'ap-southeast-1', endpoint: mailbox.url }),
      sender: 'HĐND huyện Hữu Lũng <thong-bao@hdnd.example.vn>',
    });
    await sender.send({
      to: 'theo.doi@example.com',
      subject: SUBJECT,
      text: 'Kính gửi Ông/Bà,\nĐường liên thôn đã được sửa.',
      html: '<p>Kính gửi Ông/Bà,</p>',
      headers: HEADERS,
    });
    const [email] = await mailbox.emails();
    expect(email?.subject).toBe(SUBJECT);
    expect(email?.destination.to).toContain('theo.doi@example.com');
    expect(email?.body.text).toContain('Đường liên thôn đã được sửa.');
    expect(email?.body.html).toContain('<p>Kính gửi Ông/Bà,</p>');
  });

  it('refuses a header value with a line break (it would start another header)', () => {
    expect(() =>
      rawMessage({
        from: 'a@example.com',
        to: 'b@example.com',
        subject: 's',
        text: 't',
        html: 'h',
        headers: { X: 'a\r\nBcc: c@example.com' },
      }),
    ).toThrow();
  });
});
