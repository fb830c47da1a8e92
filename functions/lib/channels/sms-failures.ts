/**
 * What a failed SendTextMessage means. The service answers with an exception name and,
 * for ValidationException, ConflictException and ServiceQuotaExceededException, a
 * `Reason`:
 *
 * - retryable: ThrottlingException (message parts per second), InternalServerException,
 *   any 5xx or 429, a dropped connection (the same rules as SES: send-failures.ts);
 * - permanent: a number it cannot parse or deliver to, an opted-out number, a blocked
 *   destination, a message it calls invalid, a spend limit or quota used up;
 * - anything else (AccessDeniedException, ResourceNotFoundException for the origination
 *   identity or configuration set): an operator has to act; rethrown as it is.
 */
import { isRetryableSendError } from '../email/send-failures.ts';
import type { ChannelRefusal } from './channel.ts';

const RECIPIENT_REASONS = new Set([
  'CANNOT_PARSE',
  'COUNTRY_CODE_MISMATCH',
  'INVALID_PARAMETER',
  'DESTINATION_PHONE_NUMBER_NOT_VERIFIED',
]);
const BLOCKED_REASONS = new Set([
  'DESTINATION_COUNTRY_BLOCKED',
  'INTERNATIONAL_SENDING_NOT_SUPPORTED',
  'INVALID_IDENTITY_FOR_DESTINATION_COUNTRY',
]);

interface SmsErrorShape {
  name?: string;
  Reason?: string;
  message?: string;
}

export const isRetryableSmsError = isRetryableSendError;

/** The permanent reason, or undefined when the error is not a permanent refusal. */
export function smsRefusal(error: unknown): ChannelRefusal | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, Reason } = error as SmsErrorShape;
  switch (name) {
    case 'ConflictException':
      return Reason === 'DESTINATION_PHONE_NUMBER_OPTED_OUT' ? 'recipient_opted_out' : undefined;
    case 'ValidationException':
      if (Reason && RECIPIENT_REASONS.has(Reason)) return 'invalid_recipient';
      if (Reason && BLOCKED_REASONS.has(Reason)) return 'destination_blocked';
      return 'message_invalid';
    case 'ServiceQuotaExceededException':
      return 'quota_exceeded';
    default:
      return undefined;
  }
}
