/**
 * The records a new online petition is made of: the petition (no personal data), its
 * submitter's contact (kept apart), their consent record, and its first timeline events, including the routing
 * decided at receipt (DESIGN §2 journeys 2 and 3).
 */
import { randomUUID } from 'node:crypto';
import type { Locale } from '../../../shared/messages/index.ts';
import { PRIVACY_NOTICE } from '../../../shared/privacy-notice.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import { routeOnReceipt } from '../../../shared/routing.ts';
import type {
  Actor,
  Channel,
  ConsentRecord,
  Council,
  Petition,
  PetitionSubmission,
  SubmitterContact,
  TimelineEvent,
} from '../../../shared/schemas/index.ts';

export interface NewPetition {
  petition: Petition;
  contact: SubmitterContact;
  /** What the submitter consented to, under the notice the form showed (or the current one). */
  consent: ConsentRecord;
  events: TimelineEvent[];
}

const CITIZEN: Actor = { id: 'citizen', role: 'citizen' };
const SYSTEM: Actor = { id: 'system', role: 'system' };

export function newPetition(input: {
  code: string;
  submission: PetitionSubmission;
  council: Council;
  reference: ReferenceData;
  now: Date;
  /** The citizen's own channels: the site's form (default) or an integrator's app. */
  channel?: Channel | undefined;
  /** The language of the page it was sent from. */
  locale?: Locale | undefined;
}): NewPetition {
  const { code, submission: s, council, reference } = input;
  const at = input.now.toISOString();
  // Events of one instant sort by id in the partition: the sequence number keeps
  // "received" before the routing step that follows it.
  const event = (
    seq: number,
    type: TimelineEvent['type'],
    actor: Actor,
    extra: Partial<TimelineEvent> = {},
  ) => ({
    id: `${seq}-${randomUUID()}`,
    code,
    type,
    at,
    actor,
    ...extra,
  });

  const petition: Petition = {
    code,
    councilId: council.id,
    channel: input.channel ?? 'online',
    status: 'received',
    fieldId: s.fieldId,
    localityId: s.localityId,
    communeId: s.submitter.communeId,
    title: s.title,
    content: s.content,
    consentToPublish: s.consentToPublish,
    ...(input.locale ? { locale: input.locale } : {}),
    ...(s.meetingId ? { meetingId: s.meetingId } : {}),
    receivedAt: at,
    voterCount: 1,
    version: 1,
    updatedAt: at,
  };
  const events: TimelineEvent[] = [event(1, 'received', CITIZEN)];

  const outcome = routeOnReceipt(
    reference,
    council,
    { fieldId: s.fieldId, localityId: s.localityId },
    input.now,
  );
  if (outcome.kind === 'routed') {
    Object.assign(petition, {
      status: 'routed',
      agencyId: outcome.agencyId,
      routedAt: at,
      deadline: outcome.deadline,
    });
    events.push(event(2, 'routed', SYSTEM, { agencyId: outcome.agencyId, deadline: outcome.deadline }));
  } else if (outcome.kind === 'proposed') {
    petition.proposedAgencyId = outcome.agencyId;
    // Not a public event type: the proposal is the secretariat's to confirm.
    events.push(event(2, 'proposed', SYSTEM, { agencyId: outcome.agencyId }));
  }

  const contact: SubmitterContact = {
    code,
    name: s.submitter.name,
    ...(s.submitter.email ? { email: s.submitter.email } : {}),
    ...(s.submitter.phone ? { phone: s.submitter.phone } : {}),
    address: s.submitter.address,
    communeId: s.submitter.communeId,
  };
  const consent: ConsentRecord = {
    code,
    publication: s.consentToPublish,
    // Giving an address is consenting to be told about the petition through it (the notice says so).
    channels: { email: s.submitter.email !== undefined, phone: s.submitter.phone !== undefined },
    consentedAt: at,
    noticeVersion: s.privacyNoticeVersion ?? PRIVACY_NOTICE.version,
  };
  return { petition, contact, consent, events };
}
