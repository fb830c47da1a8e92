/**
 * Answers of the Open311 endpoint: every document in the format its path names, and every
 * error as the spec's `errors` list (404 for what does not exist, 403 for a missing or bad
 * api_key, 400 for anything else the client got wrong), in the reader's language.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
  DomainError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
} from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages/index.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { errorFields, log } from '../../lib/log.ts';
import { type Format, list, renderDocument, type Value } from './document.ts';

/** "services.json" → { name: "services", format: "json" }; any other ending is not a resource. */
export function splitFormat(file: string | undefined): { name: string; format: Format } {
  const match = /^(.+)\.(xml|json)$/.exec(file ?? '');
  if (!match) throw new NotFoundError('open311.unknownFormat');
  return { name: match[1]!, format: match[2] as Format };
}

/** The format of the request's path (XML, the mandatory one, when it names none). */
export const formatOfPath = (path: string): Format => (path.endsWith('.json') ? 'json' : 'xml');

export function respond(c: Context, format: Format, root: string, value: Value, status: 200 | 201 = 200) {
  const { body, type } = renderDocument(format, root, value);
  return c.body(body, status, { 'Content-Type': type });
}

function errorList(error: DomainError, c: Context): { code: string; description: string }[] {
  const locale = localeOf(c);
  if (error instanceof ValidationError && Object.keys(error.fields).length > 0)
    return Object.entries(error.fields).map(([field, problem]) => ({
      code: String(error.status),
      description: `${field}: ${translate(locale, problem.key, problem.params)}`,
    }));
  return [{ code: String(error.status), description: translate(locale, error.key, error.params) }];
}

/** The spec's three statuses, plus 429 (with Retry-After) and 500 for what the client cannot fix. */
function statusOf(error: DomainError): 400 | 403 | 404 | 429 {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ForbiddenError || error instanceof UnauthorizedError) return 403;
  if (error instanceof RateLimitedError) return 429;
  return 400;
}

const errorsDocument = (errors: { code: string; description: string }[]): Value =>
  list(
    'error',
    errors.map((e) => ({ code: e.code, description: e.description })),
  );

export function handleOpen311Error(error: Error, c: Context): Response {
  const format = formatOfPath(c.req.path);
  const render = (status: 400 | 403 | 404 | 429 | 500, errors: { code: string; description: string }[]) => {
    const { body, type } = renderDocument(format, 'errors', errorsDocument(errors));
    c.header('Cache-Control', 'no-store');
    return c.body(body, status, { 'Content-Type': type });
  };
  if (error instanceof DomainError) {
    if (error instanceof RateLimitedError) c.header('Retry-After', String(error.retryAfterSeconds));
    return render(statusOf(error), errorList(error, c));
  }
  if (error instanceof HTTPException && error.status < 500)
    return render(400, [{ code: '400', description: translate(localeOf(c), 'request.invalid') }]);
  log.error('unhandled error', { method: c.req.method, route: c.req.routePath, ...errorFields(error) });
  return render(500, [{ code: '500', description: translate(localeOf(c), 'server.error') }]);
}
