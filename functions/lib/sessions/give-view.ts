/**
 * A citizen gives a view on one open agenda item (DESIGN §8), with the petition's
 * protections: the view, its author's name (apart, outside PUB#), the idempotency record
 * and the client's rate-limit count are ONE transaction, conditional on the agenda the item
 * was checked against. A retry with the same Idempotency-Key gets the first receipt back.
 */
import { randomBytes } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type {
  AgendaItem,
  CouncilSession,
  SessionAgenda,
  SessionView,
  SessionViewSubmission,
} from '../../../shared/schemas/index.ts';
import { vietnamDate } from '../../../shared/time.ts';
import type { Config } from '../config.ts';
import { hashRequest, type StoredResponse } from '../data/idempotency-repository.ts';
import { awaitFirstAnswer, keyHeldByFirst, recordAnswerStep } from '../data/idempotent-request.ts';
import type { Repositories } from '../data/index.ts';
import { retryOnTransactionConflict } from '../data/transactions.ts';

export const VIEW_SCOPE = 'give-view';

export interface ViewReceipt {
  id: string;
  status: 'pending';
}

/** Time-ordered and unguessable: base-36 milliseconds, then 40 random bits. */
export function newViewId(now: Date): string {
  return `${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`;
}

/** Open for views: the session not closed, the item open, and today not past its last day. */
export function takesViews(session: CouncilSession, item: AgendaItem, now: Date): boolean {
  if (session.status === 'closed' || !item.viewsOpen) return false;
  return item.viewsUntil === undefined || vietnamDate(now) <= item.viewsUntil;
}

/** The item a view is for, of the session's stored agenda; 400 on `agendaItemId` otherwise. */
export function agendaItemOf(agenda: SessionAgenda | undefined, itemId: string): AgendaItem {
  const item = agenda?.items.find((i) => i.id === itemId);
  if (!item) throw new ValidationError({ agendaItemId: { key: 'field.unknownAgendaItem' } });
  return item;
}

/** A commune of the territory of the council holding the session; 400 on `field` otherwise. */
export function checkCommune(
  reference: ReferenceData,
  session: CouncilSession,
  communeId: string,
  field: string,
) {
  const council = reference.councils.get(session.councilId);
  if (reference.units.get(communeId)?.type !== 'commune')
    throw new ValidationError({ [field]: { key: 'field.unknownCommune' } });
  if (!council || !reference.isWithin(communeId, council.unitId))
    throw new ValidationError({ [field]: { key: 'field.communeOutsideSession' } });
}

export interface GiveViewRequest {
  sessionId: string;
  submission: SessionViewSubmission;
  clientHash: string;
  idempotencyKey?: string | undefined;
  now: Date;
}

export async function giveView(
  deps: { repos: Repositories; config: Config },
  request: GiveViewRequest,
): Promise<ViewReceipt> {
  const { repos, config } = deps;
  const { submission, now, idempotencyKey: key } = request;
  const reference = await repos.reference.load();
  const session = reference.sessions.get(request.sessionId);
  if (!session) throw new NotFoundError('field.unknownSession');
  const agenda = await repos.sessions.getAgenda(session.id);
  const item = agendaItemOf(agenda, submission.agendaItemId);
  checkCommune(reference, session, submission.communeId, 'communeId');
  if (!agenda || !takesViews(session, item, now)) throw new ConflictError('sessionView.closed');

  const view: SessionView = {
    id: newViewId(now),
    sessionId: session.id,
    councilId: session.councilId,
    agendaItemId: item.id,
    source: 'online',
    status: 'pending',
    communeId: submission.communeId,
    text: submission.text,
    voterCount: 1,
    consentToPublish: submission.consentToPublish,
    version: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const receipt: ViewReceipt = { id: view.id, status: 'pending' };
  const requestHash = hashRequest({ sessionId: session.id, ...submission });
  const response: StoredResponse = { status: 201, body: receipt };
  const rateLimit = repos.rateLimits.countStep(
    VIEW_SCOPE,
    request.clientHash,
    { limit: config.SUBMIT_RATE_LIMIT, windowSeconds: config.SUBMIT_RATE_WINDOW_SECONDS },
    now,
  );
  // The key before the counter: a retry past the limit is a retry, not a 429.
  const idempotent = key ? { scope: VIEW_SCOPE, key, requestHash, now } : undefined;
  const extra = idempotent
    ? [recordAnswerStep(repos.idempotency, idempotent, response), rateLimit]
    : [rateLimit];
  try {
    await retryOnTransactionConflict(() =>
      repos.sessions.addView(view, agenda.version, { authorName: submission.name, extra }),
    );
    return receipt;
  } catch (error) {
    if (idempotent && keyHeldByFirst(error))
      return awaitFirstAnswer<ViewReceipt>(repos.idempotency, idempotent);
    throw error;
  }
}
