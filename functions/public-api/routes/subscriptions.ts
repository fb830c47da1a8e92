/**
 * /v1/subscriptions — follow a petition or a commune (double opt-in):
 *   POST /v1/subscriptions { petition | commune, email | phone }   202 { state: "pending" }
 *   POST /v1/subscriptions/{id}/confirm { token }                   the link's confirmation
 *   POST /v1/subscriptions/{id}/unsubscribe { token } or ?khoa=      one click (RFC 8058 too)
 * JSON or a no-JavaScript form (answered with a page). Nothing personal in any answer.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/quick';
import { type DomainError, GoneError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages/index.ts';
import { SubscriptionRequest, SubscriptionTokenInput } from '../../../shared/schemas/subscription.ts';
import { domainErrorOf } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { log } from '../../lib/log.ts';
import { canonicalCode } from '../../lib/petitions/track-petition.ts';
import { followedThing } from '../../lib/subscriptions/followed-thing.ts';
import {
  confirmSubscription,
  stopSubscription,
  subscribe,
  subscriptionOfLink,
} from '../../lib/subscriptions/subscribe.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { clientHashOf, failurePage } from '../form-post.ts';
import { followDoneMain } from '../pages/follow-pages.ts';
import { type PageStatus, sendPage } from '../pages/layout.ts';
import { trackFormFailure } from '../pages/track-form-failure.ts';
import { bodyKindOf, honeypotFilled, readBody } from '../request-body.ts';

/** A form that did not go through: its page under the form's title. */
const formFailure = (c: Context, error: DomainError, titleKey: Parameters<typeof translate>[1]) =>
  failurePage(c, error, translate(localeOf(c), titleKey));

/** The petition a posted follow form names, when it is a well-formed code. */
function petitionCodeOf(posted: unknown): string | undefined {
  const typed = (posted as { petition?: unknown } | null)?.petition;
  if (typeof typed !== 'string') return undefined;
  try {
    return canonicalCode(typed);
  } catch {
    return undefined;
  }
}

export function subscriptionRoutes(deps: PublicApiDependencies) {
  const { repos, config } = deps;
  const now = () => deps.now?.() ?? new Date();
  const secret = config.FEEDBACK_TOKEN_SECRET;
  const app = new Hono();

  app.post('/', async (c) => {
    const form = bodyKindOf(c) === 'form';
    const locale = localeOf(c);
    let posted: unknown;
    try {
      const body = await readBody(c);
      posted = body.value;
      const input = parseInput(SubscriptionRequest, body.value);
      if (honeypotFilled(body.value))
        log.info('subscription honeypot filled', { route: '/v1/subscriptions' });
      else {
        await subscribe({ repos, config }, { input, clientHash: clientHashOf(c, deps), now: now(), locale });
      }
      if (form) {
        const title = translate(locale, 'subscription.title');
        return sendPage(c, {
          title,
          main: followDoneMain(title, translate(locale, 'subscription.pending')),
          status: 202 as PageStatus,
        });
      }
      return c.json({ state: 'pending' }, 202);
    } catch (error) {
      const domain = domainErrorOf(error);
      if (form && domain) {
        // The form is the track page's: drawn again there with the address as typed.
        const code = petitionCodeOf(posted);
        if (code)
          return trackFormFailure(c, deps, {
            error: domain,
            code,
            form: 'follow',
            title: 'subscription.title',
            posted,
          });
        return formFailure(c, domain, 'subscription.title');
      }
      throw error;
    }
  });

  const byLink = (verb: 'confirm' | 'unsubscribe') =>
    app.post(`/:id/${verb}`, async (c) => {
      const locale = localeOf(c);
      const form = bodyKindOf(c) === 'form';
      const titleKey = verb === 'confirm' ? 'subscription.confirmTitle' : 'subscription.stopTitle';
      try {
        const id = c.req.param('id').slice(0, 64);
        // A mail client's one-click unsubscription carries the token in the URL (RFC 8058).
        const body = bodyKindOf(c) ? await readBody(c).catch(() => ({ value: {} })) : { value: {} };
        const posted = (body.value ?? {}) as Record<string, unknown>;
        const { token } = parseInput(SubscriptionTokenInput, { token: posted.token ?? c.req.query('khoa') });
        const s = await subscriptionOfLink(repos, secret, verb === 'confirm' ? 'confirm' : 'stop', id, token);
        if (verb === 'confirm') {
          if (s.state === 'unsubscribed') throw new GoneError('subscription.ended');
          await confirmSubscription(repos, s, now());
        } else await stopSubscription(repos, s, now());
        const state = verb === 'confirm' ? 'confirmed' : 'unsubscribed';
        if (!form) return c.json({ state });
        const reference = await repos.reference.load();
        const what = followedThing(s, reference, locale);
        const message =
          verb === 'confirm'
            ? translate(locale, 'subscription.confirmed', { what })
            : translate(locale, 'subscription.stopped');
        return sendPage(c, {
          title: translate(locale, titleKey),
          main: followDoneMain(translate(locale, titleKey), message),
        });
      } catch (error) {
        const domain = domainErrorOf(error);
        if (form && domain) return formFailure(c, domain, titleKey);
        throw error;
      }
    });
  byLink('confirm');
  byLink('unsubscribe');
  return app;
}
