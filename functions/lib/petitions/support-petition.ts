/**
 * "Me too": a citizen adds their support to an existing petition with the protections of a
 * submission (submit-petition.ts): the references checked first, then ONE transaction with
 * the petition's voter count (on the version read; a concurrent change is re-read and
 * retried), a uniqueness key per contact given (the same email or phone twice is 409
 * supporter.duplicate, counted once), the supporter, the idempotency record and the
 * client's rate-limit count. A retry with the same Idempotency-Key gets the first answer.
 */
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import { PRIVACY_NOTICE } from '../../../shared/privacy-notice.ts';
import type { Petition, StoredSupporter, SupporterInput } from '../../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import type { Config } from '../config.ts';
import { hashRequest, type StoredResponse } from '../data/idempotency-repository.ts';
import { awaitFirstAnswer, keyHeldByFirst, recordAnswerStep } from '../data/idempotent-request.ts';
import type { Repositories } from '../data/index.ts';
import type { PetitionState } from '../data/petition-repository.ts';
import { supporterContactHash } from '../data/supporter-repository.ts';
import { retryOnTransactionConflict } from '../data/transactions.ts';

export const SUPPORT_SCOPE = 'support-petition';

/** What a petition in these statuses is still open to: support for the same matter. */
const SUPPORTABLE: ReadonlySet<Petition['status']> = new Set([
  'received',
  'routed',
  'in_progress',
  'answered',
]);

export interface SupportReceipt {
  code: string;
  voterCount: number;
}

export interface SupportRequest {
  code: string;
  input: SupporterInput;
  clientHash: string;
  idempotencyKey?: string | undefined;
  now: Date;
  locale?: Locale;
}

/**
 * The petition a supporter may join, or the reason they may not (404, 409): the petition item
 * alone (one GetItem), since joining reads none of its texts.
 */
export async function supportablePetition(repos: Repositories, code: string): Promise<PetitionState> {
  const petition = await repos.petitions.getState(code);
  if (!petition) throw new NotFoundError('code.notFound');
  if (!SUPPORTABLE.has(petition.status))
    throw new ConflictError(petition.status === 'merged' ? 'supporter.merged' : 'supporter.notOpen', {
      code: petition.mergedInto ? formatTrackingCode(petition.mergedInto) : '',
    });
  return petition;
}

export async function supportPetition(
  deps: { repos: Repositories; config: Config },
  request: SupportRequest,
): Promise<SupportReceipt> {
  const { repos, config } = deps;
  const { input, now, idempotencyKey: key } = request;
  const reference = await repos.reference.load();
  if (reference.units.get(input.communeId)?.type !== 'commune')
    throw new ValidationError({ communeId: { key: 'field.unknownCommune' } });
  const requestHash = hashRequest({ code: request.code, input });
  const idempotent = key ? { scope: SUPPORT_SCOPE, key, requestHash, now } : undefined;
  const salt = config.RATE_LIMIT_SALT;
  const hashes = [
    ...(input.email ? [supporterContactHash('email', input.email, salt)] : []),
    ...(input.phone ? [supporterContactHash('phone', input.phone, salt)] : []),
  ];
  const rateLimit = repos.rateLimits.countStep(
    SUPPORT_SCOPE,
    request.clientHash,
    { limit: config.SUBMIT_RATE_LIMIT, windowSeconds: config.SUBMIT_RATE_WINDOW_SECONDS },
    now,
  );
  const supporter: StoredSupporter = {
    code: request.code,
    supporterId: randomUUID(),
    communeId: input.communeId,
    ...(input.email ? { email: input.email } : {}),
    ...(input.phone ? { phone: input.phone } : {}),
    ...(request.locale ? { locale: request.locale } : {}),
    supportedAt: now.toISOString(),
    noticeVersion: input.privacyNoticeVersion ?? PRIVACY_NOTICE.version,
  };

  for (let attempt = 1; ; attempt++) {
    const petition = await supportablePetition(repos, request.code);
    const receipt: SupportReceipt = {
      code: formatTrackingCode(petition.code),
      voterCount: petition.voterCount + 1,
    };
    const response: StoredResponse = { status: 201, body: receipt };
    const extra = idempotent
      ? [recordAnswerStep(repos.idempotency, idempotent, response), rateLimit]
      : [rateLimit];
    try {
      await retryOnTransactionConflict(() => repos.supporters.add(petition, supporter, hashes, now, extra));
      return receipt;
    } catch (error) {
      if (idempotent && keyHeldByFirst(error))
        return awaitFirstAnswer<SupportReceipt>(repos.idempotency, idempotent);
      // Staff changed the petition since it was read: read it again (its status may forbid support now).
      if (error instanceof ConflictError && error.key === 'status.conflict' && attempt < 5) continue;
      throw error;
    }
  }
}
