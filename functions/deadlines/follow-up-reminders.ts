/**
 * The follow-up items' part of the daily deadline run: for every council, the items whose
 * deadline runs and falls before the look-ahead (gsi3 `COUNCIL#<council>#FOLLOWUPS#OPEN`,
 * never a Scan); for each reminder an item is due and has not had for this deadline, claim
 * its marker (the petitions' ReminderMarkers, in the item's partition), email the agency or
 * the standing committee's office, and record a `reminder` event on the item's timeline.
 */
import { randomUUID } from 'node:crypto';
import type { ReferenceData } from '../../shared/reference-data.ts';
import type { FollowUpEvent, FollowUpItem } from '../../shared/schemas/index.ts';
import { consoleFollowUpUrl } from '../../shared/ui/console-routes.ts';
import { oversightKeys } from '../lib/data/oversight-keys.ts';
import { oversightRepository } from '../lib/data/oversight-repository.ts';
import { PermanentEmailError } from '../lib/email/index.ts';
import { errorFields, log } from '../lib/log.ts';
import { followUpReminderEmail } from './follow-up-emails.ts';
import {
  FOLLOW_UP_REMINDER_KINDS,
  type FollowUpReminderKind,
  followUpRemindersDue,
} from './follow-up-plan.ts';
import { lookAheadUntil } from './plan.ts';
import type { ReminderMarkers } from './reminder-markers.ts';
import { emptyTally, type ReminderOutcome, remindPageByPage } from './reminder-pages.ts';
import type { ReminderDependencies } from './reminders.ts';

export interface FollowUpReminderReport {
  items: number;
  sent: Record<FollowUpReminderKind, number>;
  deferred: number;
}

const SYSTEM = { id: 'deadlines', role: 'system' as const };

export async function sendFollowUpReminders(
  deps: ReminderDependencies,
  ref: ReferenceData,
  markers: ReminderMarkers,
  now: Date,
): Promise<FollowUpReminderReport> {
  const repo = oversightRepository(deps.repos.db);
  const tally = emptyTally(FOLLOW_UP_REMINDER_KINDS);
  // The index's sort key is "<deadline>#<id>": everything before the end of the look-ahead day.
  const before = `${lookAheadUntil(now)}~`;
  for (const council of ref.records.councils) {
    await remindPageByPage(tally, {
      page: (request) => repo.listOpenDueBefore(council.id, before, request),
      due: (item) => followUpRemindersDue(item, now),
      remind: (item, kind) => remind(deps, markers, ref, item, kind, now),
    });
  }
  return { items: tally.read, sent: tally.sent, deferred: tally.deferred };
}

function recipientOf(ref: ReferenceData, item: FollowUpItem, kind: FollowUpReminderKind): string | undefined {
  if (kind === 'overdue-secretariat') return ref.councils.get(item.councilId)?.email;
  return ref.agencies.get(item.agencyId)?.email;
}

async function remind(
  deps: ReminderDependencies,
  markers: ReminderMarkers,
  ref: ReferenceData,
  item: FollowUpItem,
  kind: FollowUpReminderKind,
  now: Date,
): Promise<ReminderOutcome> {
  const to = recipientOf(ref, item, kind);
  if (!to) return 'skipped';
  const target = { code: item.id, kind, deadline: item.deadline, partition: oversightKeys.itemPk(item.id) };
  if (!(await markers.claim(target, now))) return 'skipped';
  try {
    await deps.sender.send({
      to,
      ...followUpReminderEmail({
        kind,
        item,
        council: ref.councils.get(item.councilId),
        agency: ref.agencies.get(item.agencyId),
        now,
        link: deps.consoleUrl ? consoleFollowUpUrl(deps.consoleUrl, item.id) : undefined,
      }),
      tags: { kind: 'reminder' },
    });
  } catch (error) {
    log.warn('follow-up reminder not sent', { item: item.id, kind, ...errorFields(error) });
    if (error instanceof PermanentEmailError) return 'skipped';
    await markers.release(target);
    return 'deferred';
  }
  const event: FollowUpEvent = {
    id: randomUUID(),
    itemId: item.id,
    type: 'reminder',
    at: now.toISOString(),
    version: item.version,
    actor: SYSTEM,
    deadline: item.deadline,
    note: kind,
  };
  await oversightRepository(deps.repos.db).appendEvents([event]);
  return 'sent';
}
