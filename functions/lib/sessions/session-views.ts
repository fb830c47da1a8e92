/**
 * The secretariat's side of voters' views (DESIGN §8): views raised at a before-session
 * meeting, entered with how many voters said them (published as entered: they were said in
 * public), and the moderation of online views (publish, or reject with a reason), each
 * conditional on the view's version.
 */
import { ConflictError, ValidationError } from '../../../shared/errors.ts';
import type { CouncilSession, MeetingViewInput, SessionView } from '../../../shared/schemas/index.ts';
import { agendaItemOf, checkCommune, newViewId } from './give-view.ts';
import { loadAgenda, type SessionServices } from './plan-session.ts';

export async function enterMeetingView(
  services: SessionServices,
  session: CouncilSession,
  input: MeetingViewInput,
): Promise<SessionView> {
  const { repos } = services;
  const agenda = await loadAgenda(services, session);
  const item = agendaItemOf(agenda, input.agendaItemId);
  const meeting = await repos.meetings.get(input.meetingId);
  if (!meeting) throw new ValidationError({ meetingId: { key: 'field.unknownMeeting' } });
  if (meeting.sessionId !== session.id)
    throw new ValidationError({ meetingId: { key: 'field.meetingOfOtherSession' } });
  const communeId = input.communeId ?? (meeting.communeIds.length === 1 ? meeting.communeIds[0] : undefined);
  if (input.communeId !== undefined) {
    if (!meeting.communeIds.includes(input.communeId)) {
      const reference = await repos.reference.load();
      checkCommune(reference, session, input.communeId, 'communeId');
    }
  }
  const now = services.now().toISOString();
  const view: SessionView = {
    id: newViewId(services.now()),
    sessionId: session.id,
    councilId: session.councilId,
    agendaItemId: item.id,
    source: 'meeting',
    status: 'published',
    ...(communeId !== undefined ? { communeId } : {}),
    text: input.text,
    voterCount: input.voterCount,
    meetingId: meeting.id,
    consentToPublish: true,
    version: 1,
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
  };
  await repos.sessions.addView(view, agenda.version);
  return view;
}

async function moderate(
  services: SessionServices,
  session: CouncilSession,
  viewId: string,
  version: number,
  change: (view: SessionView, now: string) => SessionView,
): Promise<SessionView> {
  const before = await services.repos.sessions.getView(session.id, viewId);
  if (before.version !== version) throw new ConflictError('entity.conflict');
  if (before.status !== 'pending') throw new ConflictError('sessionView.notPending');
  const after = { ...change(before, services.now().toISOString()), version: before.version + 1 };
  await services.repos.sessions.saveView(before, after);
  return after;
}

/** Publishes an online view; one whose author did not consent stays unpublished (409). */
export function publishView(
  services: SessionServices,
  session: CouncilSession,
  viewId: string,
  version: number,
) {
  return moderate(services, session, viewId, version, (view, now) => {
    if (!view.consentToPublish) throw new ConflictError('sessionView.noConsent');
    return { ...view, status: 'published', publishedAt: now, updatedAt: now };
  });
}

export function rejectView(
  services: SessionServices,
  session: CouncilSession,
  viewId: string,
  reason: string,
  version: number,
) {
  return moderate(services, session, viewId, version, (view, now) => ({
    ...view,
    status: 'rejected',
    rejectionReason: reason,
    updatedAt: now,
  }));
}
