/**
 * The submitter sends an answered petition back (DESIGN §2 journey 6): "the answer does not
 * satisfy me" (give-feedback.ts) or "it is not resolved" (confirm-resolved.ts). Either way
 * it goes back to in_progress, marked unsatisfied, with a fresh deadline for the agency and
 * a "reopened" event, in one transaction on the version read (a ConflictError otherwise).
 */
import { randomUUID } from 'node:crypto';
import { IllegalTransitionError } from '../../../shared/errors.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Petition, TimelineEvent } from '../../../shared/schemas/index.ts';
import { transition } from '../../../shared/status-machine.ts';
import type { Repositories } from '../data/index.ts';
import { retryOnTransactionConflict, type TransactStep } from '../data/transactions.ts';
import { withRetention } from './retention.ts';

export interface Reopening {
  now: Date;
  /** The agency's new deadline. */
  deadline: string;
  /** The event's reason, when there is one (the citizen's own words stay private). */
  reason?: string | undefined;
}

/** The petition reopened by its submitter, saved with `steps` in the same transaction. */
export async function reopenBySubmitter(
  repos: Repositories,
  reference: ReferenceData,
  before: Petition,
  reopening: Reopening,
  steps: TransactStep[] = [],
): Promise<Petition> {
  const next = transition(before.status, 'reopen');
  if (!next.ok) throw new IllegalTransitionError(next.reason, { action: 'reopen', status: before.status });
  const at = reopening.now.toISOString();
  const { deadline, reason } = reopening;
  const reopened: Petition = {
    ...before,
    status: next.to,
    unsatisfied: true,
    deadline,
    updatedAt: at,
    // The agency holding it sees it first in its queue until it acts (petition-keys.ts).
    attention: { reopenedAt: at },
  };
  const after = withRetention(before, reopened, reference, reopening.now);
  const event: TimelineEvent = {
    id: randomUUID(),
    code: before.code,
    type: 'reopened',
    at,
    actor: { id: 'citizen', role: 'citizen' },
    deadline,
    ...(reason !== undefined ? { reason } : {}),
  };
  const [saved] = await retryOnTransactionConflict(() =>
    repos.petitions.save([{ before, after, events: [event] }], steps),
  );
  return saved!;
}
