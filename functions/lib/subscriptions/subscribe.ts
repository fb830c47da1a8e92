/**
 * Following a petition or a commune (double opt-in): a pending subscription is written with
 * the address's count of confirmation messages for the Vietnam day (at most
 * SUBSCRIBE_MAX_PER_ADDRESS_PER_DAY; past it 429) and the client's rate-limit count, in one
 * transaction; the notifier sends the confirmation message when it sees it (stream). An
 * unconfirmed subscription expires (TTL) after PENDING_HOURS. Confirming and stopping take
 * the token of their link; a wrong one is 403 and changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import { isVietnameseMobile, vietnamesePhoneToE164 } from '../../../shared/schemas/common.ts';
import type { Subscription, SubscriptionRequest } from '../../../shared/schemas/index.ts';
import { vietnamDate } from '../../../shared/time.ts';
import type { Config } from '../config.ts';
import type { Repositories } from '../data/index.ts';
import { recipientHash } from '../data/recipient-repository.ts';
import { retryOnTransactionConflict } from '../data/transactions.ts';
import { canonicalCode } from '../petitions/track-petition.ts';
import { isSubscriptionToken, type LinkPurpose } from './subscription-links.ts';

export const SUBSCRIBE_SCOPE = 'subscribe';
export const SUBSCRIBE_MAX_PER_ADDRESS_PER_DAY = 3;
export const PENDING_HOURS = 48;

export async function subscribe(
  deps: { repos: Repositories; config: Config },
  request: { input: SubscriptionRequest; clientHash: string; now: Date; locale: Locale },
): Promise<void> {
  const { repos, config } = deps;
  const { input, now } = request;
  let target: Pick<Subscription, 'target' | 'targetId'>;
  if (input.petition !== undefined) {
    const code = canonicalCode(input.petition);
    if (!(await repos.petitions.get(code))) throw new ValidationError({ petition: { key: 'code.notFound' } });
    target = { target: 'petition', targetId: code };
  } else {
    const reference = await repos.reference.load();
    if (reference.units.get(input.commune!)?.type !== 'commune')
      throw new ValidationError({ commune: { key: 'field.unknownCommune' } });
    target = { target: 'commune', targetId: input.commune! };
  }
  if (input.phone !== undefined && !isVietnameseMobile(input.phone))
    throw new ValidationError({ phone: { key: 'subscription.mobileOnly' } });
  const address = input.email ?? vietnamesePhoneToE164(input.phone!);
  const subscription: Subscription = {
    id: randomUUID(),
    ...target,
    channel: input.email ? 'email' : 'sms',
    address,
    locale: request.locale,
    state: 'pending',
    createdAt: now.toISOString(),
  };
  const rateLimit = repos.rateLimits.countStep(
    SUBSCRIBE_SCOPE,
    request.clientHash,
    { limit: config.SUBMIT_RATE_LIMIT, windowSeconds: config.SUBMIT_RATE_WINDOW_SECONDS },
    now,
  );
  const limit = {
    addressHash: recipientHash(address, config.RATE_LIMIT_SALT),
    day: vietnamDate(now),
    max: SUBSCRIBE_MAX_PER_ADDRESS_PER_DAY,
  };
  await retryOnTransactionConflict(() =>
    repos.subscriptions.create(subscription, limit, PENDING_HOURS * 3600, [rateLimit]),
  );
}

/** The subscription a link is about, once its token is checked (403 otherwise, 404/410 when gone). */
export async function subscriptionOfLink(
  repos: Repositories,
  secret: string,
  purpose: LinkPurpose,
  id: string,
  token: unknown,
): Promise<Subscription> {
  if (!isSubscriptionToken(secret, purpose, id, token)) throw new ForbiddenError('subscription.badLink');
  const subscription = await repos.subscriptions.get(id);
  if (!subscription) throw new NotFoundError('subscription.expired');
  return subscription;
}

export async function confirmSubscription(repos: Repositories, s: Subscription, now: Date): Promise<void> {
  if (s.state === 'confirmed') return;
  if (s.state !== 'pending') throw new ConflictError('subscription.ended');
  await repos.subscriptions.confirm(s, now);
}

export async function stopSubscription(repos: Repositories, s: Subscription, now: Date): Promise<void> {
  if (s.state === 'unsubscribed') return;
  await repos.subscriptions.unsubscribe(s, now);
}
