/**
 * /v1/petitions: submit (JSON, or the site's no-JavaScript form), track by code, and the
 * submitter's "not satisfied" feedback. Form posts answer 303 to the site's pages on
 * success and with an HTML page on failure; JSON clients get `{ error, message, fields? }`.
 */
import { Hono } from 'hono/quick';
import { DomainError, ValidationError } from '../../../shared/errors.ts';
import {
  PetitionSubmission,
  SatisfactionFeedback,
  SubmitterRightsRequest,
} from '../../../shared/schemas/petition.ts';
import { formatTrackingCode, generateTrackingCode } from '../../../shared/tracking-code.ts';
import { receiveFormFiles } from '../../lib/attachments/uploads.ts';
import { domainErrorOf } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { log } from '../../lib/log.ts';
import { assertFeedbackToken, giveFeedback } from '../../lib/petitions/give-feedback.ts';
import { confirmationUrl, statusUrl } from '../../lib/petitions/links.ts';
import { publicPetitionView } from '../../lib/petitions/public-view.ts';
import { receiptFor, submitPetition } from '../../lib/petitions/submit-petition.ts';
import {
  assertRightsToken,
  eraseOwnContact,
  withdrawOwnPetition,
} from '../../lib/petitions/submitter-rights.ts';
import { canonicalCode, trackPetition } from '../../lib/petitions/track-petition.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { clientHashOf } from '../form-post.ts';
import { isMultipart, readMultipartBody } from '../multipart-body.ts';
import { petitionFormFailure, rightsFailure } from '../pages/form-responses.ts';
import { rightsHref } from '../pages/rights-page.ts';
import { similarStep } from '../pages/similar-step.ts';
import { trackFormPost } from '../pages/track-form-failure.ts';
import { bodyKindOf, honeypotFilled, readBody } from '../request-body.ts';
import { idempotencyKeyOf } from './idempotency-key.ts';

export function petitionRoutes(deps: PublicApiDependencies) {
  const { repos, config } = deps;
  const now = () => deps.now?.() ?? new Date();
  const app = new Hono();

  app.post('/', async (c) => {
    // The no-JavaScript form with files is multipart (functions/public-api/multipart-body.ts).
    const multipart = isMultipart(c);
    const form = multipart || bodyKindOf(c) === 'form';
    let values: unknown;
    try {
      const idempotencyKey = idempotencyKeyOf(c);
      const body = multipart ? await readMultipartBody(c) : { ...(await readBody(c)), files: [] };
      values = body.value;
      const submission = parseInput(PetitionSubmission, body.value);
      // Without JavaScript, similar petitions are shown before the petition is stored.
      const step =
        form && !honeypotFilled(body.value) && (await similarStep(c, deps, submission, body.value));
      if (step) return step;
      let receipt: { code: string; statusUrl: string };
      if (honeypotFilled(body.value)) {
        // A robot: it gets what a person would, and nothing is stored or counted.
        log.info('petition honeypot filled', { route: '/v1/petitions' });
        receipt = receiptFor(config.PUBLIC_SITE_URL, generateTrackingCode());
      } else {
        const clientHash = clientHashOf(c, deps);
        if (body.files.length > 0) {
          // Only after the form itself is valid: a form with a mistake stores no file.
          if (!deps.attachments)
            throw new ValidationError({ attachments: { key: 'attachments.unavailable' } });
          submission.attachments = await receiveFormFiles(
            { repos, config, store: deps.attachments },
            { files: body.files, clientHash, now: now() },
          );
        }
        receipt = await submitPetition(
          { repos, config },
          { submission, clientHash, idempotencyKey, now: now(), locale: localeOf(c) },
        );
      }
      if (form) return c.redirect(confirmationUrl(config.PUBLIC_SITE_URL, receipt.code, localeOf(c)), 303);
      c.header('Location', `/v1/petitions/${receipt.code}`);
      return c.json(receipt, 201);
    } catch (error) {
      const domain = domainErrorOf(error);
      if (form && domain) return petitionFormFailure(c, deps, domain, values);
      throw error;
    }
  });

  app.get('/:code', async (c) => {
    const code = canonicalCode(c.req.param('code'));
    const [reference, record] = await Promise.all([repos.reference.load(), trackPetition(repos, code)]);
    c.header('Cache-Control', 'no-store');
    return c.json(publicPetitionView(record, reference, localeOf(c), now()));
  });

  app.post('/:code/feedback', (c) =>
    trackFormPost(
      c,
      deps,
      { form: 'feedback', title: 'track.feedbackNotSent' },
      async ({ code, value, form }) => {
        const token = (value as { token?: unknown } | null)?.token;
        // The token first: without it, nothing else about the request is answered.
        assertFeedbackToken(config, code, token);
        const input = parseInput(SatisfactionFeedback, value);
        const petition = await giveFeedback(
          { repos, config },
          { code, token: input.token, reason: input.reason, now: now() },
        );
        if (form) return c.redirect(statusUrl(config.PUBLIC_SITE_URL, code, localeOf(c)), 303);
        return c.json({ code: formatTrackingCode(code), status: petition.status });
      },
    ),
  );

  // The submitter's requests through their private link: the token first, then the confirmation.
  const rightsRequest = (verb: 'withdraw' | 'erase') =>
    app.post(`/:code/${verb}`, async (c) => {
      const form = bodyKindOf(c) === 'form';
      let code: string | undefined;
      try {
        code = canonicalCode(c.req.param('code'));
        const body = await readBody(c);
        assertRightsToken(config, code, (body.value as { token?: unknown } | null)?.token);
        const input = parseInput(SubmitterRightsRequest, body.value);
        const act = verb === 'withdraw' ? withdrawOwnPetition : eraseOwnContact;
        const petition = await act(
          { repos, config, ...(deps.attachments ? { attachments: deps.attachments } : {}) },
          code,
          now(),
        );
        if (form)
          return c.redirect(
            rightsHref(code, input.token, localeOf(c), { xong: verb === 'withdraw' ? 'rut' : 'xoa' }),
            303,
          );
        return c.json({
          code: formatTrackingCode(code),
          status: petition.status,
          contactErased: Boolean(petition.contactErasedAt),
        });
      } catch (error) {
        if (form && error instanceof DomainError) return rightsFailure(c, deps, error, code);
        throw error;
      }
    });
  rightsRequest('withdraw');
  rightsRequest('erase');

  return app;
}
