/**
 * The staff actions on one petition. Each reads the petition, checks the policy, asks the
 * status machine, and writes the new state with its timeline event in one conditional
 * transaction (a concurrent change in between is a 409). Merging is in merge.ts.
 */

import { answerDeadline } from '../../../shared/answer-deadline.ts';
import { ValidationError } from '../../../shared/errors.ts';
import { routeNeedsReason } from '../../../shared/routing.ts';
import type {
  AnswerInput,
  FollowUpInput,
  NoteInput,
  Petition,
  ReasonInput,
  RoadmapInput,
  RouteInput,
  TimelineEvent,
} from '../../../shared/schemas/index.ts';
import { type PetitionAction, stepAllowed } from '../../../shared/status-machine.ts';
import type { PetitionPermission } from '../auth/policy.ts';
import { needsAgencyAction } from '../data/petition-keys.ts';
import {
  changed,
  illegal,
  loadPetitionFor,
  nextStatus,
  type StaffActionContext,
  saveChanges,
  staffEvent,
} from './staff-action.ts';

/** The agency's every step on a petition settles what made it need action (reopen, follow-up). */
const ACTED = { attention: undefined } satisfies Partial<Petition>;

/** Secretariat: send to the competent body (or override the body), starting its deadline. */
export async function routePetition(ctx: StaffActionContext, code: string, input: RouteInput) {
  const before = await loadPetitionFor(ctx, code, 'triage');
  const ref = await ctx.repos.reference.load();
  if (!ref.agencies.has(input.agencyId))
    throw new ValidationError({ agencyId: { key: 'field.unknownAgency' } });
  const status = nextStatus(before, 'route');
  if (routeNeedsReason(before.proposedAgencyId, input.agencyId) && input.reason === undefined)
    throw new ValidationError({ reason: { key: 'field.reasonForOtherAgency' } });
  const deadline = answerDeadline(ref, before.councilId, ctx.now);
  const now = ctx.now.toISOString();
  const after = changed(
    before,
    // A (re-)routing starts afresh: nothing is pending from before it.
    { status, agencyId: input.agencyId, routedAt: now, deadline, attention: undefined },
    ctx.now,
  );
  const event = staffEvent(ctx, code, 'routed', { agencyId: input.agencyId, deadline, reason: input.reason });
  return only(await saveChanges(ctx, [{ before, after, events: [event] }]));
}

/** A step that changes the status alone, with one event saying why (`said`: where the words go). */
interface StatusStep {
  need: PetitionPermission;
  event: TimelineEvent['type'];
  said: 'reason' | 'note';
  change?: Partial<Petition>;
}

const STATUS_STEPS = {
  reject: { need: 'triage', event: 'rejected', said: 'reason' },
  close: { need: 'triage', event: 'closed', said: 'reason' },
  acknowledge: { need: 'answer', event: 'acknowledged', said: 'note', change: ACTED },
} as const satisfies Partial<Record<PetitionAction, StatusStep>>;

/** Secretariat: not a petition (spam, abuse…): the reason is kept and told to the submitter. */
export const rejectPetition = (ctx: StaffActionContext, code: string, input: ReasonInput) =>
  statusStep(ctx, code, 'reject', input.reason);

/** Secretariat: an answered petition needs nothing more. */
export const closePetition = (ctx: StaffActionContext, code: string, input: NoteInput) =>
  statusStep(ctx, code, 'close', input.reason);

/** Agency: "we have it and are working on it". */
export const acknowledgePetition = (ctx: StaffActionContext, code: string, input: NoteInput) =>
  statusStep(ctx, code, 'acknowledge', input.reason);

async function statusStep(
  ctx: StaffActionContext,
  code: string,
  action: keyof typeof STATUS_STEPS,
  words: string | undefined,
) {
  const step: StatusStep = STATUS_STEPS[action];
  const before = await loadPetitionFor(ctx, code, step.need);
  const after = changed(before, { status: nextStatus(before, action), ...step.change }, ctx.now);
  const event = staffEvent(ctx, code, step.event, { [step.said]: words });
  return only(await saveChanges(ctx, [{ before, after, events: [event] }]));
}

/** Agency: how and by when the matter will be settled; acknowledges a routed petition on the way. */
export async function giveRoadmap(ctx: StaffActionContext, code: string, input: RoadmapInput) {
  const before = await loadPetitionFor(ctx, code, 'answer');
  if (!stepAllowed('roadmap', before.status)) throw illegal('roadmap', before.status);
  const events = [];
  if (before.status === 'routed') events.push(staffEvent(ctx, code, 'acknowledged'));
  const status = before.status === 'routed' ? nextStatus(before, 'acknowledge') : before.status;
  events.push(staffEvent(ctx, code, 'roadmap', { note: `${input.text} (${input.expectedBy})` }));
  const roadmap = { text: input.text, expectedBy: input.expectedBy };
  const after = changed(before, { status, roadmap, ...ACTED }, ctx.now);
  return only(await saveChanges(ctx, [{ before, after, events }]));
}

/**
 * Agency: the answer. Petitions merged into this one follow it through `mergedInto`; the
 * answer is published when the submitter consented or it was raised at a public meeting.
 */
export async function answerPetition(ctx: StaffActionContext, code: string, input: AnswerInput) {
  const before = await loadPetitionFor(ctx, code, 'answer');
  const status = nextStatus(before, 'answer');
  // Every status that allows an answer has a body: routing sets it, a return clears both.
  if (!before.agencyId) throw illegal('answer', before.status);
  const now = ctx.now.toISOString();
  const answer = { ...input, answeredAt: now, agencyId: before.agencyId };
  const published = before.consentToPublish || before.channel === 'meeting';
  const after = changed(
    before,
    {
      status,
      answer,
      answeredAt: now,
      // A new answer settles an earlier "not satisfied"; the timeline keeps that it happened.
      unsatisfied: undefined,
      ...ACTED,
      publishedAt: published ? (before.publishedAt ?? now) : undefined,
    },
    ctx.now,
  );
  const event = staffEvent(ctx, code, 'answered', { agencyId: answer.agencyId });
  return only(await saveChanges(ctx, [{ before, after, events: [event] }]));
}

/** Agency: not our competence. Back to the secretariat's triage, without body or deadline. */
export async function returnPetition(ctx: StaffActionContext, code: string, input: ReasonInput) {
  const before = await loadPetitionFor(ctx, code, 'answer');
  const status = nextStatus(before, 'return');
  const after = changed(
    before,
    {
      status,
      agencyId: undefined,
      deadline: undefined,
      routedAt: undefined,
      roadmap: undefined,
      ...ACTED,
      proposedAgencyId: before.proposedAgencyId === before.agencyId ? undefined : before.proposedAgencyId,
    },
    ctx.now,
  );
  const event = staffEvent(ctx, code, 'returned', { reason: input.reason, agencyId: before.agencyId });
  return only(await saveChanges(ctx, [{ before, after, events: [event] }]));
}

/**
 * Delegate (or secretariat): a follow-up note (đôn đốc). While an agency holds the petition
 * and owes it an answer, the petition is marked for that agency's "needs action" view in the
 * same transaction as the event (and the version read is its condition); otherwise only the
 * timeline changes.
 */
export async function followUpPetition(ctx: StaffActionContext, code: string, input: FollowUpInput) {
  const before = await loadPetitionFor(ctx, code, 'followUp');
  if (!stepAllowed('followUp', before.status)) throw illegal('followUp', before.status);
  const event = staffEvent(ctx, code, 'follow_up', { note: input.note });
  const followUp = { at: event.at, role: ctx.user.role };
  const after = changed(before, { attention: { ...before.attention, followUp } }, ctx.now);
  if (needsAgencyAction(after)) await saveChanges(ctx, [{ before, after, events: [event] }]);
  else await ctx.repos.petitions.appendEvents([event]);
  return event;
}

function only(saved: Petition[]): Petition {
  return saved[0]!;
}
