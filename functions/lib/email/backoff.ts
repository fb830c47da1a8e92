/**
 * Retries with capped exponential backoff and full jitter: each wait is a random time
 * between zero and min(cap, base · 2^attempt), so many senders throttled at once do not
 * come back in step (https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/).
 */

export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injected by tests so that they neither wait nor depend on chance. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * Five tries within about eight seconds at worst: long enough to ride out a throttling
 * burst, short enough to stay well inside a stream-processing Lambda's timeout.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 4000 };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The wait before try number `attempt + 1` (attempt counts from 1). */
export function backoffDelay(policy: RetryPolicy, attempt: number, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Calls `attempt` until it succeeds, fails with an error `isRetryable` refuses, or the
 * tries run out; then the last error is thrown as it is.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  isRetryable: (error: unknown) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  const sleep = policy.sleep ?? realSleep;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= policy.maxAttempts || !isRetryable(error)) throw error;
      await sleep(backoffDelay(policy, tries, policy.random));
    }
  }
}

/** How a sender tells its provider's errors apart once the retries are over. */
export interface SendFailureClasses {
  isRetryable: (error: unknown) => boolean;
  /** The error to throw when the provider refused for good (never retried), else undefined. */
  permanent: (error: unknown) => Error | undefined;
  /** The error to throw when a passing failure outlasted every try. */
  temporary: (attempts: number, error: unknown) => Error;
}

/**
 * One send with withRetry(), then what still fails sorted: a refusal becomes the permanent
 * error, a retryable failure the temporary one (with the tries made), anything else (a
 * configuration or access problem) is thrown as it is. Email and SMS send through this.
 */
export async function sendWithRetry<T>(
  send: () => Promise<T>,
  classes: SendFailureClasses,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  let attempts = 0;
  try {
    return await withRetry(
      () => {
        attempts++;
        return send();
      },
      classes.isRetryable,
      policy,
    );
  } catch (error) {
    const refusal = classes.permanent(error);
    if (refusal) throw refusal;
    if (classes.isRetryable(error)) throw classes.temporary(attempts, error);
    throw error;
  }
}
