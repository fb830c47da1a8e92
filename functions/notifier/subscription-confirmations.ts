/**
 * The confirmation message of a new subscription (double opt-in), sent when the stream shows
 * its pending item: by email through the email sender (with the stop link and List-Unsubscribe),
 * or by SMS through the SMS channel. Its record is on the subscription itself: claimed before
 * sending (a lease), marked `sent` or `failed` after, released on a passing failure so the
 * redelivered record sends it. The daily count per address was taken when it was asked for
 * (subscribe.ts), so an address gets at most a few a day.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { Subscription } from '../../shared/schemas/index.ts';
import type { Channel, SmsContent } from '../lib/channels/index.ts';
import type { Repositories } from '../lib/data/index.ts';
import { subscriptionKeys } from '../lib/data/subscription-keys.ts';
import type { EmailSender } from '../lib/email/index.ts';
import { errorFields, log } from '../lib/log.ts';
import { followedThing } from '../lib/subscriptions/followed-thing.ts';
import { confirmLink, stopLink } from '../lib/subscriptions/subscription-links.ts';
import { refusalOf } from './delivery.ts';
import { confirmFollowingEmail } from './emails/subscription.ts';
import type { StreamRecord } from './stream-event.ts';

/** The subscription a record inserted, or undefined for any other record. */
export function insertedSubscription(record: StreamRecord): Subscription | undefined {
  if (record.eventName !== 'INSERT') return undefined;
  const pk = record.dynamodb?.Keys?.pk?.S;
  const sk = record.dynamodb?.Keys?.sk?.S;
  if (!pk?.startsWith(subscriptionKeys.pk('')) || sk !== subscriptionKeys.sk) return undefined;
  const image = record.dynamodb?.NewImage;
  const parsed = image ? Subscription.safeParse(unmarshall(image)) : undefined;
  return parsed?.success ? parsed.data : undefined;
}

export interface ConfirmationDependencies {
  repos: Repositories;
  sender: EmailSender;
  sms?: Channel<SmsContent>;
  siteUrl: string;
  feedbackSecret: string;
  leaseSeconds: number;
  now: () => Date;
}

export async function sendConfirmation(s: Subscription, deps: ConfirmationDependencies): Promise<void> {
  if (s.state !== 'pending' || !s.address) return;
  if (!(await deps.repos.subscriptions.claimConfirmation(s.id, deps.now(), deps.leaseSeconds))) return;
  const reference = await deps.repos.reference.load();
  const what = followedThing(s, reference, s.locale);
  const confirmUrl = confirmLink(deps.siteUrl, deps.feedbackSecret, s.id, s.locale);
  const stopUrl = stopLink(deps.siteUrl, deps.feedbackSecret, s.id, s.locale);
  const councilName = reference.records.councils[0]?.name ?? 'Hội đồng nhân dân';
  try {
    if (s.channel === 'email') {
      const email = confirmFollowingEmail(
        {
          subscriptionId: s.id,
          locale: s.locale,
          councilName,
          siteUrl: deps.siteUrl,
          secret: deps.feedbackSecret,
          stopUrl,
        },
        what,
        confirmUrl,
      );
      await deps.sender.send({ to: s.address, ...email, tags: { kind: 'subscription_confirm' } });
    } else {
      if (!deps.sms) throw new Error('SMS channel unavailable');
      await deps.sms.send(s.address, { text: `${what}: ${confirmUrl}`, kind: 'subscription_confirm' }, s.id);
    }
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) {
      log.warn('notifier: subscription confirmation refused for good', { refusal, ...errorFields(error) });
      await deps.repos.subscriptions.markConfirmation(s.id, 'failed', deps.now());
      return;
    }
    await deps.repos.subscriptions.markConfirmation(s.id, 'released', deps.now()).catch(() => undefined);
    throw error;
  }
  await deps.repos.subscriptions.markConfirmation(s.id, 'sent', deps.now());
  log.info('notifier: subscription confirmation sent', { channel: s.channel });
}
