/**
 * Who is told about a new timeline event, on which channels, with which message:
 *
 * - the petition's submitter, for received, routed, answered, rejected, merged, reopened,
 *   on every channel they gave and the council enabled: email when they gave an address;
 *   SMS and Zalo when they gave a mobile number (a landline is stored for staff to call,
 *   and gets no text) and the council's settings turn the channel on (for Zalo, with a
 *   template for that notice). No channel, no notification, no error;
 * - the official mailbox of the agency holding the petition, when it is routed (or
 *   re-routed) to it, reopened (the submitter is not satisfied) or followed up by a
 *   delegate: each email links to the petition in the staff console and carries none of
 *   the submitter's name, contact or words;
 * - when a primary is answered, the submitter of each petition merged into it.
 *
 * Every email is about the recipient's own petition and carries nobody else's data. An
 * erased contact (on request, or at the end of its retention) is no contact: nothing is sent.
 */

import { type NotifyChannel, SUBMITTER_EVENT_TYPES } from '../../shared/notify-channels.ts';
import type { ReferenceData } from '../../shared/reference-data.ts';
import type { Council, Petition, TimelineEvent, TimelineEventType } from '../../shared/schemas/index.ts';
import { consolePetitionUrl } from '../../shared/ui/console-routes.ts';
import type { Repositories } from '../lib/data/index.ts';
import type { RenderedEmail } from '../lib/email/layout.ts';
import { log } from '../lib/log.ts';
import { feedbackLink } from '../lib/petitions/feedback-token.ts';
import { statusUrl } from '../lib/petitions/links.ts';
import { petitionsMergedInto } from '../lib/petitions/merged-into.ts';
import { rightsLink } from '../lib/petitions/rights-token.ts';
import {
  citizenMessages,
  GENERIC_AGENCY,
  mobileOf,
  petitionEventEmail,
  shortNoticeOf,
} from './citizen-messages.ts';
import type { Notification } from './delivery.ts';
import { type AgencyEmailContext, agencyAssignmentEmail } from './emails/agency-assignment.ts';
import { agencyFollowUpEmail } from './emails/agency-follow-up.ts';
import { agencyReopenedEmail } from './emails/agency-reopened.ts';
import { displayCode, type SubmitterEmailContext } from './emails/common.ts';
import { mergedAnsweredEmail } from './emails/merged-answered.ts';
import { receivedEmail } from './emails/received.ts';
import { followerNotifications } from './follower-notifications.ts';
import type { ShortNotice } from './short/notices.ts';
import { supporterNotifications } from './supporter-notifications.ts';

/** The events a submitter hears about (shared/notify-channels.ts). */
const SUBMITTER_EVENTS: ReadonlySet<TimelineEventType> = new Set(SUBMITTER_EVENT_TYPES);

/** The events the agency holding the petition hears about, and the notice each becomes. */
const AGENCY_NOTICES: Partial<
  Record<
    TimelineEventType,
    { kind: string; write: (a: AgencyEmailContext, fieldName: string) => RenderedEmail }
  >
> = {
  routed: { kind: 'agency_assignment', write: (a, fieldName) => agencyAssignmentEmail({ ...a, fieldName }) },
  reopened: { kind: 'agency_reopened', write: agencyReopenedEmail },
  follow_up: { kind: 'agency_follow_up', write: agencyFollowUpEmail },
};

export interface NotificationContext {
  repos: Repositories;
  siteUrl: string;
  /** The staff console's origin (STAFF_CONSOLE_URL), for the link in every agency email. */
  consoleUrl: string;
  /** The key of the "not satisfied" links (FEEDBACK_TOKEN_SECRET). */
  feedbackSecret: string;
  /** The phone channels this notifier can send on (email it always can). */
  phoneChannels?: ReadonlySet<Exclude<NotifyChannel, 'email'>>;
}

/** The submitter's email for the event (written when sent), or undefined when there is none to send. */
function submitterEmail(
  event: TimelineEvent,
  own: SubmitterEmailContext,
  reference: ReferenceData,
  ctx: NotificationContext,
): (() => RenderedEmail) | undefined {
  const { petition } = own;
  if (event.type === 'received')
    return () => receivedEmail(own, event, rightsLink(ctx.siteUrl, ctx.feedbackSecret, petition.code));
  return petitionEventEmail(event, own, reference, ctx.siteUrl, (answer) =>
    feedbackLink(ctx.siteUrl, ctx.feedbackSecret, petition.code, answer.answeredAt, petition.locale),
  );
}

interface Submitter {
  /** Their address, when they gave one. */
  email?: string;
  /** Their mobile number in E.164, when they gave one (never a landline). */
  mobile?: string;
  own: SubmitterEmailContext;
}

/** The petition's submitter and how they can be reached, or undefined when they cannot be. */
async function submitterOf(
  repos: Repositories,
  petition: Petition,
  councilName: string,
  siteUrl: string,
): Promise<Submitter | undefined> {
  const contact = await repos.petitions.getContact(petition);
  if (!contact) return undefined;
  const mobile = mobileOf(contact.phone);
  if (!contact.email && !mobile) return undefined;
  return {
    ...(contact.email ? { email: contact.email } : {}),
    ...(mobile ? { mobile } : {}),
    own: {
      petition,
      name: contact.name,
      councilName,
      trackingUrl: statusUrl(siteUrl, petition.code, petition.locale),
    },
  };
}

/** A submitter's messages: `notice` and `email` on every channel they gave and the council enabled. */
function submitterMessages(
  target: { eventId: string; eventType: TimelineEvent['type']; petitionCode: string },
  submitter: Submitter,
  council: Council | undefined,
  notice: ShortNotice,
  email: (() => RenderedEmail) | undefined,
  ctx: NotificationContext,
): Notification[] {
  return citizenMessages(
    { ...target, recipient: 'submitter' },
    submitter,
    council,
    notice,
    email,
    ctx.phoneChannels,
  );
}

/**
 * The email to the mailbox of the agency the event concerns (the one routed to, or the one
 * holding the petition), or undefined when there is no such agency or it has no mailbox.
 * Its recipient `agency#<id>` gives it a delivery record of its own: once per event.
 */
function agencyNotification(
  event: TimelineEvent,
  petition: Petition,
  reference: ReferenceData,
  councilName: string,
  ctx: NotificationContext,
): Notification | undefined {
  const notice = AGENCY_NOTICES[event.type];
  const agencyId = event.type === 'routed' ? (event.agencyId ?? petition.agencyId) : petition.agencyId;
  const agency = notice && agencyId ? reference.agencies.get(agencyId) : undefined;
  if (!notice || !agency?.email) return undefined;
  const a: AgencyEmailContext = {
    petition,
    event,
    agencyName: agency.name,
    councilName,
    consoleLink: consolePetitionUrl(ctx.consoleUrl, petition.code),
  };
  const fieldName = reference.fields.get(petition.fieldId)?.name ?? petition.fieldId;
  return {
    eventId: event.id,
    eventType: event.type,
    petitionCode: petition.code,
    recipient: `agency#${agency.id}`,
    kind: notice.kind,
    to: agency.email,
    render: () => notice.write(a, fieldName),
  };
}

export async function notificationsFor(
  event: TimelineEvent,
  ctx: NotificationContext,
): Promise<Notification[]> {
  if (!SUBMITTER_EVENTS.has(event.type) && !AGENCY_NOTICES[event.type]) return [];
  const { repos } = ctx;
  const [petition, reference] = await Promise.all([repos.petitions.get(event.code), repos.reference.load()]);
  if (!petition) {
    log.warn('notifier: event of an unknown petition', { eventId: event.id, type: event.type });
    return [];
  }
  const council = reference.councils.get(petition.councilId);
  const councilName = council?.name ?? 'Hội đồng nhân dân';
  const base = { eventId: event.id, eventType: event.type };
  const out: Notification[] = [];

  const submitter = await submitterOf(repos, petition, councilName, ctx.siteUrl);
  const notice = submitter && shortNoticeOf(event, submitter.own, ctx.siteUrl);
  if (submitter && notice) {
    const email = submitter.email ? submitterEmail(event, submitter.own, reference, ctx) : undefined;
    out.push(
      ...submitterMessages({ ...base, petitionCode: petition.code }, submitter, council, notice, email, ctx),
    );
  }

  const toAgency = agencyNotification(event, petition, reference, councilName, ctx);
  if (toAgency) out.push(toAgency);

  // The petition's supporters ("me too"), each on their own channels.
  out.push(...(await supporterNotifications(event, petition, council, reference, ctx, new Date())));
  // Its followers, and for a published answer the followers of its commune (subscriptions).
  out.push(...(await followerNotifications(event, petition, council, reference, ctx)));

  const answer = petition.answer;
  if (event.type === 'answered' && answer) {
    const agencyName = reference.agencies.get(answer.agencyId)?.name ?? GENERIC_AGENCY;
    const primary = { code: petition.code, trackingUrl: statusUrl(ctx.siteUrl, petition.code) };
    // Transitively: a petition merged into one merged here since is told too, once.
    for (const merged of await petitionsMergedInto(repos.petitions, petition.code)) {
      const follower = await submitterOf(repos, merged, councilName, ctx.siteUrl);
      if (!follower) continue;
      const notice: ShortNotice = {
        kind: 'merged_answered',
        code: displayCode(merged.code),
        link: primary.trackingUrl,
        councilName,
      };
      out.push(
        ...submitterMessages(
          { ...base, petitionCode: merged.code },
          follower,
          council,
          notice,
          () => mergedAnsweredEmail(follower.own, primary, answer, agencyName),
          ctx,
        ),
      );
    }
  }
  return out;
}
