/**
 * "Is it resolved?": the submitter's reply, through the link sent after an answer's "resolved
 * by" date (resolved-token.ts). "Yes" is recorded and counted (citizen-confirmed
 * resolutions); "no" is recorded, counted, and reopens the petition for follow-up as "not
 * satisfied" does (give-feedback.ts): in_progress, unsatisfied, a fresh deadline, a
 * "reopened" event, in the same transaction, on the version read. One reply per answer.
 */
import { ForbiddenError, GoneError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages/index.ts';
import type { Petition } from '../../../shared/schemas/petition.ts';
import { DEFAULT_DEADLINE_DAYS } from '../../../shared/schemas/reference.ts';
import { deadlineAfter, vietnamDate } from '../../../shared/time.ts';
import type { Config } from '../config.ts';
import type { Repositories } from '../data/index.ts';
import { transactWrite } from '../data/transactions.ts';
import { isTokenOfAnswer } from './feedback-token.ts';
import { onLatestPetition } from './latest-petition.ts';
import { reopenBySubmitter } from './reopen.ts';
import { resolutionTokenAnswer } from './resolved-token.ts';

/** The answer a reply may be given for now: a "resolved by" answer whose date has passed, still the current one. */
export function resolutionDue(petition: Petition, answerMs: number, now: Date): boolean {
  const answer = petition.answer;
  if (answer?.result !== 'scheduled' || !answer.resolveBy) return false;
  if (!isTokenOfAnswer(answerMs, answer.answeredAt)) return false;
  if (petition.status !== 'answered' && petition.status !== 'closed') return false;
  return vietnamDate(now) > answer.resolveBy;
}

export function assertResolutionToken(config: Config, code: string, token: unknown): number {
  const answerMs = resolutionTokenAnswer(config.FEEDBACK_TOKEN_SECRET, code, token);
  if (answerMs === undefined) throw new ForbiddenError('resolvedCheck.forbidden');
  return answerMs;
}

export async function confirmResolution(
  deps: { repos: Repositories; config: Config },
  request: { code: string; token: unknown; resolved: boolean; reason?: string | undefined; now: Date },
): Promise<Petition> {
  const { repos, config } = deps;
  const answerMs = assertResolutionToken(config, request.code, request.token);
  const reference = await repos.reference.load();
  return onLatestPetition(repos, request.code, async (before) => {
    if (!resolutionDue(before, answerMs, request.now)) throw new GoneError('resolvedCheck.notDue');
    const answeredAt = before.answer!.answeredAt;
    const reply = repos.resolvedChecks.replySteps(
      before.code,
      before.councilId,
      answeredAt,
      request.resolved,
      request.now,
    );
    if (request.resolved) {
      await transactWrite(repos.db, reply);
      return before;
    }
    const deadlineDays =
      reference.councils.get(before.councilId)?.settings.deadlineDays ?? DEFAULT_DEADLINE_DAYS;
    return reopenBySubmitter(
      repos,
      reference,
      before,
      {
        now: request.now,
        deadline: deadlineAfter(request.now, deadlineDays),
        reason: request.reason ?? translate('vi', 'resolvedCheck.reopenReason'),
      },
      reply,
    );
  });
}
