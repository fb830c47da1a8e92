/**
 * The no-JavaScript pages about one petition, served by the public API on the site's
 * origin (CloudFront sends these exact paths to the API; locally the site's dev server
 * proxies them):
 *   GET /tra-cuu?ma=CODE[&phan-hoi=TOKEN]   the track page (the lookup form without a code)
 *   GET /gui-kien-nghi/da-gui?ma=CODE       the confirmation after a form submission
 *   GET /du-lieu-ca-nhan?ma=CODE&khoa=TOKEN[&buoc=rut|xoa][&xong=rut|xoa]
 *                                           the submitter's own data and requests (rights-page.ts)
 */

import { html } from 'hono/html';
import { Hono } from 'hono/quick';
import { translate } from '../../../shared/messages/index.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { sitePaths } from '../../../shared/ui/routes.ts';
import { domainErrorOf, errorBody, setRetryAfter } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { expectedAnswer } from '../../lib/petitions/expected-answer.ts';
import { FEEDBACK_TOKEN_PARAM, feedbackTokenAnswer } from '../../lib/petitions/feedback-token.ts';
import { feedbackRefusal } from '../../lib/petitions/give-feedback.ts';
import { SITE_PATHS } from '../../lib/petitions/links.ts';
import { publicPetitionView } from '../../lib/petitions/public-view.ts';
import { RIGHTS_TOKEN_PARAM } from '../../lib/petitions/rights-token.ts';
import { assertRightsToken, ownData } from '../../lib/petitions/submitter-rights.ts';
import { canonicalCode, trackPetition } from '../../lib/petitions/track-petition.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { confirmationMain } from './confirmation-page.ts';
import { otherLanguageHref, type PageHtml, type PageStatus, sendPage } from './layout.ts';
import { messageMain } from './message-page.ts';
import { resolutionOptionsOf } from './resolved-options.ts';
import { RIGHTS_STEPS, rightsMain } from './rights-page.ts';
import { supportStateOf } from './support-responses.ts';
import { trackLookupForm, trackResultMain } from './track-page.ts';

/** Only these statuses can be reopened by the submitter; the form shows nowhere else. */
const ANSWERED = new Set(['answered', 'closed']);

export function petitionPages(deps: PublicApiDependencies) {
  const { repos, config } = deps;
  const app = new Hono();

  app.get(SITE_PATHS.track, async (c) => {
    const locale = localeOf(c);
    const title = translate(locale, 'track.title');
    const typed = (c.req.query('ma') ?? '').slice(0, 40);
    const page = { title, alternateHref: otherLanguageHref(c), currentPath: sitePaths.track(locale) };
    if (typed.trim() === '') {
      return sendPage(c, { ...page, main: lookupMain(title, trackLookupForm(locale)) });
    }
    try {
      const code = canonicalCode(typed);
      const [reference, record] = await Promise.all([repos.reference.load(), trackPetition(repos, code)]);
      const now = deps.now?.() ?? new Date();
      const view = publicPetitionView(record, reference, locale, now);
      const token = c.req.query(FEEDBACK_TOKEN_PARAM);
      const answerMs = token ? feedbackTokenAnswer(config.FEEDBACK_TOKEN_SECRET, code, token) : undefined;
      const refusal =
        answerMs !== undefined && ANSWERED.has(view.status)
          ? feedbackRefusal(reference, record.petition, answerMs, now)
          : undefined;
      const feedback =
        token && answerMs !== undefined
          ? {
              open: ANSWERED.has(view.status),
              token,
              ...(refusal ? { refusal: errorBody(refusal, c).message } : {}),
            }
          : undefined;
      return sendPage(c, {
        ...page,
        title: translate(locale, 'track.heading', { code: view.code }),
        council: view.council?.name,
        main: trackResultMain(
          view,
          locale,
          feedback,
          supportStateOf(c, reference, locale),
          await resolutionOptionsOf(c, repos, config, record.petition, now),
        ),
      });
    } catch (error) {
      const domain = domainErrorOf(error);
      if (!domain) throw error;
      setRetryAfter(c, domain);
      const message = errorBody(domain, c).message;
      return sendPage(c, {
        ...page,
        main: lookupMain(title, trackLookupForm(locale, typed, message)),
        status: domain.status as PageStatus,
      });
    }
  });

  app.get(SITE_PATHS.rights, async (c) => {
    const locale = localeOf(c);
    const title = translate(locale, 'rights.title');
    try {
      const code = canonicalCode(c.req.query('ma') ?? '');
      const token = c.req.query(RIGHTS_TOKEN_PARAM) ?? '';
      assertRightsToken(config, code, token);
      const data = await ownData(repos, code, deps.now?.() ?? new Date());
      const step = RIGHTS_STEPS[c.req.query('buoc') ?? ''];
      const done = RIGHTS_STEPS[c.req.query('xong') ?? ''];
      return sendPage(c, {
        title,
        main: rightsMain(data, locale, { token, ...(step ? { step } : {}), ...(done ? { done } : {}) }),
        alternateHref: otherLanguageHref(c),
      });
    } catch (error) {
      const domain = domainErrorOf(error);
      if (!domain) throw error;
      setRetryAfter(c, domain);
      return sendPage(c, {
        title,
        main: messageMain(title, errorBody(domain, c).message, [
          { href: sitePaths.track(locale), label: translate(locale, 'rights.trackLink') },
        ]),
        status: domain.status as PageStatus,
      });
    }
  });

  app.get(SITE_PATHS.confirmation, async (c) => {
    const locale = localeOf(c);
    const typed = c.req.query('ma') ?? '';
    try {
      const canonical = canonicalCode(typed);
      // The petition item only (never its contact, nor its texts), for the council's deadline setting.
      const [reference, petition] = await Promise.all([
        repos.reference.load(),
        repos.petitions.getState(canonical),
      ]);
      const expected = expectedAnswer(petition, reference, deps.now?.() ?? new Date());
      return sendPage(c, {
        title: translate(locale, 'confirmation.title'),
        main: confirmationMain(formatTrackingCode(canonical), locale, expected),
        alternateHref: otherLanguageHref(c),
      });
    } catch (error) {
      const domain = domainErrorOf(error);
      if (!domain) throw error;
      setRetryAfter(c, domain);
      const title = translate(locale, 'track.title');
      return sendPage(c, {
        title,
        main: lookupMain(title, trackLookupForm(locale, typed.slice(0, 40), errorBody(domain, c).message)),
        status: domain.status as PageStatus,
      });
    }
  });

  return app;
}

/** A heading over the lookup form (no code yet, or one that is wrong). */
function lookupMain(title: string, form: PageHtml): PageHtml {
  return html`<h1>${title}</h1>${form}`;
}
