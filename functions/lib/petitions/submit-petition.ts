/**
 * Submitting a petition online (DESIGN §2 journey 2): check the references, count the
 * client against the rate limit, then write the petition, its contact, its first events
 * and the idempotency record in ONE transaction. A retry with the same Idempotency-Key
 * gets the first answer back and never makes a second petition.
 */
import { ConflictError, DomainError, DuplicateError } from '../../../shared/errors.ts';
import type { Channel, PetitionSubmission } from '../../../shared/schemas/index.ts';
import { formatTrackingCode, generateTrackingCode } from '../../../shared/tracking-code.ts';
import type { Config } from '../config.ts';
import { hashRequest, type StoredResponse } from '../data/idempotency-repository.ts';
import type { Repositories } from '../data/index.ts';
import type { RateLimit } from '../data/rate-limit-repository.ts';
import { retryOnTransactionConflict, TransactionConflictError } from '../data/transactions.ts';
import { checkReferences } from './check-references.ts';
import { statusUrl } from './links.ts';
import { newPetition } from './new-petition.ts';

export const SUBMIT_SCOPE = 'submit-petition';

/** What POST /v1/petitions answers (201), and what an idempotent retry gets again. */
export interface SubmissionReceipt {
  code: string;
  statusUrl: string;
}

/** The Idempotency-Key was used before with a different body. */
export class IdempotencyMismatchError extends DomainError {
  readonly status = 422;
}

/** The first request with this key is still being written: the client should retry shortly. */
export class RequestInProgressError extends ConflictError {}

/** Raised inside the transaction when another request holds the same key. */
class IdempotencyKeyTakenError extends ConflictError {}

export interface SubmitRequest {
  submission: PetitionSubmission;
  /** The client's address, hashed with the configured salt (no address is stored). */
  clientHash: string;
  idempotencyKey?: string | undefined;
  now: Date;
  /** How it arrived: the citizen's own form (the default) or an integrator's app (open311). */
  channel?: Channel;
  /** The limit `clientHash` is counted against, when not the citizens' (an API key's own). */
  rateLimit?: RateLimit;
}

export interface SubmitDependencies {
  repos: Repositories;
  config: Config;
}

export function receiptFor(siteUrl: string, code: string): SubmissionReceipt {
  return { code: formatTrackingCode(code), statusUrl: statusUrl(siteUrl, code) };
}

export async function submitPetition(
  deps: SubmitDependencies,
  request: SubmitRequest,
): Promise<SubmissionReceipt> {
  const { repos, config } = deps;
  const { submission, idempotencyKey: key, now } = request;
  const reference = await repos.reference.load();
  const { council } = await checkReferences(reference, repos.meetings, submission);
  const requestHash = hashRequest(submission);

  if (key) {
    const earlier = await repos.idempotency.get(SUBMIT_SCOPE, key, now);
    if (earlier) return replay(earlier.requestHash, requestHash, earlier.response);
  }
  // After validation, so that a bad request writes nothing, not even a counter.
  await repos.rateLimits.hit(
    SUBMIT_SCOPE,
    request.clientHash,
    request.rateLimit ?? {
      limit: config.SUBMIT_RATE_LIMIT,
      windowSeconds: config.SUBMIT_RATE_WINDOW_SECONDS,
    },
    now,
  );

  // A fresh code collides with an existing one once in ~10^16 submissions; try another then.
  for (let attempt = 1; ; attempt++) {
    const { channel } = request;
    const record = newPetition({
      code: generateTrackingCode(),
      submission,
      council,
      reference,
      now,
      channel,
    });
    const receipt = receiptFor(config.PUBLIC_SITE_URL, record.petition.code);
    const response: StoredResponse = { status: 201, body: receipt };
    const extra = key
      ? [
          {
            ...repos.idempotency.putStep(SUBMIT_SCOPE, key, { requestHash, response }, now),
            onConditionFailed: () => new IdempotencyKeyTakenError('request.inProgress'),
          },
        ]
      : [];
    try {
      await retryOnTransactionConflict(() => repos.petitions.create(record, extra));
      return receipt;
    } catch (error) {
      if (key && (error instanceof IdempotencyKeyTakenError || error instanceof TransactionConflictError))
        return awaitFirstAnswer(deps, key, requestHash, now);
      if (error instanceof DuplicateError && attempt < 3) continue;
      throw error;
    }
  }
}

function replay(storedHash: string, requestHash: string, response: StoredResponse): SubmissionReceipt {
  if (storedHash !== requestHash) throw new IdempotencyMismatchError('request.idempotencyMismatch');
  return response.body as SubmissionReceipt;
}

/**
 * Another request with the same key won the race. Its transaction is committed by the
 * time ours fails on the key, but read a few times in case a conflict cancelled ours first.
 */
async function awaitFirstAnswer(
  deps: SubmitDependencies,
  key: string,
  requestHash: string,
  now: Date,
): Promise<SubmissionReceipt> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const earlier = await deps.repos.idempotency.get(SUBMIT_SCOPE, key, now);
    if (earlier) return replay(earlier.requestHash, requestHash, earlier.response);
    await new Promise((resolve) => setTimeout(resolve, 50 + attempt * 25));
  }
  throw new RequestInProgressError('request.inProgress');
}
