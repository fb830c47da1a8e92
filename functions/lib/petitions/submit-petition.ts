/**
 * Submitting a petition online (DESIGN §2 journey 2): check the references, then write the
 * petition, its contact, its first events, the idempotency record and the client's
 * rate-limit count in ONE transaction (DESIGN §7: one call, not three in a row). A retry
 * with the same Idempotency-Key — after the first answer or while it is in flight — fails
 * on the key, so it counts nothing against the limit and gets the first answer back (or
 * 409 request.inProgress), never a second petition and never a 429 of its own making.
 */
import { DuplicateError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import type { Channel, PetitionSubmission } from '../../../shared/schemas/index.ts';
import { formatTrackingCode, generateTrackingCode } from '../../../shared/tracking-code.ts';
import { hashUploadToken, readyUploadsOf } from '../attachments/uploads.ts';
import type { Config } from '../config.ts';
import { hashRequest, type StoredResponse } from '../data/idempotency-repository.ts';
import { awaitFirstAnswer, keyHeldByFirst, recordAnswerStep } from '../data/idempotent-request.ts';
import type { Repositories } from '../data/index.ts';
import type { RateLimit } from '../data/rate-limit-repository.ts';
import { retryOnTransactionConflict, type TransactStep } from '../data/transactions.ts';
import { checkReferences } from './check-references.ts';
import { statusUrl } from './links.ts';
import { newPetition } from './new-petition.ts';

export const SUBMIT_SCOPE = 'submit-petition';

/** What POST /v1/petitions answers (201), and what an idempotent retry gets again. */
export interface SubmissionReceipt {
  code: string;
  statusUrl: string;
}

export interface SubmitRequest {
  submission: PetitionSubmission;
  /** The client's address, hashed with the configured salt (no address is stored). */
  clientHash: string;
  idempotencyKey?: string | undefined;
  now: Date;
  /** How it arrived: the citizen's own form (the default) or an integrator's app (open311). */
  channel?: Channel;
  /** The language of the page it was sent from, kept for the emails about it. */
  locale?: Locale;
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
  const refs = submission.attachments ?? [];
  const [{ council }, uploads] = await Promise.all([
    checkReferences(reference, repos.meetings, submission),
    refs.length > 0 ? readyUploadsOf(repos, refs, request.locale ?? 'vi') : [],
  ]);
  const requestHash = hashRequest(submission);
  const idempotent = key ? { scope: SUBMIT_SCOPE, key, requestHash, now } : undefined;

  // After validation, so that a bad request writes nothing, not even a counter.
  const rateLimit = repos.rateLimits.countStep(
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
      locale: request.locale,
    });
    const receipt = receiptFor(config.PUBLIC_SITE_URL, record.petition.code);
    // Each named upload becomes the petition's attachment in the same transaction, once.
    const attachments: TransactStep[] = uploads.flatMap((upload, i) =>
      repos.uploads.attachSteps(
        upload,
        { kind: 'petition', id: record.petition.code },
        { tokenHash: hashUploadToken(refs[i]!.token) },
        now,
        `attachments.${i}`,
      ),
    );
    const response: StoredResponse = { status: 201, body: receipt };
    // The key before the counter: a retry of a used key past the limit is a retry, not a 429
    // (of two failed conditions, the first step's error is raised).
    const extra = idempotent
      ? [recordAnswerStep(repos.idempotency, idempotent, response), rateLimit, ...attachments]
      : [rateLimit, ...attachments];
    try {
      await retryOnTransactionConflict(() => repos.petitions.create(record, extra));
      return receipt;
    } catch (error) {
      // Our key was used or in flight: the first request's answer is ours. Conflicts on other
      // items only (the client's counter, busy with its other submissions) were retried, and
      // past that are a 503 (transient), so the client retries with the same key.
      if (idempotent && keyHeldByFirst(error))
        return awaitFirstAnswer<SubmissionReceipt>(repos.idempotency, idempotent);
      if (error instanceof DuplicateError && attempt < 3) continue;
      throw error;
    }
  }
}
