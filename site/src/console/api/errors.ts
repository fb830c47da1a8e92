/**
 * What can go wrong when the console calls the staff API, as classes the screens can
 * tell apart: a form shows `fields` next to its fields, a 409 reloads the petition,
 * a 403 shows "not allowed", a 401 signs in again.
 */

/** The staff API's error body (functions/lib/http/errors.ts). */
export interface ErrorBody {
  error: string;
  message: string;
  fields?: Record<string, string>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Dotted field path ("submitter.email") → message in the reader's language. */
  readonly fields: Record<string, string>;
  constructor(status: number, body: ErrorBody, options?: { cause?: unknown }) {
    super(body.message, options);
    this.name = new.target.name;
    this.status = status;
    this.code = body.error;
    this.fields = body.fields ?? {};
  }
}

/** 401: the token is missing, expired or refused. */
export class SignInRequiredError extends ApiError {}

/** 403: signed in, but this is not theirs to see or do. */
export class NotAllowedError extends ApiError {}

export class NotFoundApiError extends ApiError {}

/** 409: someone else changed the record first, or the status no longer allows the action. */
export class ConflictApiError extends ApiError {}

/** No answer at all (offline, CORS refused, server down). */
export class NetworkError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('network', options);
    this.name = 'NetworkError';
  }
}

export function apiErrorOf(status: number, body: ErrorBody): ApiError {
  if (status === 401) return new SignInRequiredError(status, body);
  if (status === 403) return new NotAllowedError(status, body);
  if (status === 404) return new NotFoundApiError(status, body);
  if (status === 409) return new ConflictApiError(status, body);
  return new ApiError(status, body);
}

/** A body that is an error body, or undefined (a proxy's HTML page, an empty 502…). */
export function asErrorBody(value: unknown): ErrorBody | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.error !== 'string' || typeof v.message !== 'string') return undefined;
  const fields =
    v.fields && typeof v.fields === 'object'
      ? Object.fromEntries(
          Object.entries(v.fields as Record<string, unknown>).filter(
            (e): e is [string, string] => typeof e[1] === 'string',
          ),
        )
      : undefined;
  return { error: v.error, message: v.message, ...(fields ? { fields } : {}) };
}
