/**
 * Following a petition or a commune (POST /v1/subscriptions): one target, one address. The
 * address is personal data: it is kept only on the subscription (never public, never in a
 * URL: the links carry the subscription's id and a token).
 */
import * as z from 'zod/mini';
import { email, id, inputString, optional, phone } from './common.ts';

export const SUBSCRIPTION_TARGETS = ['petition', 'commune'] as const;
export type SubscriptionTarget = (typeof SUBSCRIPTION_TARGETS)[number];

export const SubscriptionRequest = z
  .object({
    /** A tracking code, as typed (checked by the route). */
    petition: optional(inputString(40, 'code.invalid')),
    commune: optional(id),
    email: optional(email),
    phone: optional(phone),
  })
  .check(
    z.refine((r) => (r.petition === undefined) !== (r.commune === undefined), {
      error: 'subscription.oneTarget',
      path: ['petition'],
    }),
    z.refine((r) => (r.email === undefined) !== (r.phone === undefined), {
      error: 'subscription.oneAddress',
      path: ['email'],
    }),
  );
export type SubscriptionRequest = z.infer<typeof SubscriptionRequest>;

export const SubscriptionTokenInput = z.object({ token: inputString(200, 'subscription.badLink') });

export const SUBSCRIPTION_STATES = ['pending', 'confirmed', 'unsubscribed'] as const;

/** The stored subscription (pk SUBSCRIPTION#<id>). `address` is gone once unsubscribed. */
export const Subscription = z.object({
  id: z.string(),
  target: z.enum(SUBSCRIPTION_TARGETS),
  /** The petition's code or the commune's id. */
  targetId: z.string(),
  channel: z.enum(['email', 'sms']),
  address: z.optional(z.string()),
  locale: z.enum(['vi', 'en']),
  state: z.enum(SUBSCRIPTION_STATES),
  createdAt: z.string(),
  confirmedAt: z.optional(z.string()),
  unsubscribedAt: z.optional(z.string()),
});
export type Subscription = z.infer<typeof Subscription>;
