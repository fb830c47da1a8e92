/**
 * Domain errors. Each carries a message key (translated at the edge) and keeps the
 * cause; the HTTP layer maps the class to a status code in one place.
 */
import type { MessageKey } from './messages/index.ts';

type Params = Record<string, string | number>;

export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;
  readonly key: MessageKey;
  readonly params: Params;
  constructor(key: MessageKey, params: Params = {}, options?: { cause?: unknown }) {
    super(key, options);
    this.name = new.target.name;
    this.key = key;
    this.params = params;
  }
}

/** Field-level problems with an input; `fields` maps a dotted path to a message key. */
export class ValidationError extends DomainError {
  readonly status = 400;
  readonly fields: Record<string, { key: MessageKey; params?: Params }>;
  constructor(
    fields: Record<string, { key: MessageKey; params?: Params }>,
    key: MessageKey = 'request.invalid',
    options?: { cause?: unknown },
  ) {
    super(key, {}, options);
    this.fields = fields;
  }
}

/** The base of an error that is answered with one status and nothing more than its message. */
function withStatus<S extends DomainError['status']>(status: S) {
  abstract class StatusError extends DomainError {
    readonly status = status;
  }
  return StatusError;
}

export class BadRequestError extends withStatus(400) {}

export class NotFoundError extends withStatus(404) {}

/** A write lost a race or would overwrite newer data: reload and retry. */
export class ConflictError extends withStatus(409) {}

/** The record exists already (a unique key was taken). */
export class DuplicateError extends withStatus(409) {}

/** The status machine refuses this action from the current status. */
export class IllegalTransitionError extends withStatus(409) {}

export class UnauthorizedError extends withStatus(401) {}

export class ForbiddenError extends withStatus(403) {}

/** What the request points at existed but is no more (a used, superseded or expired link). */
export class GoneError extends withStatus(410) {}

export class RateLimitedError extends DomainError {
  readonly status = 429;
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('request.rateLimited', { seconds: retryAfterSeconds });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class PayloadTooLargeError extends withStatus(413) {}

export class UnsupportedMediaTypeError extends withStatus(415) {}

/**
 * A dependency failed for a passing reason (throttling, a 5xx, a dropped connection) even
 * after the SDK's retries: try again in a few seconds. Nothing was half-written.
 */
export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, options?: { cause?: unknown }) {
    super('server.busy', { seconds: retryAfterSeconds }, options);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
