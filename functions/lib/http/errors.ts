/**
 * The one error handler of every Hono app: domain errors become `{ error, message, fields? }`
 * with their status, in the reader's language; a passing failure of a dependency (after the
 * SDK's retries) is a 503 with Retry-After; anything else is logged without personal data
 * and answered with a generic 500.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
  DomainError,
  RateLimitedError,
  ServiceUnavailableError,
  ValidationError,
} from '../../../shared/errors.ts';
import { isMessageKey, type Locale, translate } from '../../../shared/messages/index.ts';
import { formatVietnamDate } from '../../../shared/time.ts';
import { isTransientAwsError } from '../aws/transient-errors.ts';
import { errorFields, log } from '../log.ts';
import { localeOf } from './locale.ts';

export interface ErrorBody {
  error: string;
  message: string;
  fields?: Record<string, string>;
}

/** A short machine-readable name: "ValidationError" → "validation". */
const errorName = (error: DomainError) =>
  error.name.replace(/Error$/, '').replace(/^./, (ch) => ch.toLowerCase());

/**
 * Parameters as a person reads them: a status or an action of the status machine is named
 * in words ("đang xử lý", not "in_progress") wherever an error mentions one, and a `date`
 * (an ISO instant) is the calendar date in Vietnam, written as the reader's language does.
 */
function readableParams(error: DomainError, locale: Locale): Record<string, string | number> {
  const params = { ...error.params };
  for (const [name, prefix] of [
    ['action', 'petition.action'],
    ['status', 'petition.status'],
    ['itemAction', 'followUp.action'],
    ['itemStatus', 'followUp.status'],
  ] as const) {
    const key = `${prefix}.${params[name]}`;
    if (params[name] !== undefined && isMessageKey(key)) params[name] = translate(locale, key);
  }
  if (typeof params.date === 'string' && Number.isFinite(Date.parse(params.date)))
    params.date = formatVietnamDate(params.date, locale);
  return params;
}

export function errorBody(error: DomainError, c: Context): ErrorBody {
  const locale = localeOf(c);
  const body: ErrorBody = {
    error: errorName(error),
    message: translate(locale, error.key, readableParams(error, locale)),
  };
  if (error instanceof ValidationError) {
    body.fields = Object.fromEntries(
      Object.entries(error.fields).map(([path, p]) => [path, translate(locale, p.key, p.params)]),
    );
  }
  return body;
}

/** Long enough for a throttled table or a restarting node to recover; the form retries sooner. */
export const TRANSIENT_RETRY_AFTER_SECONDS = 5;

/**
 * The domain error an error is answered as: itself, or ServiceUnavailableError for a passing
 * failure of a dependency; undefined for anything else (a bug: a 500). Routes that answer
 * with a page (the no-JavaScript forms) ask this too, so they classify the same way.
 */
export function domainErrorOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (isTransientAwsError(error))
    return new ServiceUnavailableError(TRANSIENT_RETRY_AFTER_SECONDS, { cause: error });
  return undefined;
}

/** Sets Retry-After for the errors that say when to come back (rate limit, busy dependency). */
export function setRetryAfter(c: Context, error: DomainError): void {
  if (error instanceof RateLimitedError || error instanceof ServiceUnavailableError)
    c.header('Retry-After', String(error.retryAfterSeconds));
}

export function handleError(error: Error, c: Context): Response {
  const domain = domainErrorOf(error);
  if (domain) {
    if (domain !== error)
      log.warn('dependency unavailable', {
        method: c.req.method,
        route: c.req.routePath,
        ...errorFields(error),
      });
    setRetryAfter(c, domain);
    return c.json(errorBody(domain, c), domain.status);
  }
  if (error instanceof HTTPException && error.status < 500) {
    return c.json({ error: 'request', message: translate(localeOf(c), 'request.invalid') }, error.status);
  }
  log.error('unhandled error', { method: c.req.method, route: c.req.routePath, ...errorFields(error) });
  return c.json({ error: 'internal', message: translate(localeOf(c), 'server.error') }, 500);
}

export function handleNotFound(c: Context): Response {
  return c.json({ error: 'notFound', message: translate(localeOf(c), 'request.notFound') }, 404);
}
