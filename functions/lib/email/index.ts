/**
 * Email over SES, for every function that writes to people (the notifier, the deadline
 * reminders). The whole API:
 *
 *   const sender = createEmailSender({
 *     client: createSesClient({ region, endpoint }),   // endpoint only locally
 *     sender: config.SES_SENDER,
 *     configurationSet: config.SES_CONFIGURATION_SET,
 *   });
 *   try {
 *     const { messageId } = await sender.send({ to, subject, text, html, tags: { kind: 'reminder' } });
 *   } catch (error) {
 *     if (error instanceof PermanentEmailError) { ... record error.reason, never retry ... }
 *     else if (error instanceof TemporaryEmailError) { ... retry later (batch item failure) ... }
 *     else { ... configuration or access problem: keep the work, alert ... }
 *   }
 *
 * Throttling, 5xx and dropped connections are retried inside send() with capped
 * exponential backoff and full jitter (DEFAULT_RETRY_POLICY: 5 tries, ≤ ~8 s).
 * The HTML body must be built with escapeHtml() for every piece of stored text.
 */

export { escapeHtml } from '../../../shared/ui/html.ts';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './backoff.ts';
export { type Block, type EmailDraft, type RenderedEmail, renderEmail } from './layout.ts';
export {
  isRetryableSendError,
  PermanentEmailError,
  type PermanentFailureReason,
  permanentFailureReason,
  TemporaryEmailError,
} from './send-failures.ts';
export { createSesClient, type SesClientOptions } from './ses-client.ts';
export {
  createEmailSender,
  type EmailMessage,
  type EmailSender,
  type EmailSenderOptions,
  type SentEmail,
} from './ses-sender.ts';
