/**
 * Which failures of an AWS call are passing ones, for every client we use (DynamoDB, SES):
 * throttling, a 5xx, a dropped, refused or timed-out connection, a transaction cancelled
 * by throttling or by another transaction. The SDK has already retried these with backoff;
 * what is still failing is answered "try again shortly" (503 with Retry-After), not
 * "something is broken" (500). Everything else — a bad request, a missing permission, a
 * failed condition — is not transient, and stays with its own handling.
 */

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
]);
const SERVER = new Set([
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalFailure',
  'InternalServerError',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);
/** Why DynamoDB cancels a transaction for a passing reason (never a failed condition). */
const TRANSIENT_CANCELLATIONS = new Set([
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
  'TransactionConflict',
]);

interface SdkErrorShape {
  name?: string;
  code?: string;
  cause?: unknown;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
  CancellationReasons?: { Code?: string }[];
}

function isTransientItself(e: SdkErrorShape): boolean {
  if (e.name && (THROTTLING.has(e.name) || SERVER.has(e.name))) return true;
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  if (e.name === 'TransactionCanceledException') {
    const codes = (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
    return codes.some((c) => TRANSIENT_CANCELLATIONS.has(c)) && !codes.includes('ConditionalCheckFailed');
  }
  if (e.$retryable) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status === 429 || (status !== undefined && status >= 500)) return true;
  return e.$fault === 'server';
}

/** True when `error`, or an error it wraps (`cause`), is a passing failure of a dependency. */
export function isTransientAwsError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (isTransientItself(current as SdkErrorShape)) return true;
    current = (current as SdkErrorShape).cause;
  }
  return false;
}
