/**
 * POST /v1/petitions/{code}/resolution { token, resolved: "yes" | "no", reason? } — the
 * submitter's reply to "is it resolved?" (confirm-resolved.ts), JSON or the track page's
 * form (answered with a page). The token first: without it nothing else is answered.
 */

import { html } from 'hono/html';
import { Hono } from 'hono/quick';
import type { DomainError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages/index.ts';
import { ResolvedCheckReply } from '../../../shared/schemas/resolved-check.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { domainErrorOf } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { assertResolutionToken, confirmResolution } from '../../lib/petitions/confirm-resolved.ts';
import { statusUrl } from '../../lib/petitions/links.ts';
import { canonicalCode } from '../../lib/petitions/track-petition.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { sendPage } from '../pages/layout.ts';
import { trackFormFailure } from '../pages/track-form-failure.ts';
import { bodyKindOf, readBody } from '../request-body.ts';

export function resolvedCheckRoutes(deps: PublicApiDependencies) {
  const { repos, config } = deps;
  const app = new Hono();
  app.post('/:code/resolution', async (c) => {
    const form = bodyKindOf(c) === 'form';
    const locale = localeOf(c);
    const title = translate(locale, 'resolvedCheck.title');
    let code: string | undefined;
    let posted: unknown;
    try {
      code = canonicalCode(c.req.param('code'));
      const body = await readBody(c);
      posted = body.value;
      assertResolutionToken(config, code, (body.value as { token?: unknown } | null)?.token);
      const input = parseInput(ResolvedCheckReply, body.value);
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
      const thanks = translate(
        locale,
        input.resolved === 'yes' ? 'resolvedCheck.thanksYes' : 'resolvedCheck.thanksNo',
      );
      const track = statusUrl(config.PUBLIC_SITE_URL, code, locale);
      return sendPage(c, {
        title,
        main: html`<h1>${title}</h1><p class="notice" role="status">${thanks}</p><p><a href="${track}">${translate(locale, 'rights.trackLink')}</a></p>`,
      });
    } catch (error) {
      const domain = domainErrorOf(error) as DomainError | undefined;
      if (!form || !domain) throw error;
      // The track page again, the note as typed (track-form-failure.ts).
      return trackFormFailure(c, deps, {
        error: domain,
        code,
        form: 'resolution',
        title: 'resolvedCheck.title',
        posted,
      });
    }
  });
  return app;
}
