/**
 * A public write made with an Idempotency-Key (a submission, a "me too", a view on an agenda
 * item): its transaction records the answer under the key, and a request that finds the key
 * taken, or in flight, answers what the first request answered.
 */
import { ConflictError, DomainError } from '../../../shared/errors.ts';
import type { IdempotencyRepository, StoredResponse } from './idempotency-repository.ts';
import type { TransactStep } from './transactions.ts';

/** The Idempotency-Key was used before with a different body. */
export class IdempotencyMismatchError extends DomainError {
  readonly status = 422;
}

/** The first request with this key is still being written: the client should retry shortly. */
export class RequestInProgressError extends ConflictError {}

/** Raised inside the transaction when another request holds the same key. */
class IdempotencyKeyTakenError extends ConflictError {}

/** Raised when a transaction with the same key was in flight at the same moment. */
class IdempotencyKeyInFlightError extends ConflictError {}

export interface IdempotentRequest {
  scope: string;
  key: string;
  /** hashRequest of what was asked: the same key with another body is a mismatch, not a retry. */
  requestHash: string;
  now: Date;
}

/** The step that records `response` under the key, in the transaction of the write it answers. */
export function recordAnswerStep(
  idempotency: IdempotencyRepository,
  request: IdempotentRequest,
  response: StoredResponse,
): TransactStep {
  const { scope, key, requestHash, now } = request;
  return {
    ...idempotency.putStep(scope, key, { requestHash, response }, now),
    onConditionFailed: () => new IdempotencyKeyTakenError('request.inProgress'),
    onConflict: () => new IdempotencyKeyInFlightError('request.inProgress'),
  };
}

/** True when the write failed because another request holds the key: its answer is ours. */
export function keyHeldByFirst(error: unknown): boolean {
  return error instanceof IdempotencyKeyTakenError || error instanceof IdempotencyKeyInFlightError;
}

/**
 * Another request with the same key came first: its answer is committed by the time ours
 * fails on the key, but read a few times in case a conflict cancelled ours while it was in
 * flight.
 */
export async function awaitFirstAnswer<T>(
  idempotency: IdempotencyRepository,
  request: IdempotentRequest,
): Promise<T> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const earlier = await idempotency.get(request.scope, request.key, request.now);
    if (earlier) {
      if (earlier.requestHash !== request.requestHash)
        throw new IdempotencyMismatchError('request.idempotencyMismatch');
      return earlier.response.body as T;
    }
    await new Promise((resolve) => setTimeout(resolve, 50 + attempt * 25));
  }
  throw new RequestInProgressError('request.inProgress');
}
