/** Email behind the channel interface: today's SES sender (functions/lib/email), unchanged. */
import type { EmailMessage, EmailSender } from '../email/index.ts';
import type { Channel } from './channel.ts';

export type EmailContent = Omit<EmailMessage, 'to'>;

/** SES has no idempotency key: the key is not sent (the notifier's delivery record is the guard). */
export function emailChannel(sender: EmailSender): Channel<EmailContent> {
  return {
    name: 'email',
    send: (to, content) => sender.send({ to, ...content }),
  };
}
