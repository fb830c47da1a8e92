/**
 * SES's bounce and complaint events, as the configuration set publishes them to its SNS
 * topic, become suppressions (functions/lib/data/recipient-repository.ts) that the
 * notifier checks before every send. Only what will not get better is suppressed: a
 * permanent bounce (no such mailbox, or already on SES's own suppression list) and a
 * complaint. A transient bounce (a full mailbox) is left alone. Nothing logged or stored
 * holds an address.
 */
import * as z from 'zod/mini';
import {
  type RecipientRepository,
  recipientHash,
  type SuppressionReason,
} from '../lib/data/recipient-repository.ts';
import { errorFields, log } from '../lib/log.ts';

/** What Lambda hands over for an SNS subscription (only the fields read here). */
export interface SnsEvent {
  Records: { EventSource?: string; Sns: { MessageId?: string; Message: string } }[];
}

const Recipients = z.array(z.object({ emailAddress: z.string().check(z.minLength(1)) }));

/** Event publishing names the type `eventType`; identity notifications name it `notificationType`. */
const SesFeedback = z.object({
  eventType: z.optional(z.string()),
  notificationType: z.optional(z.string()),
  bounce: z.optional(z.object({ bounceType: z.string(), bouncedRecipients: Recipients })),
  complaint: z.optional(z.object({ complainedRecipients: Recipients })),
});

export interface SuppressionRequest {
  address: string;
  reason: SuppressionReason;
}

/** The addresses an SES event says must not be mailed again; none for any other message. */
export function suppressionsIn(message: unknown): SuppressionRequest[] {
  const parsed = SesFeedback.safeParse(message);
  if (!parsed.success) return [];
  const { bounce, complaint } = parsed.data;
  const type = parsed.data.eventType ?? parsed.data.notificationType;
  if (type === 'Bounce' && bounce?.bounceType === 'Permanent')
    return bounce.bouncedRecipients.map((r) => ({ address: r.emailAddress, reason: 'bounce' }));
  if (type === 'Complaint' && complaint)
    return complaint.complainedRecipients.map((r) => ({ address: r.emailAddress, reason: 'complaint' }));
  return [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface EmailFeedbackDependencies {
  recipients: RecipientRepository;
  /** RECIPIENT_HASH_SALT. */
  salt: string;
  now?: () => Date;
}

/**
 * The SNS handler. A message that is not an SES event is logged and skipped (it would be
 * no better on a retry); a failed write throws, so Lambda retries the delivery.
 */
export function createEmailFeedbackHandler(deps: EmailFeedbackDependencies) {
  const now = deps.now ?? (() => new Date());
  return async (event: SnsEvent): Promise<void> => {
    for (const record of event.Records ?? []) {
      const messageId = record.Sns?.MessageId;
      const suppressions = suppressionsIn(parseJson(record.Sns?.Message ?? ''));
      try {
        for (const { address, reason } of suppressions)
          await deps.recipients.suppress(recipientHash(address, deps.salt), reason, now());
      } catch (error) {
        log.error('email feedback: suppression not recorded', { messageId, ...errorFields(error) });
        throw error;
      }
      log.info('email feedback', { messageId, suppressed: suppressions.length });
    }
  };
}
