/**
 * Zalo ZNS answers HTTP 200 with `{ error, message }` in the body; `error` 0 is success.
 * The codes (Zalo's "Cách xử lý mã lỗi" table for ZNS) fall into four kinds:
 *
 * - the access token is invalid or expired (-124): refresh it once and send again;
 * - temporary (-100 unknown error "try again later"; -133 outside the hours the template
 *   may be sent; -144 the OA's daily quota): retried with backoff, then the record is
 *   retried later;
 * - permanent for this recipient or message (a phone number Zalo rejects, no Zalo
 *   account, an account that cannot or will not receive ZNS, template data Zalo refuses):
 *   recorded as notify_failed for the Zalo channel;
 * - the sender is misconfigured or out of quota (app, OA, template, balance): also written
 *   off, as `sender_misconfigured` / `quota_exceeded`, so that one bad template id does not
 *   hold every later notification of the shard behind it; staff see the failure on the
 *   petition and the operator the alarm on notify failures.
 */
import type { ChannelRefusal } from './channel.ts';

export const ZALO_TOKEN_EXPIRED = -124;

const TEMPORARY = new Set([-100, -133, -144]);

const PERMANENT: Record<number, ChannelRefusal> = {
  // The recipient.
  [-108]: 'invalid_recipient', // phone number invalid
  [-110]: 'invalid_recipient', // Zalo version unsupported
  [-114]: 'recipient_opted_out', // user inactive or refused the message
  [-118]: 'invalid_recipient', // Zalo account does not exist
  [-119]: 'invalid_recipient', // account cannot receive ZNS
  [-139]: 'recipient_opted_out', // user refused this kind of template
  // The message.
  [-111]: 'message_invalid', // template data empty
  [-112]: 'message_invalid', // template data invalid
  [-113]: 'message_invalid', // button invalid
  [-116]: 'message_invalid', // text invalid
  [-121]: 'message_invalid', // body too long
  [-128]: 'message_invalid', // encoding invalid
  // The sender's account.
  [-115]: 'quota_exceeded', // out of quota (balance)
  [-126]: 'quota_exceeded', // wallet balance
};

export type ZaloOutcome =
  | { kind: 'sent' }
  | { kind: 'token_expired' }
  | { kind: 'temporary' }
  | { kind: 'refused'; reason: ChannelRefusal };

export function zaloOutcome(code: number): ZaloOutcome {
  if (code === 0) return { kind: 'sent' };
  if (code === ZALO_TOKEN_EXPIRED) return { kind: 'token_expired' };
  if (TEMPORARY.has(code)) return { kind: 'temporary' };
  // Every other code names the app, the OA or the template: the sender's configuration.
  return { kind: 'refused', reason: PERMANENT[code] ?? 'sender_misconfigured' };
}

/** A ZNS answer that is not a success, with its code (never the phone number). */
export class ZaloApiError extends Error {
  readonly code: number;
  readonly httpStatus: number;
  constructor(code: number, httpStatus: number, message: string) {
    super(`Zalo ZNS error ${code} (HTTP ${httpStatus}): ${message}`);
    this.name = 'ZaloApiError';
    this.code = code;
    this.httpStatus = httpStatus;
  }
}
