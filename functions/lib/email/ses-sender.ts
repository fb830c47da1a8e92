/**
 * Sends one email through SES SendEmail, retrying throttling and server errors with
 * backoff and jitter. SES has no idempotency key: every successful call is one email
 * delivered, so callers that must not send twice keep their own record (see
 * functions/notifier/delivery.ts).
 */
import { type SESClient, SendEmailCommand, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, sendWithRetry } from './backoff.ts';
import { rawMessage } from './raw-message.ts';
import {
  isRetryableSendError,
  PermanentEmailError,
  permanentFailureReason,
  TemporaryEmailError,
} from './send-failures.ts';

export interface EmailMessage {
  /** One recipient per message, so no recipient ever sees another's address. */
  to: string;
  subject: string;
  text: string;
  html: string;
  /** SES message tags (letters, digits, "_" and "-"), e.g. { kind: 'answered' }, for the configuration set's events. */
  tags?: Record<string, string>;
  /** Extra headers (List-Unsubscribe…): the message then goes as a raw MIME message (raw-message.ts). */
  headers?: Record<string, string>;
}

export interface SentEmail {
  messageId: string;
}

export interface EmailSender {
  /**
   * Resolves once SES accepted the message. Rejects with PermanentEmailError (do not send
   * again), TemporaryEmailError (retries used up: try later) or, for anything an operator
   * must fix (access, configuration), the SDK's own error.
   */
  send(message: EmailMessage): Promise<SentEmail>;
}

export interface EmailSenderOptions {
  client: SESClient;
  /** The From address, e.g. "HĐND tỉnh <thong-bao@example.gov.vn>" (a verified identity). */
  sender: string;
  configurationSet?: string;
  retry?: RetryPolicy;
}

const UTF8 = 'UTF-8';

/**
 * What must never reach the SDK: a string that is not well-formed UTF-16 makes its query
 * encoder throw URIError halfway through a request, and (SDK 3.11xx) the half-written
 * request stays in the client's serialiser and is prepended to the NEXT request, so one
 * bad address would garble another citizen's email. An address or tag is never repaired
 * (that would mail someone else): the message is refused for good before any encoding.
 */
function refuseMalformed(sender: string, message: EmailMessage): void {
  const tags = Object.entries(message.tags ?? {}).flat();
  if (![sender, message.to, ...tags].every((value) => value.isWellFormed()))
    throw new PermanentEmailError('malformed_message');
}

export function createEmailSender(options: EmailSenderOptions): EmailSender {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  return {
    async send(message) {
      refuseMalformed(options.sender, message);
      // Text stored before the input checks may hold a lone surrogate: it is shown as
      // U+FFFD rather than losing the whole email.
      const tags = message.tags
        ? { Tags: Object.entries(message.tags).map(([Name, Value]) => ({ Name, Value })) }
        : {};
      const configurationSet = options.configurationSet
        ? { ConfigurationSetName: options.configurationSet }
        : {};
      const command = message.headers
        ? new SendRawEmailCommand({
            Source: options.sender,
            Destinations: [message.to],
            RawMessage: {
              Data: Buffer.from(
                rawMessage({
                  from: options.sender,
                  to: message.to,
                  subject: message.subject.toWellFormed(),
                  text: message.text.toWellFormed(),
                  html: message.html.toWellFormed(),
                  headers: message.headers,
                }),
                'utf8',
              ),
            },
            ...configurationSet,
            ...tags,
          })
        : new SendEmailCommand({
            Source: options.sender,
            Destination: { ToAddresses: [message.to] },
            Message: {
              Subject: { Data: message.subject.toWellFormed(), Charset: UTF8 },
              Body: {
                Text: { Data: message.text.toWellFormed(), Charset: UTF8 },
                Html: { Data: message.html.toWellFormed(), Charset: UTF8 },
              },
            },
            ...(options.configurationSet ? { ConfigurationSetName: options.configurationSet } : {}),
            ...(message.tags
              ? { Tags: Object.entries(message.tags).map(([Name, Value]) => ({ Name, Value })) }
              : {}),
          });
      const output = await sendWithRetry(
        () =>
          command instanceof SendRawEmailCommand
            ? options.client.send(command)
            : options.client.send(command),
        {
          isRetryable: isRetryableSendError,
          permanent: (error) => {
            const reason = permanentFailureReason(error);
            return reason ? new PermanentEmailError(reason, { cause: error }) : undefined;
          },
          temporary: (attempts, error) => new TemporaryEmailError(attempts, { cause: error }),
        },
        policy,
      );
      return { messageId: output.MessageId ?? '' };
    },
  };
}
