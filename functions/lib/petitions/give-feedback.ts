/**
 * "The answer does not satisfy me" (DESIGN §2 journey 6): only the submitter holds the
 * token (their email's link). The petition goes back to in_progress, marked unsatisfied,
 * with a fresh deadline for the agency, and a "reopened" event whose reason stays private
 * (it is the citizen's own words). One transaction, conditioned on the version read.
 *
 * A link reopens at most once per answer, for a period the council sets: it names the
 * answer it was sent with, so once another answer is recorded it is stale; once it has
 * reopened the petition (`unsatisfied`, cleared only by a new answer) it is used; and
 * after `feedbackDays` from its answer it has expired. Each is a 410 and changes nothing.
 */
import { answerDeadline } from '../../../shared/answer-deadline.ts';
import { ForbiddenError, GoneError } from '../../../shared/errors.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Petition } from '../../../shared/schemas/petition.ts';
import { DEFAULT_FEEDBACK_DAYS } from '../../../shared/schemas/reference.ts';
import { deadlineAfter } from '../../../shared/time.ts';
import type { Config } from '../config.ts';
import type { Repositories } from '../data/index.ts';
import { feedbackTokenAnswer, isTokenOfAnswer } from './feedback-token.ts';
import { onLatestPetition } from './latest-petition.ts';
import { reopenBySubmitter } from './reopen.ts';

export interface FeedbackRequest {
  /** Canonical tracking code. */
  code: string;
  token: unknown;
  reason?: string | undefined;
  now: Date;
}

/** Refuses anything but a genuine token of this petition, before reading anything; gives the answer it names. */
export function assertFeedbackToken(config: Config, code: string, token: unknown): number {
  const answer = feedbackTokenAnswer(config.FEEDBACK_TOKEN_SECRET, code, token);
  if (answer === undefined) throw new ForbiddenError('feedback.forbidden');
  return answer;
}

/** The last instant a link sent with this answer works: the end of the council's `feedbackDays`-th day after it. */
export function feedbackUntil(reference: ReferenceData, petition: Petition, answeredAt: string): string {
  const days = reference.councils.get(petition.councilId)?.settings.feedbackDays ?? DEFAULT_FEEDBACK_DAYS;
  return deadlineAfter(answeredAt, days);
}

/**
 * Why a genuine token, made for the answer recorded at `answerMs`, cannot reopen this
 * petition at `now`, or undefined when it can (as far as the link goes: the status
 * machine still decides).
 */
export function feedbackRefusal(
  reference: ReferenceData,
  petition: Petition,
  answerMs: number,
  now: Date,
): GoneError | undefined {
  const answeredAt = petition.answer?.answeredAt;
  if (!answeredAt || !isTokenOfAnswer(answerMs, answeredAt)) return new GoneError('feedback.superseded');
  if (petition.unsatisfied) return new GoneError('feedback.used');
  const until = feedbackUntil(reference, petition, answeredAt);
  if (now.getTime() > Date.parse(until)) return new GoneError('feedback.expired', { date: until });
  return undefined;
}

export async function giveFeedback(
  deps: { repos: Repositories; config: Config },
  request: FeedbackRequest,
): Promise<Petition> {
  const { repos, config } = deps;
  const answerMs = assertFeedbackToken(config, request.code, request.token);
  const reference = await repos.reference.load();

  return onLatestPetition(repos, request.code, async (before) => {
    const refusal = feedbackRefusal(reference, before, answerMs, request.now);
    if (refusal) throw refusal;
    return reopenBySubmitter(repos, reference, before, {
      now: request.now,
      deadline: answerDeadline(reference, before.councilId, request.now),
      reason: request.reason || undefined,
    });
  });
}
