/**
 * The submitter's rights over their data (DESIGN §12, Decree 13/2023/NĐ-CP), through their
 * private link (rights-token.ts): see what is stored about them, withdraw a petition not
 * yet answered, and have their contact erased now. Both changes are idempotent (a second
 * click finds them done) and written like every petition change: one transaction on the
 * version read, with the contact's retention decided (retention.ts).
 *
 * The link expires with the contact: once the retention period has erased it there is
 * nothing of theirs left to show (410). After an erasure they asked for, the link still
 * shows that, and still withdraws an open petition.
 */
import { randomUUID } from 'node:crypto';
import { ForbiddenError, GoneError, IllegalTransitionError, NotFoundError } from '../../../shared/errors.ts';
import {
  type ConsentRecord,
  type Petition,
  PUBLIC_EVENT_TYPES,
  type TimelineEvent,
  type TimelineEventType,
} from '../../../shared/schemas/petition.ts';
import { transition } from '../../../shared/status-machine.ts';
import { purgeCitizenAttachments } from '../attachments/retention.ts';
import type { AttachmentStore } from '../attachments/store.ts';
import type { Config } from '../config.ts';
import type { Repositories } from '../data/index.ts';
import { retryOnTransactionConflict } from '../data/transactions.ts';
import { onLatestPetition } from './latest-petition.ts';
import { type ContactState, contactState, retentionMonthsOf, withRetention } from './retention.ts';
import { isRightsToken } from './rights-token.ts';

export interface RightsDeps {
  repos: Repositories;
  config: Config;
  /** The attachments bucket: an erasure removes the citizen's files with their contact. */
  attachments?: AttachmentStore;
}

/** Event types the submitter sees of their own petition: what happened, never staff notes or internal steps. */
const OWN_EVENT_TYPES: ReadonlySet<TimelineEventType> = new Set([...PUBLIC_EVENT_TYPES, 'contact_erased']);

export interface OwnData {
  petition: Petition;
  contact: ContactState;
  consent?: ConsentRecord;
  retentionMonths: number;
  timeline: Pick<TimelineEvent, 'type' | 'at' | 'reason'>[];
  canWithdraw: boolean;
}

/** Refuses anything but this petition's genuine token, before anything is read. */
export function assertRightsToken(config: Config, code: string, token: unknown): void {
  if (!isRightsToken(config.FEEDBACK_TOKEN_SECRET, code, token)) throw new ForbiddenError('rights.forbidden');
}

export async function ownData(repos: Repositories, code: string, now: Date): Promise<OwnData> {
  const record = await repos.petitions.getWithContact(code, now);
  if (!record) throw new NotFoundError('code.notFound');
  const { petition } = record;
  const contact = contactState(petition, record.contact, now);
  if (contact.kind === 'erased' && !petition.contactErasedAt)
    throw new GoneError('rights.expired', { date: contact.erasedAt });
  const [consent, reference] = await Promise.all([repos.petitions.getConsent(code), repos.reference.load()]);
  return {
    petition,
    contact,
    ...(consent ? { consent } : {}),
    retentionMonths: retentionMonthsOf(reference, petition.councilId),
    timeline: record.events
      .filter((e) => OWN_EVENT_TYPES.has(e.type))
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((e) => ({
        type: e.type,
        at: e.at,
        // The reason told to the citizen (a rejection, a return) or their own words (a reopen).
        ...(e.reason && ['rejected', 'returned', 'reopened'].includes(e.type) ? { reason: e.reason } : {}),
      })),
    canWithdraw: transition(petition.status, 'withdraw').ok,
  };
}

const CITIZEN = { id: 'citizen', role: 'citizen' as const };

/** Reads, decides and writes; a concurrent change makes the versioned write fail: decide again. */
async function change(
  deps: RightsDeps,
  code: string,
  now: Date,
  decide: (before: Petition) => { after: Petition; event: TimelineEvent } | 'done',
): Promise<Petition> {
  const reference = await deps.repos.reference.load();
  return onLatestPetition(deps.repos, code, async (before) => {
    const decided = decide(before);
    if (decided === 'done') return before;
    const after = withRetention(before, decided.after, reference, now);
    const [saved] = await retryOnTransactionConflict(() =>
      deps.repos.petitions.save([{ before, after, events: [decided.event] }]),
    );
    return saved!;
  });
}

const event = (code: string, type: TimelineEvent['type'], now: Date): TimelineEvent => ({
  id: randomUUID(),
  code,
  type,
  at: now.toISOString(),
  actor: CITIZEN,
});

/** Withdraws a petition not yet answered (agencies' queues and reminders drop it); a withdrawn one stays so. */
export function withdrawOwnPetition(deps: RightsDeps, code: string, now: Date): Promise<Petition> {
  return change(deps, code, now, (before) => {
    if (before.status === 'withdrawn') return 'done';
    const next = transition(before.status, 'withdraw');
    if (!next.ok)
      throw new IllegalTransitionError('rights.withdrawClosed', {
        action: 'withdraw',
        status: before.status,
      });
    return {
      after: { ...before, status: next.to, updatedAt: now.toISOString() },
      event: event(code, 'withdrawn', now),
    };
  });
}

/**
 * Erases the contact now, whatever the status: the repository replaces the contact item
 * with a tombstone in the same transaction; an open petition goes on anonymously, and the
 * notifier finds no one to tell. The citizen's own files go with it (DESIGN §12).
 */
export async function eraseOwnContact(deps: RightsDeps, code: string, now: Date): Promise<Petition> {
  const petition = await change(deps, code, now, (before) => {
    if (before.contactErasedAt) return 'done';
    const expires = before.contactExpiresAt;
    if (expires && Date.parse(expires) <= now.getTime()) return 'done';
    return {
      after: { ...before, contactErasedAt: now.toISOString(), updatedAt: now.toISOString() },
      event: event(code, 'contact_erased', now),
    };
  });
  // The same purge as at the end of retention (functions/deadlines), run on every request, so
  // a second click finishes what a fault interrupted; the agency's answer document stays.
  if (deps.attachments)
    await purgeCitizenAttachments({ repos: deps.repos, store: deps.attachments }, code, now);
  return petition;
}
