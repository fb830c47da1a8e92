/**
 * The daily deadline run: for every council, the open petitions whose deadline falls
 * before the look-ahead, read through the deadline index (gsi3, never a Scan); for each
 * reminder a petition is due and has not had, claim its marker, email the recipients one
 * by one, and record a `reminder` event on the timeline (not public).
 */
import { randomUUID } from 'node:crypto';
import type { ReferenceData } from '../../shared/reference-data.ts';
import type { Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { consolePetitionUrl } from '../../shared/ui/console-routes.ts';
import type { Repositories } from '../lib/data/index.ts';
import { type EmailSender, PermanentEmailError } from '../lib/email/index.ts';
import { errorFields, log } from '../lib/log.ts';
import { reminderEmail } from './emails.ts';
import { type FollowUpReminderReport, sendFollowUpReminders } from './follow-up-reminders.ts';
import { lookAheadUntil, REMINDER_KINDS, type ReminderKind, remindersDue } from './plan.ts';
import { type Recipient, recipientsOf } from './recipients.ts';
import { ReminderMarkers } from './reminder-markers.ts';
import { emptyTally, type ReminderOutcome, remindPageByPage } from './reminder-pages.ts';

export interface ReminderDependencies {
  repos: Repositories;
  sender: EmailSender;
  /** The staff console's origin, for a link to the petition in each email. */
  consoleUrl?: string | undefined;
}

export interface ReminderReport {
  petitions: number;
  sent: Record<ReminderKind, number>;
  /** Reminders that could not be sent now; their claim was released for the next run. */
  deferred: number;
  /** The follow-up items' reminders (oversight, DESIGN §9), by the same run. */
  followUps: FollowUpReminderReport;
}

const SYSTEM = { id: 'deadlines', role: 'system' as const };

export async function sendDeadlineReminders(deps: ReminderDependencies, now: Date): Promise<ReminderReport> {
  const ref = await deps.repos.reference.load({ fresh: true });
  const markers = new ReminderMarkers(deps.repos.db);
  const tally = emptyTally(REMINDER_KINDS);
  for (const council of ref.records.councils) {
    const calendar = ref.deadlineCalendar(council.id);
    const until = lookAheadUntil(now, calendar);
    await remindPageByPage(tally, {
      page: (request) => deps.repos.petitions.listOpenByDeadline(council.id, until, request),
      due: (petition) => remindersDue(petition, now, calendar),
      remind: (petition, kind) => remind(deps, markers, ref, petition, kind, now),
    });
  }
  const followUps = await sendFollowUpReminders(deps, ref, markers, now);
  return { petitions: tally.read, sent: tally.sent, deferred: tally.deferred, followUps };
}

async function remind(
  deps: ReminderDependencies,
  markers: ReminderMarkers,
  ref: ReferenceData,
  petition: Petition,
  kind: ReminderKind,
  now: Date,
): Promise<ReminderOutcome> {
  const recipients = recipientsOf(ref, petition, kind);
  if (recipients.length === 0 || !petition.deadline) return 'skipped';
  const target = { code: petition.code, kind, deadline: petition.deadline };
  if (!(await markers.claim(target, now))) return 'skipped';

  let delivered = 0;
  let refused = 0;
  for (const recipient of recipients) {
    try {
      await deps.sender.send({
        to: recipient.email,
        ...emailFor(deps, ref, petition, kind, recipient, now),
        tags: { kind: 'reminder' },
      });
      delivered++;
    } catch (error) {
      log.warn('reminder not sent', { code: petition.code, kind, ...errorFields(error) });
      if (error instanceof PermanentEmailError) refused++;
    }
  }
  if (delivered === 0 && refused < recipients.length) {
    // Nothing reached anyone and some failures may pass: let the next run try again.
    await markers.release(target);
    return 'deferred';
  }
  const event: TimelineEvent = {
    id: randomUUID(),
    code: petition.code,
    type: 'reminder',
    at: now.toISOString(),
    actor: SYSTEM,
    deadline: petition.deadline,
    ...(petition.agencyId ? { agencyId: petition.agencyId } : {}),
    note: `${kind}: ${delivered}/${recipients.length}`,
  };
  await deps.repos.petitions.appendEvents([event]);
  return 'sent';
}

function emailFor(
  deps: ReminderDependencies,
  ref: ReferenceData,
  petition: Petition,
  kind: ReminderKind,
  recipient: Recipient,
  now: Date,
) {
  return reminderEmail({
    kind,
    petition,
    council: ref.councils.get(petition.councilId),
    agency: petition.agencyId ? ref.agencies.get(petition.agencyId) : undefined,
    ...(recipient.delegate ? { delegate: recipient.delegate } : {}),
    fieldName: ref.fields.get(petition.fieldId)?.name ?? petition.fieldId,
    communeName: ref.units.get(petition.communeId)?.name ?? petition.communeId,
    now,
    link: deps.consoleUrl ? consolePetitionUrl(deps.consoleUrl, petition.code) : undefined,
  });
}
