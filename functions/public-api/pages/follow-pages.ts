/**
 * Following a petition or a commune, without JavaScript:
 *   the "follow" form on the track page (followSection), posting to POST /v1/subscriptions;
 *   GET /theo-doi/xac-nhan?id=&khoa=   "confirm following?" — its button posts the confirmation;
 *   GET /theo-doi/huy?id=&khoa=        "stop following?" — its button posts the unsubscription.
 * A GET never changes anything (a mail scanner opening the link confirms nothing); the pages
 * name what is followed, never the address.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import { Hono } from 'hono/quick';
import { GoneError } from '../../../shared/errors.ts';
import { type Locale, type MessageKey, translate } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Subscription } from '../../../shared/schemas/index.ts';
import { apiPaths } from '../../../shared/ui/routes.ts';
import { domainErrorOf, errorBody, setRetryAfter } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import type { PublicPetition } from '../../lib/petitions/public-view.ts';
import { followedThing } from '../../lib/subscriptions/followed-thing.ts';
import { subscriptionOfLink } from '../../lib/subscriptions/subscribe.ts';
import type { LinkPurpose } from '../../lib/subscriptions/subscription-links.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { type FormState, fieldError, formNotice, invalidIf } from './form-state.ts';
import { type PageHtml, type PageStatus, sendPage } from './layout.ts';
import { messageMain } from './message-page.ts';

export function followSection(view: PublicPetition, locale: Locale, state?: FormState): PageHtml {
  const t = (key: MessageKey) => translate(locale, key);
  const field = (name: 'email' | 'phone', type: string, max: number) =>
    html`<div class="field"><label for="t-${name}">${t(`subscription.${name}`)}</label>${fieldError(state, `t-${name}`, name)}<input type="${type}" id="t-${name}" name="${name}" value="${state?.values?.[name] ?? ''}" maxlength="${max}" autocomplete="${type === 'tel' ? 'tel' : 'email'}" aria-describedby="t-${name}-error"${invalidIf(state, name)}></div>`;
  return html`<section class="card" id="theo-doi" aria-labelledby="follow-title"><h2 id="follow-title">${t('subscription.title')}</h2><p>${t('subscription.intro')}</p>${formNotice(state)}<form method="post" action="/v1/subscriptions?lang=${locale}" accept-charset="utf-8"><input type="hidden" name="petition" value="${view.code}">${field('email', 'email', 254)}${field('phone', 'tel', 32)}<div class="hp" aria-hidden="true"><label for="t-website">${t('petitionForm.honeypot')}</label><input type="text" id="t-website" name="website" tabindex="-1" autocomplete="off"></div><button class="button" type="submit">${t('subscription.submit')}</button></form></section>`;
}

export function followDoneMain(title: string, message: string): PageHtml {
  return html`<h1>${title}</h1><p class="notice" role="status">${message}</p>`;
}

function linkPage(
  purpose: LinkPurpose,
  s: Subscription,
  token: string,
  reference: ReferenceData,
  locale: Locale,
) {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);
  const what = followedThing(s, reference, locale);
  const [title, intro, button, verb] =
    purpose === 'confirm'
      ? ([
          'subscription.confirmTitle',
          'subscription.confirmIntro',
          'subscription.confirmButton',
          'confirm',
        ] as const)
      : ([
          'subscription.stopTitle',
          'subscription.stopIntro',
          'subscription.stopButton',
          'unsubscribe',
        ] as const);
  const action = `${apiPaths.prefix}subscriptions/${encodeURIComponent(s.id)}/${verb}?lang=${locale}`;
  return {
    title: t(title),
    main: html`<h1>${t(title)}</h1><p>${t(intro, { what })}</p><form method="post" action="${action}" accept-charset="utf-8"><input type="hidden" name="token" value="${token}"><button class="button" type="submit">${t(button)}</button></form>`,
  };
}

export function followPages(deps: PublicApiDependencies) {
  const { repos, config } = deps;
  const app = new Hono();
  const page = (purpose: LinkPurpose) => async (c: Context) => {
    const locale = localeOf(c);
    const id = (c.req.query('id') ?? '').slice(0, 64);
    const token = (c.req.query('khoa') ?? '').slice(0, 200);
    try {
      const s = await subscriptionOfLink(repos, config.FEEDBACK_TOKEN_SECRET, purpose, id, token);
      const reference = await repos.reference.load();
      if (purpose === 'confirm' && s.state === 'confirmed')
        return sendPage(c, {
          title: translate(locale, 'subscription.confirmTitle'),
          main: followDoneMain(
            translate(locale, 'subscription.confirmTitle'),
            translate(locale, 'subscription.confirmed', { what: followedThing(s, reference, locale) }),
          ),
        });
      if (s.state === 'unsubscribed') throw new GoneError('subscription.ended');
      return sendPage(c, linkPage(purpose, s, token, reference, locale));
    } catch (error) {
      const domain = domainErrorOf(error);
      if (!domain) throw error;
      setRetryAfter(c, domain);
      const title = translate(
        locale,
        purpose === 'confirm' ? 'subscription.confirmTitle' : 'subscription.stopTitle',
      );
      return sendPage(c, {
        title,
        main: messageMain(title, errorBody(domain, c).message),
        status: domain.status as PageStatus,
      });
    }
  };
  app.get(apiPaths.followConfirm, page('confirm'));
  app.get(apiPaths.followStop, page('stop'));
  return app;
}
