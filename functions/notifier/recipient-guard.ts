/**
 * Who may be mailed at all. The service sends to addresses the public types in, so it
 * must not become a way to flood one: a submitter's address gets at most `maxPerDay`
 * emails a Vietnam day across all petitions, and no address SES reported as bounced for
 * good or complained (functions/email-feedback) is mailed again. An agency's official
 * mailbox, which staff set and which receives every assignment, is not counted.
 */
import { type RecipientRepository, recipientHash } from '../lib/data/recipient-repository.ts';
import type { Notification } from './delivery.ts';

export interface RecipientPolicy {
  /** The key of the address hashes (RECIPIENT_HASH_SALT): the same as email-feedback's. */
  salt: string;
  /** NOTIFY_MAX_PER_RECIPIENT_PER_DAY. */
  maxPerDay: number;
}

/** This address may not be mailed now: written off for this delivery, never retried. */
export class RecipientRefusedError extends Error {
  readonly reason: 'recipient_limit' | 'recipient_suppressed';
  constructor(reason: RecipientRefusedError['reason']) {
    super(`Recipient refused: ${reason}`);
    this.name = 'RecipientRefusedError';
    this.reason = reason;
  }
}

/** A send that did not happen after all hands its count back with this. */
export type Admission = { giveBack(): Promise<void> };

const NOTHING_COUNTED: Admission = { giveBack: async () => undefined };

export class RecipientGuard {
  private readonly recipients: RecipientRepository;
  private readonly policy: RecipientPolicy;

  constructor(recipients: RecipientRepository, policy: RecipientPolicy) {
    this.recipients = recipients;
    this.policy = policy;
  }

  /** Lets the email go (counted), or throws RecipientRefusedError. */
  async admit(n: Notification, at: Date): Promise<Admission> {
    const hash = recipientHash(n.to, this.policy.salt);
    if (await this.recipients.suppression(hash)) throw new RecipientRefusedError('recipient_suppressed');
    // Every citizen's address (submitter, supporter, follower) is counted; an agency's mailbox is not.
    if (n.recipient.startsWith('agency#')) return NOTHING_COUNTED;
    if (!(await this.recipients.countSend(hash, at, this.policy.maxPerDay)))
      throw new RecipientRefusedError('recipient_limit');
    return { giveBack: () => this.recipients.uncountSend(hash, at) };
  }
}
