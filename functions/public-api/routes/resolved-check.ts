/**
 * POST /v1/petitions/{code}/resolution { token, resolved: "yes" | "no", reason? } — the
 * submitter's reply to "is it resolved?" (confirm-resolved.ts), JSON or the track page's
 * form (answered with a page). The token first: without it nothing else is answered.
 */

import { html } from 'hono/html';
import { Hono } from 'hono/quick';
import { translate } from '../../../shared/messages/index.ts';
import { ResolvedCheckReply } from '../../../shared/schemas/resolved-check.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { assertResolutionToken, confirmResolution } from '../../lib/petitions/confirm-resolved.ts';
import { statusUrl } from '../../lib/petitions/links.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { sendPage } from '../pages/layout.ts';
import { trackFormPost } from '../pages/track-form-failure.ts';

export function resolvedCheckRoutes(deps: PublicApiDependencies) {
  const { repos, config } = deps;
  const app = new Hono();
  app.post('/:code/resolution', (c) =>
    trackFormPost(
      c,
      deps,
      { form: 'resolution', title: 'resolvedCheck.title' },
      async ({ code, value, form }) => {
        assertResolutionToken(config, code, (value as { token?: unknown } | null)?.token);
        const input = parseInput(ResolvedCheckReply, value);
        const petition = await confirmResolution(
          { repos, config },
          {
            code,
            token: input.token,
            resolved: input.resolved === 'yes',
            reason: input.reason,
            now: deps.now?.() ?? new Date(),
          },
        );
        if (!form)
          return c.json({
            code: formatTrackingCode(code),
            status: petition.status,
            resolved: input.resolved === 'yes',
          });
        const locale = localeOf(c);
        const title = translate(locale, 'resolvedCheck.title');
        const thanks = translate(
          locale,
          input.resolved === 'yes' ? 'resolvedCheck.thanksYes' : 'resolvedCheck.thanksNo',
        );
        const track = statusUrl(config.PUBLIC_SITE_URL, code, locale);
        return sendPage(c, {
          title,
          main: html`<h1>${title}</h1><p class="notice" role="status">${thanks}</p><p><a href="${track}">${translate(locale, 'rights.trackLink')}</a></p>`,
        });
      },
    ),
  );
  return app;
}
