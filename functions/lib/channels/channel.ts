/**
 * One interface for every way the service reaches a person: email (SES), SMS (AWS End
 * User Messaging SMS) and Zalo ZNS. Each adapter takes the content its provider sends
 * (an email, a text, an approved template with its parameters), retries what a moment
 * may cure (throttling, a 5xx, a dropped connection) with backoff and jitter, and says
 * what it cannot cure with PermanentChannelError — the caller records that and never
 * retries. Anything else (access denied, a missing identity) is the SDK's own error: an
 * operator has to act, and the caller keeps the work for later.
 */
import type { NotifyChannel } from '../../../shared/notify-channels.ts';

export type { NotifyChannel };

export interface ChannelDelivery {
  /** The provider's id of the accepted message. */
  messageId: string;
}

export interface Channel<Content> {
  readonly name: NotifyChannel;
  /**
   * Resolves once the provider accepted the message. `idempotencyKey` is the same for every
   * try of one delivery: providers that take one (Zalo's tracking_id, SMS's Context) get it,
   * so their own records show a repeat for what it is.
   */
  send(to: string, content: Content, idempotencyKey: string): Promise<ChannelDelivery>;
}

/** Why a provider refused a message for good. */
export type ChannelRefusal =
  /** Not a number the provider can deliver to (malformed, a landline, no Zalo account). */
  | 'invalid_recipient'
  /** The person opted out (STOP to the sender id) or blocks the OA's messages. */
  | 'recipient_opted_out'
  /** The provider calls the message itself invalid (too long, bad template data). */
  | 'message_invalid'
  /** The destination country or carrier is blocked for this sender. */
  | 'destination_blocked'
  /** The account's quota or monthly spend limit is used up: staff are told, the record is not held. */
  | 'quota_exceeded'
  /** The provider says the sender is misconfigured (template not approved, OA not linked…). */
  | 'sender_misconfigured';

export class PermanentChannelError extends Error {
  readonly channel: NotifyChannel;
  readonly reason: ChannelRefusal;
  constructor(channel: NotifyChannel, reason: ChannelRefusal, options?: { cause?: unknown }) {
    super(`${channel} refused: ${reason}`, options);
    this.name = 'PermanentChannelError';
    this.channel = channel;
    this.reason = reason;
  }
}

/** Still throttled or failing after every retry: try again later (for a stream, a batch item failure). */
export class TemporaryChannelError extends Error {
  readonly channel: NotifyChannel;
  readonly attempts: number;
  constructor(channel: NotifyChannel, attempts: number, options?: { cause?: unknown }) {
    super(`${channel} not sent after ${attempts} attempts`, options);
    this.name = 'TemporaryChannelError';
    this.channel = channel;
    this.attempts = attempts;
  }
}
