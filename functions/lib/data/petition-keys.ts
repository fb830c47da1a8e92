/**
 * The petition's keys, built here and nowhere else: its partition (petition, timeline,
 * contact, system records; the layout is in petition-repository.ts) and the index entries
 * derived from its state. No SDK import, so infra, the notifier and the deadlines function
 * can read a key prefix without loading the repository.
 */
import type { Petition, TimelineEvent } from '../../../shared/schemas/index.ts';
import { OPEN_STATUSES, type PetitionStatus, RETENTION_STATUSES } from '../../../shared/status-machine.ts';
import type { KeyAttributeName } from '../../../shared/table.ts';

export const petitionKeys = {
  pk: (code: string) => `PETITION#${code}`,
  petitionSk: 'PUB#PETITION',
  /** The citizen's text (and a petition created answered: its answer's texts), apart from the petition item: petition-texts.ts. */
  textSk: 'PUB#PETITION#TEXT',
  /** Both the petition item and its text item, and nothing else (one Query reads the two). */
  petitionPrefix: 'PUB#PETITION',
  eventSk: (event: Pick<TimelineEvent, 'at' | 'id'>) => `PUB#EVENT#${event.at}#${event.id}`,
  contactSk: 'PRIVATE#CONTACT',
  consentSk: 'PRIVATE#CONSENT',
  publicPrefix: 'PUB#',
  eventPrefix: 'PUB#EVENT#',
  /**
   * Before issue #22: a link on the primary per petition merged into it (never public: not under
   * "PUB#"). No longer written (the "merged" event's gsi1 entry, `mergedInto`, is the link); still
   * read, for petitions merged before.
   */
  mergedPetitionPrefix: 'SYSTEM#MERGED#',
  /** The notifier's record of one event sent to one recipient ("submitter", "agency#<id>"); never public. */
  notifiedSk: (eventId: string, recipient: string) => `SYSTEM#NOTIFIED#${eventId}#${recipient}`,
  notifiedPrefix: 'SYSTEM#NOTIFIED#',
  /** Marks one deadline reminder of a kind as sent for one deadline (a re-route sets a new one); never public. */
  reminderSk: (kind: string, deadline: string) => `SYSTEM#REMINDER#${kind}#${deadline}`,
  agencyQueue: (agencyId: string, status: PetitionStatus) => `AGENCY#${agencyId}#${status}`,
  /** The agency's petitions that need its action first (needsAgencyAction), instead of their status queue. */
  agencyNeedsAction: (agencyId: string) => `AGENCY#${agencyId}#NEEDS_ACTION`,
  councilQueue: (councilId: string, status: PetitionStatus) => `COUNCIL#${councilId}#PETITIONS#${status}`,
  councilOpen: (councilId: string) => `COUNCIL#${councilId}#OPEN`,
  /** Petitions whose contact's retention runs (or ran) out, by that instant: gsi3, apart from the open ones. */
  councilRetention: (councilId: string) => `COUNCIL#${councilId}#RETENTION`,
  meeting: (meetingId: string) => `MEETING#${meetingId}#PETITIONS`,
  published: (councilId: string) => `COUNCIL#${councilId}#PUBLISHED`,
  commune: (communeId: string) => `UNIT#${communeId}#PETITIONS`,
  /** gsi1 (keys only), on each "merged" event: the petitions merged into a primary, sort key the merged code. */
  mergedInto: (primaryCode: string) => `MERGED#${primaryCode}`,
  /** Answered petitions promised "resolved by" a date, by that date: gsi10 (is it resolved?). */
  councilResolveBy: (councilId: string) => `COUNCIL#${councilId}#RESOLVE_BY`,
  /** The submitter's "is it resolved?" for one answer: asked, then their reply; never public. */
  resolutionAskedSk: (answeredAt: string) => `SYSTEM#RESOLUTION#ASKED#${answeredAt}`,
  resolutionReplySk: (answeredAt: string) => `SYSTEM#RESOLUTION#REPLY#${answeredAt}`,
};

/** The index entries a petition belongs to, given its current state. */
export function indexKeysOf(p: Petition): Partial<Record<KeyAttributeName, string>> {
  const keys: Partial<Record<KeyAttributeName, string>> = {
    gsi2pk: petitionKeys.councilQueue(p.councilId, p.status),
    gsi2sk: `${p.receivedAt}#${p.code}`,
    gsi6pk: petitionKeys.commune(p.communeId),
    gsi6sk: `${p.receivedAt}#${p.code}`,
  };
  if (p.agencyId) {
    // A petition that needs the agency's action sits in that queue instead of its status's:
    // the reopen or follow-up moves it there and the agency's next step moves it back, each
    // as the one gsi1 move every status change makes anyway.
    keys.gsi1pk = needsAgencyAction(p)
      ? petitionKeys.agencyNeedsAction(p.agencyId)
      : petitionKeys.agencyQueue(p.agencyId, p.status);
    // No deadline sorts last ("~" follows every digit).
    keys.gsi1sk = `${p.deadline ?? '~'}#${p.code}`;
  }
  // The retention entry is the contact item's own (contactRetentionOf), kept in step from the stream.
  if (p.deadline && OPEN_STATUSES.has(p.status)) {
    keys.gsi3pk = petitionKeys.councilOpen(p.councilId);
    keys.gsi3sk = `${p.deadline}#${p.code}`;
  }
  if (p.meetingId) {
    keys.gsi4pk = petitionKeys.meeting(p.meetingId);
    keys.gsi4sk = `${p.receivedAt}#${p.code}`;
  }
  if (p.publishedAt) {
    keys.gsi5pk = petitionKeys.published(p.councilId);
    keys.gsi5sk = `${p.publishedAt}#${p.code}`;
  }
  const promised = p.answer?.result === 'scheduled' ? p.answer.resolveBy : undefined;
  if (promised && (p.status === 'answered' || p.status === 'closed')) {
    keys.gsi10pk = petitionKeys.councilResolveBy(p.councilId);
    keys.gsi10sk = `${promised}#${p.code}`;
  }
  return keys;
}

/** Held by an agency, still waiting for its answer, and reopened or followed up since the agency last acted. */
export function needsAgencyAction(p: Petition): boolean {
  return (
    p.agencyId !== undefined &&
    (p.status === 'routed' || p.status === 'in_progress') &&
    (p.attention?.reopenedAt !== undefined || p.attention?.followUp !== undefined)
  );
}

/**
 * What the contact item carries of its retention, given the petition's state: the TTL while
 * `contactExpiresAt` is set (a reopen after the end keeps it: what is erased stays erased), and
 * the retention entry of the deadline index (gsi3) while the petition is in a retention status;
 * nothing once the contact is erased. Off the request path: written at submit, then by the
 * statistics function from the stream (functions/statistics/contact-retention.ts), so a status
 * change does not pay for it. Never open at the same time, so the deadline index holds both.
 */
export function contactRetentionOf(
  p: Pick<Petition, 'code' | 'councilId' | 'status' | 'contactExpiresAt' | 'contactErasedAt'>,
): { expiresAt?: string; gsi3pk?: string; gsi3sk?: string } {
  if (!p.contactExpiresAt || p.contactErasedAt) return {};
  if (!RETENTION_STATUSES.has(p.status)) return { expiresAt: p.contactExpiresAt };
  return {
    expiresAt: p.contactExpiresAt,
    gsi3pk: petitionKeys.councilRetention(p.councilId),
    gsi3sk: `${p.contactExpiresAt}#${p.code}`,
  };
}
