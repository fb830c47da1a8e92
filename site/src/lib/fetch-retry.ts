/**
 * The build's GET, retried: a public API under load (a bench on a saturated machine, a
 * Lambda throttled during a deployment) may drop a connection, answer 502–504 or 429, or
 * not answer in time. Each of those is retried with exponential backoff (GETs of published
 * data are safe to repeat); any other answer, and the last failure, go back to the caller.
 */

export interface RetryOptions {
  /** How many tries in all. */
  attempts?: number;
  /** The wait before the second try; doubled before each further one. */
  backoffMs?: number;
  /** How long one try may take before it counts as not answered. */
  timeoutMs?: number;
}

const RETRIED_STATUSES = new Set([429, 502, 503, 504]);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fetchWithRetry(
  url: string,
  init: { headers: Record<string, string> },
  options: RetryOptions = {},
): Promise<Response> {
  const attempts = options.attempts ?? 6;
  const backoffMs = options.backoffMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 60_000;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (!RETRIED_STATUSES.has(response.status) || attempt >= attempts) return response;
      await response.body?.cancel();
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
    await wait(backoffMs * 2 ** (attempt - 1));
  }
}
