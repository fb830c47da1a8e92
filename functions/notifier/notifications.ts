/**
 * Who is told about a new timeline event, and with which email:
 *
 * - the petition's submitter, for received, routed, answered, rejected, merged, reopened
 *   (when they gave an email: no email, no notification, no error);
 * - the agency's official mailbox, when a petition is routed (or re-routed) to it;
 * - when a primary is answered, the submitter of each petition merged into it.
 *
 * Every email is about the recipient's own petition and carries nobody else's data.
 */

import type { ReferenceData } from '../../shared/reference-data.ts';
import type { Petition, TimelineEvent, TimelineEventType } from '../../shared/schemas/index.ts';
import type { Repositories } from '../lib/data/index.ts';
import { log } from '../lib/http/log.ts';
import { feedbackLink } from '../lib/petitions/feedback-token.ts';
import { statusUrl } from '../lib/petitions/links.ts';
import type { Notification } from './delivery.ts';
import { agencyAssignmentEmail } from './emails/agency-assignment.ts';
import { answeredEmail } from './emails/answered.ts';
import type { SubmitterEmailContext } from './emails/common.ts';
import type { RenderedEmail } from './emails/layout.ts';
import { mergedEmail } from './emails/merged.ts';
import { mergedAnsweredEmail } from './emails/merged-answered.ts';
import { receivedEmail } from './emails/received.ts';
import { rejectedEmail } from './emails/rejected.ts';
import { reopenedEmail } from './emails/reopened.ts';
import { routedEmail } from './emails/routed.ts';

/** The events a submitter hears about. The rest (notes, reminders, notify_failed…) are staff business. */
export const SUBMITTER_EVENT_TYPES: ReadonlySet<TimelineEventType> = new Set([
  'received',
  'routed',
  'answered',
  'rejected',
  'merged',
  'reopened',
]);

export interface NotificationContext {
  repos: Repositories;
  siteUrl: string;
  /** The key of the "not satisfied" links (FEEDBACK_TOKEN_SECRET). */
  feedbackSecret: string;
}

const GENERIC_AGENCY = 'cơ quan có thẩm quyền';

/** The submitter's email for the event (written when sent), or undefined when there is none to send. */
function submitterEmail(
  event: TimelineEvent,
  own: SubmitterEmailContext,
  reference: ReferenceData,
  ctx: NotificationContext,
): (() => RenderedEmail) | undefined {
  const { petition } = own;
  const agencyName = (id: string | undefined) => (id && reference.agencies.get(id)?.name) || GENERIC_AGENCY;
  switch (event.type) {
    case 'received':
      return () => receivedEmail(own, event);
    case 'routed':
      return () => routedEmail(own, event, agencyName(event.agencyId ?? petition.agencyId));
    case 'answered': {
      const answer = petition.answer;
      if (!answer) return undefined;
      return () =>
        answeredEmail(
          own,
          answer,
          agencyName(answer.agencyId),
          feedbackLink(ctx.siteUrl, ctx.feedbackSecret, petition.code, answer.answeredAt, petition.locale),
        );
    }
    case 'rejected':
      return () => rejectedEmail(own, event);
    case 'merged': {
      const primary = event.mergedInto ?? petition.mergedInto;
      if (!primary) return undefined;
      return () => mergedEmail(own, { code: primary, trackingUrl: statusUrl(ctx.siteUrl, primary) });
    }
    case 'reopened':
      return () => reopenedEmail(own, event);
    default:
      return undefined;
  }
}

/** The petition's submitter context, or undefined when they left no email. */
async function submitterOf(
  repos: Repositories,
  petition: Petition,
  councilName: string,
  siteUrl: string,
): Promise<{ to: string; own: SubmitterEmailContext } | undefined> {
  const contact = await repos.petitions.getContact(petition.code);
  if (!contact?.email) return undefined;
  return {
    to: contact.email,
    own: {
      petition,
      name: contact.name,
      councilName,
      // The page's language the petition was sent from (the emails' own words are Vietnamese).
      trackingUrl: statusUrl(siteUrl, petition.code, petition.locale),
    },
  };
}

export async function notificationsFor(
  event: TimelineEvent,
  ctx: NotificationContext,
): Promise<Notification[]> {
  if (!SUBMITTER_EVENT_TYPES.has(event.type)) return [];
  const { repos } = ctx;
  const [petition, reference] = await Promise.all([repos.petitions.get(event.code), repos.reference.load()]);
  if (!petition) {
    log.warn('notifier: event of an unknown petition', { eventId: event.id, type: event.type });
    return [];
  }
  const councilName = reference.councils.get(petition.councilId)?.name ?? 'Hội đồng nhân dân';
  const base = { eventId: event.id, eventType: event.type };
  const out: Notification[] = [];

  const submitter = await submitterOf(repos, petition, councilName, ctx.siteUrl);
  const render = submitter && submitterEmail(event, submitter.own, reference, ctx);
  if (submitter && render)
    out.push({
      ...base,
      petitionCode: petition.code,
      recipient: 'submitter',
      kind: event.type,
      to: submitter.to,
      render,
    });

  if (event.type === 'routed') {
    const agency = reference.agencies.get(event.agencyId ?? petition.agencyId ?? '');
    if (agency?.email) {
      const fieldName = reference.fields.get(petition.fieldId)?.name ?? petition.fieldId;
      out.push({
        ...base,
        petitionCode: petition.code,
        recipient: `agency#${agency.id}`,
        kind: 'agency_assignment',
        to: agency.email,
        render: () =>
          agencyAssignmentEmail({ petition, event, agencyName: agency.name, councilName, fieldName }),
      });
    }
  }

  const answer = petition.answer;
  if (event.type === 'answered' && answer) {
    const agencyName = reference.agencies.get(answer.agencyId)?.name ?? GENERIC_AGENCY;
    const primary = { code: petition.code, trackingUrl: statusUrl(ctx.siteUrl, petition.code) };
    for (const code of await repos.petitions.listMergedCodes(petition.code)) {
      const merged = await repos.petitions.get(code);
      // A link left behind by a petition merged again elsewhere is not this primary's.
      if (merged?.status !== 'merged' || merged.mergedInto !== petition.code) continue;
      const follower = await submitterOf(repos, merged, councilName, ctx.siteUrl);
      if (!follower) continue;
      out.push({
        ...base,
        petitionCode: merged.code,
        recipient: 'submitter',
        kind: 'merged_answered',
        to: follower.to,
        render: () => mergedAnsweredEmail(follower.own, primary, answer, agencyName),
      });
    }
  }
  return out;
}
