/**
 * What a failed send means for the caller. SES answers in three ways that matter:
 *
 * - retryable: throttling ("Maximum sending rate exceeded"), a 5xx, a dropped connection.
 *   The same message may well go through a moment later.
 * - permanent: SES refused this message for good (MessageRejected, an unverified MAIL FROM
 *   domain, an address SES cannot parse, a request SES calls invalid, an address on a
 *   suppression list), or the SDK could not even serialise it (a lone surrogate in an
 *   address makes the query encoder throw URIError). Sending it again gives the same answer.
 * - anything else (access denied, a missing configuration set, a paused account): an
 *   operator has to act. Such errors are rethrown as they are, so the caller keeps the
 *   work for later instead of writing it off.
 */
import { isTransientAwsError } from '../aws/transient-errors.ts';

export type PermanentFailureReason =
  | 'message_rejected'
  | 'sender_not_verified'
  | 'invalid_address'
  /** The SDK could not serialise the request (text that is not well-formed UTF-16). */
  | 'malformed_message'
  /** SES called the request invalid: the same request is invalid every time. */
  | 'message_invalid'
  /** SES will not mail the address (its suppression list). */
  | 'recipient_suppressed';

/** SES refused the message for good: do not send it again. */
export class PermanentEmailError extends Error {
  readonly reason: PermanentFailureReason;
  constructor(reason: PermanentFailureReason, options?: { cause?: unknown }) {
    super(`Email refused: ${reason}`, options);
    this.name = 'PermanentEmailError';
    this.reason = reason;
  }
}

/** Still throttled or failing after every retry: try again later (for a stream, a batch item failure). */
export class TemporaryEmailError extends Error {
  readonly attempts: number;
  constructor(attempts: number, options?: { cause?: unknown }) {
    super(`Email not sent after ${attempts} attempts`, options);
    this.name = 'TemporaryEmailError';
    this.attempts = attempts;
  }
}

const PERMANENT: Record<string, PermanentFailureReason> = {
  MessageRejected: 'message_rejected',
  MailFromDomainNotVerifiedException: 'sender_not_verified',
  MailFromDomainNotVerified: 'sender_not_verified',
  // SES v1 says "InvalidParameterValue: Illegal address" (or "Missing final '@domain'")
  // for a destination it cannot parse; the sender is checked at start-up, so here it is the recipient.
  InvalidParameterValue: 'invalid_address',
  ValidationError: 'message_invalid',
  ValidationException: 'message_invalid',
  SerializationException: 'message_invalid',
  InvalidParameterCombination: 'message_invalid',
  // Thrown by the SDK's own encoders before any request is made, so never by SES itself.
  URIError: 'malformed_message',
};

/** How SES words a refusal because of its suppression list (the v1 API has no error name of its own). */
const SUPPRESSED = /suppression list|suppressed/i;

interface SdkErrorShape {
  name?: string;
}

/** Throttling, a 5xx, a dropped connection: the shared classifier of passing AWS failures. */
export function isRetryableSendError(error: unknown): boolean {
  return isTransientAwsError(error);
}

/** The permanent reason SES gave, or undefined when the error is not a permanent refusal. */
export function permanentFailureReason(error: unknown): PermanentFailureReason | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as SdkErrorShape).name;
  if (name === undefined || !Object.hasOwn(PERMANENT, name)) return undefined;
  const message = (error as { message?: unknown }).message;
  if (name === 'MessageRejected' && typeof message === 'string' && SUPPRESSED.test(message))
    return 'recipient_suppressed';
  return PERMANENT[name];
}
