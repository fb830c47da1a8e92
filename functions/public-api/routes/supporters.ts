/**
 * POST /v1/petitions/{code}/supporters — "me too" (JSON, or the track page's no-JavaScript
 * form): 201 { code, voterCount }; a form post answers 303 to the track page. The same
 * protections as a submission: honeypot, rate limit, Idempotency-Key, consent under the
 * privacy notice the form showed (support-petition.ts).
 */
import { Hono } from 'hono/quick';
import { SupporterInput } from '../../../shared/schemas/supporter.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { domainErrorOf } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { log } from '../../lib/log.ts';
import { supportablePetition, supportPetition } from '../../lib/petitions/support-petition.ts';
import { canonicalCode } from '../../lib/petitions/track-petition.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { clientHashOf } from '../form-post.ts';
import { supportDoneUrl, supportFailure } from '../pages/support-responses.ts';
import { bodyKindOf, honeypotFilled, readBody } from '../request-body.ts';
import { idempotencyKeyOf } from './idempotency-key.ts';

export function supporterRoutes(deps: PublicApiDependencies) {
  const { repos, config } = deps;
  const now = () => deps.now?.() ?? new Date();
  const app = new Hono();

  app.post('/:code/supporters', async (c) => {
    const form = bodyKindOf(c) === 'form';
    let code: string | undefined;
    let values: unknown;
    try {
      code = canonicalCode(c.req.param('code'));
      const idempotencyKey = idempotencyKeyOf(c);
      const body = await readBody(c);
      values = body.value;
      const input = parseInput(SupporterInput, body.value);
      let receipt: { code: string; voterCount: number };
      if (honeypotFilled(body.value)) {
        // A robot: it gets what a person would, and nothing is stored or counted.
        log.info('supporter honeypot filled', { route: '/v1/petitions/{code}/supporters' });
        const petition = await supportablePetition(repos, code);
        receipt = { code: formatTrackingCode(code), voterCount: petition.voterCount + 1 };
      } else {
        receipt = await supportPetition(
          { repos, config },
          { code, input, clientHash: clientHashOf(c, deps), idempotencyKey, now: now(), locale: localeOf(c) },
        );
      }
      if (form) return c.redirect(supportDoneUrl(config.PUBLIC_SITE_URL, code, localeOf(c)), 303);
      return c.json(receipt, 201);
    } catch (error) {
      const domain = domainErrorOf(error);
      if (form && domain) return supportFailure(c, deps, domain, code, values);
      throw error;
    }
  });
  return app;
}
