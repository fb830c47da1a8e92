/**
 * "The answer does not satisfy me" (DESIGN §2 journey 6): only the submitter holds the
 * token (their email's link). The petition goes back to in_progress, marked unsatisfied,
 * with a fresh deadline for the agency, and a "reopened" event whose reason stays private
 * (it is the citizen's own words). One transaction, conditioned on the version read.
 */
import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  ForbiddenError,
  IllegalTransitionError,
  NotFoundError,
} from '../../../shared/errors.ts';
import { DEFAULT_DEADLINE_DAYS, type Petition, type TimelineEvent } from '../../../shared/schemas/index.ts';
import { transition } from '../../../shared/status-machine.ts';
import { deadlineAfter } from '../../../shared/time.ts';
import type { Config } from '../config.ts';
import type { Repositories } from '../data/index.ts';
import { retryOnTransactionConflict } from '../data/transactions.ts';
import { isFeedbackToken } from './feedback-token.ts';

export interface FeedbackRequest {
  /** Canonical tracking code. */
  code: string;
  token: unknown;
  reason?: string | undefined;
  now: Date;
}

/** Refuses anything but the petition's own token, before reading anything. */
export function assertFeedbackToken(config: Config, code: string, token: unknown): void {
  if (!isFeedbackToken(config.FEEDBACK_TOKEN_SECRET, code, token))
    throw new ForbiddenError('feedback.forbidden');
}

export async function giveFeedback(
  deps: { repos: Repositories; config: Config },
  request: FeedbackRequest,
): Promise<Petition> {
  const { repos, config } = deps;
  assertFeedbackToken(config, request.code, request.token);
  const reference = await repos.reference.load();

  // A concurrent change (another click, a staff action) makes the versioned write fail:
  // read again and decide again, so the answer reflects the status that won.
  for (let attempt = 1; ; attempt++) {
    const before = await repos.petitions.get(request.code);
    if (!before) throw new NotFoundError('code.notFound');
    const next = transition(before.status, 'reopen');
    if (!next.ok) throw new IllegalTransitionError(next.reason, { action: 'reopen', status: before.status });

    const at = request.now.toISOString();
    const deadlineDays =
      reference.councils.get(before.councilId)?.settings.deadlineDays ?? DEFAULT_DEADLINE_DAYS;
    const deadline = deadlineAfter(request.now, deadlineDays);
    const after: Petition = { ...before, status: next.to, unsatisfied: true, deadline, updatedAt: at };
    const event: TimelineEvent = {
      id: randomUUID(),
      code: before.code,
      type: 'reopened',
      at,
      actor: { id: 'citizen', role: 'citizen' },
      deadline,
      ...(request.reason ? { reason: request.reason } : {}),
    };
    try {
      const [saved] = await retryOnTransactionConflict(() =>
        repos.petitions.save([{ before, after, events: [event] }]),
      );
      return saved!;
    } catch (error) {
      if (error instanceof ConflictError && attempt < 3) continue;
      throw error;
    }
  }
}
