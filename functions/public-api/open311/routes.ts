/**
 * Open311 GeoReport v2 at /open311/v2/ (DESIGN §11), jurisdiction = council id:
 * discovery, services, services/{code}, POST requests (with an api_key), GET requests and
 * requests/{id}, each as .xml or .json. Every answer, errors included, is the spec's
 * document (respond.ts, document.ts); the petition work is in functions/lib/open311/.
 */
import { Hono } from 'hono/quick';
import { NotFoundError, UnsupportedMediaTypeError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages/index.ts';
import { Open311RequestsQuery } from '../../../shared/schemas/open311.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { authenticateApiKey } from '../../lib/open311/api-keys.ts';
import { findPublishedRequest, findPublishedRequests, serviceRequestOf } from '../../lib/open311/requests.ts';
import { jurisdictionOf, serviceAttributes, serviceList, serviceOf } from '../../lib/open311/services.ts';
import { submitOpen311Request } from '../../lib/open311/submit-request.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { readBody } from '../request-body.ts';
import { list } from './document.ts';
import { handleOpen311Error, respond, splitFormat } from './respond.ts';

export const GEOREPORT_V2 = 'http://wiki.open311.org/GeoReport_v2';
/** When this endpoint's description last changed (the discovery document's changeset). */
const CHANGESET = '2026-06-01 00:00';

export function open311Routes(deps: PublicApiDependencies) {
  const { repos, config } = deps;
  const now = () => deps.now?.() ?? new Date();
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200) c.header('Cache-Control', 'public, max-age=60');
    else c.header('Cache-Control', 'no-store');
  });

  app.get('/:resource', async (c) => {
    const { name, format } = splitFormat(c.req.param('resource'));
    const locale = localeOf(c);
    if (name === 'discovery') {
      const site = config.PUBLIC_SITE_URL;
      return respond(c, format, 'discovery', {
        changeset: CHANGESET,
        contact: translate(locale, 'open311.discovery.contact', { url: site }),
        key_service: translate(locale, 'open311.discovery.keyService', { url: site }),
        endpoints: list('endpoint', [
          {
            specification: GEOREPORT_V2,
            url: `${new URL(c.req.url).origin}/open311/v2`,
            changeset: CHANGESET,
            type: 'production',
            formats: list('format', ['text/xml', 'application/json']),
          },
        ]),
      });
    }
    const reference = await repos.reference.load();
    if (name === 'services') {
      const council = jurisdictionOf(reference, c.req.query('jurisdiction_id'));
      return respond(
        c,
        format,
        'services',
        list(
          'service',
          serviceList(reference, council, locale).map((s) => ({ ...s })),
        ),
      );
    }
    if (name === 'requests') {
      const council = jurisdictionOf(reference, c.req.query('jurisdiction_id'));
      const query = parseInput(Open311RequestsQuery, c.req.query());
      const petitions = await findPublishedRequests(repos, council, query, now());
      return respond(
        c,
        format,
        'service_requests',
        list(
          'request',
          petitions.map((p) => ({ ...serviceRequestOf(p, reference, locale) })),
        ),
      );
    }
    throw new NotFoundError('request.notFound');
  });

  app.get('/services/:file', async (c) => {
    const { name: code, format } = splitFormat(c.req.param('file'));
    const reference = await repos.reference.load();
    const council = jurisdictionOf(reference, c.req.query('jurisdiction_id'));
    const field = serviceOf(reference, code);
    const attributes = serviceAttributes(reference, council, localeOf(c)).map((a) => ({
      ...a,
      values: list('value', a.values),
    }));
    return respond(c, format, 'service_definition', {
      service_code: field.id,
      attributes: list('attribute', attributes),
    });
  });

  app.get('/requests/:file', async (c) => {
    const { name: id, format } = splitFormat(c.req.param('file'));
    const reference = await repos.reference.load();
    const council = jurisdictionOf(reference, c.req.query('jurisdiction_id'));
    const petition = await findPublishedRequest(repos, council, id);
    if (!petition) throw new NotFoundError('open311.unknownRequest');
    return respond(
      c,
      format,
      'service_requests',
      list('request', [{ ...serviceRequestOf(petition, reference, localeOf(c)) }]),
    );
  });

  app.post('/:resource', async (c) => {
    const { name, format } = splitFormat(c.req.param('resource'));
    if (name !== 'requests') throw new NotFoundError('request.notFound');
    // The spec's one body: application/x-www-form-urlencoded; charset=utf-8.
    const body = await readBody(c);
    if (body.kind !== 'form') throw new UnsupportedMediaTypeError('request.unsupportedMediaType');
    const form = body.value as Record<string, unknown>;
    // The key first: without a valid one, nothing else about the request is answered.
    const apiKey = await authenticateApiKey(repos, form.api_key);
    const reference = await repos.reference.load();
    const council = jurisdictionOf(reference, form.jurisdiction_id);
    const receipt = await submitOpen311Request(
      { repos, config },
      {
        form,
        apiKey,
        council,
        idempotencyKey: idempotencyKeyOf(c.req.header('idempotency-key')),
        now: now(),
      },
    );
    return respond(
      c,
      format,
      'service_requests',
      list('request', [
        {
          service_request_id: receipt.code,
          service_notice: translate(localeOf(c), 'open311.serviceNotice', { url: receipt.statusUrl }),
          account_id: null,
        },
      ]),
    );
  });

  app.all('*', () => {
    throw new NotFoundError('request.notFound');
  });
  app.onError(handleOpen311Error);
  return app;
}

/** Letters, digits, "-" and "_": what POST /v1/petitions accepts too; anything else is ignored. */
function idempotencyKeyOf(header: string | undefined): string | undefined {
  return header && /^[A-Za-z0-9_-]{8,128}$/.test(header) ? header : undefined;
}
