/**
 * A council's year of petitions (DESIGN §6): a few hundred, over every council, field,
 * channel and status (some overdue, some reopened, some merged), received over the last
 * twelve months and each carried as far as its status says, with the timeline that got it
 * there. Generated from a fixed seed, so the same `now` always gives the same year and
 * tests can count on it. Submitters are invented, with example.com addresses. Written
 * as the petition repository writes them (every index and counter it keeps), in batches
 * (batch-seed.ts).
 */
import type { Repositories } from '../../../functions/lib/data/index.ts';
import { answerDeadline } from '../../../shared/answer-deadline.ts';
import { ReferenceData, type ReferenceRecords } from '../../../shared/reference-data.ts';
import { contactRetentionEnd } from '../../../shared/retention.ts';
import { competentBody } from '../../../shared/routing.ts';
import type { Petition, TimelineEvent } from '../../../shared/schemas/index.ts';
import { vietnamDate } from '../../../shared/time.ts';
import { CODE_ALPHABET, completeTrackingCode } from '../../../shared/tracking-code.ts';
import type { Channel, PetitionStatus } from '../../../shared/vocabulary.ts';
import { type DemoActivity, type DemoPetition, demoActivity } from './activity.ts';
import { batchCreatePetitions } from './batch-seed.ts';
import { demoReference } from './reference.ts';
import { DEMO_PEOPLE, DEMO_TOPICS, DEMO_VILLAGES } from './year-texts.ts';

export const DEMO_YEAR_SEED = 20_261_201;
export const DEMO_YEAR_SIZE = 320;

const DAY = 86_400_000;

/** mulberry32: a small, fast, well-mixed 32-bit generator; the same seed, the same year. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

const COUNCILS: Weighted<string> = [
  ['huu-lung', 40],
  ['son-dong', 20],
  ['luc-ngan', 12],
  ['phuc-loc', 10],
  ['hau-giang', 18],
];
const CHANNELS: Weighted<Channel> = [
  ['online', 42],
  ['meeting', 22],
  ['post', 12],
  ['reception', 10],
  ['phone', 9],
  ['open311', 5],
];
/** Where a petition of the year has got to (reopened ones are in progress again, unsatisfied). */
type Fate = PetitionStatus | 'reopened';
const FATES: Weighted<Fate> = [
  ['received', 6],
  ['routed', 10],
  ['in_progress', 16],
  ['reopened', 4],
  ['answered', 30],
  ['closed', 20],
  ['rejected', 5],
  ['merged', 6],
  ['withdrawn', 3],
];
const RESULTS: Weighted<'resolved' | 'scheduled' | 'explained' | 'not_competent'> = [
  ['resolved', 45],
  ['scheduled', 25],
  ['explained', 25],
  ['not_competent', 5],
];

export function demoYear(
  activity: Pick<DemoActivity, 'meetings'>,
  records: ReferenceRecords,
  now: Date,
): DemoPetition[] {
  const random = seededRandom(DEMO_YEAR_SEED);
  const pick = <T>(list: Weighted<T>): T => {
    let r = random() * list.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of list) {
      r -= weight;
      if (r < 0) return value;
    }
    return list[list.length - 1]![0];
  };
  const one = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const reference = new ReferenceData(records);
  const iso = (ms: number) => new Date(Math.min(ms, now.getTime() - 60_000)).toISOString();
  const system = { id: 'system', role: 'system' as const };
  const citizen = { id: 'citizen', role: 'citizen' as const };
  const petitions: DemoPetition[] = [];

  for (let n = 0; n < DEMO_YEAR_SIZE; n++) {
    const councilId = pick(COUNCILS);
    const council = reference.councils.get(councilId)!;
    const communes = reference.communes().filter((c) => reference.isWithin(c.id, council.unitId));
    const commune = one(communes);
    const topic = one(DEMO_TOPICS);
    const code = completeTrackingCode(
      `YR${Array.from({ length: 9 }, () => one([...CODE_ALPHABET])).join('')}`,
    );
    // Older petitions are further along: the receipt is spread over the year, the fate follows it.
    const ageDays = 1 + Math.floor(random() ** 1.3 * 364);
    let fate = pick(FATES);
    if (ageDays < 4 && !['received', 'rejected', 'withdrawn'].includes(fate)) fate = 'received';
    const receivedMs = now.getTime() - ageDays * DAY + Math.floor(random() * 9 * 3_600_000);
    let channel = pick(CHANNELS);
    const meeting = activity.meetings.find(
      (m) => m.councilId === councilId && m.status === 'held' && m.communeIds.includes(commune.id),
    );
    if (channel === 'meeting' && !meeting) channel = 'reception';
    const body = competentBody(reference, council, { fieldId: topic.fieldId, localityId: commune.id });
    const person = one(DEMO_PEOPLE);
    const village = one(DEMO_VILLAGES);
    let seq = 0;
    const events: TimelineEvent[] = [];
    const event = (type: TimelineEvent['type'], ms: number, extra: Partial<TimelineEvent> = {}) => {
      events.push({
        id: `year-${n}-${++seq}`,
        code,
        type,
        at: iso(ms),
        actor: type === 'received' ? citizen : system,
        ...extra,
      });
      return iso(ms);
    };
    const petition: Petition = {
      code,
      councilId,
      channel,
      status: 'received',
      fieldId: topic.fieldId,
      localityId: commune.id,
      communeId: commune.id,
      title: topic.title.replace('{xa}', commune.name),
      content: topic.content.replace('{xa}', commune.name).replace('{thon}', village),
      consentToPublish: random() < 0.8,
      ...(channel === 'meeting' && meeting ? { meetingId: meeting.id } : {}),
      ...(body ? { proposedAgencyId: body.agencyId } : {}),
      receivedAt: event('received', receivedMs),
      voterCount: 1,
      version: 1,
      updatedAt: iso(receivedMs),
    };
    const agencyId = body?.agencyId ?? `ubnd-${commune.id}`;
    const staffOf = (role: 'secretariat' | 'agency') =>
      role === 'secretariat' ? { id: `thu-ky-${councilId}`, role } : { id: `can-bo-${agencyId}`, role };
    const after = (from: number, min: number, max: number) => from + (min + random() * (max - min)) * DAY;

    const closes = (status: PetitionStatus, atMs: number) => {
      petition.status = status;
      petition.contactExpiresAt = contactRetentionEnd(iso(atMs), council.settings.contactRetentionMonths);
    };
    if (fate === 'rejected') {
      const rejectedMs = after(receivedMs, 0.2, 3);
      closes('rejected', rejectedMs);
      event('rejected', rejectedMs, {
        actor: staffOf('secretariat'),
        reason: 'Nội dung không phải kiến nghị, phản ánh thuộc phạm vi của HĐND.',
      });
    } else if (fate === 'withdrawn') {
      const withdrawnMs = after(receivedMs, 0.5, 3);
      closes('withdrawn', withdrawnMs);
      event('withdrawn', withdrawnMs);
    } else if (fate === 'merged') {
      const primary = petitions.find(
        (p) =>
          p.petition.councilId === councilId &&
          p.petition.fieldId === topic.fieldId &&
          !p.petition.mergedInto &&
          p.petition.status !== 'rejected' &&
          p.petition.status !== 'withdrawn',
      );
      if (primary) {
        primary.petition.voterCount++;
        petition.mergedInto = primary.petition.code;
        const mergedMs = after(receivedMs, 0.5, 3);
        closes('merged', mergedMs);
        event('merged', mergedMs, {
          actor: staffOf('secretariat'),
          mergedInto: primary.petition.code,
        });
      }
    } else if (fate !== 'received') {
      const routedMs = after(receivedMs, 0.1, 3);
      petition.agencyId = agencyId;
      petition.routedAt = iso(routedMs);
      petition.deadline = answerDeadline(reference, councilId, petition.routedAt);
      petition.status = 'routed';
      event('routed', routedMs, { actor: staffOf('secretariat'), agencyId, deadline: petition.deadline });
      let workMs = routedMs;
      if (fate !== 'routed') {
        petition.status = 'in_progress';
        workMs = Math.min(after(routedMs, 0.2, 4), now.getTime() - 120_000);
        event('acknowledged', workMs, { actor: staffOf('agency') });
      }
      if (fate === 'answered' || fate === 'closed' || fate === 'reopened') {
        // Most answers come within the deadline; about one in six is late.
        const answeredMs = after(workMs, 2, random() < 0.83 ? 26 : 50);
        if (answeredMs < now.getTime()) {
          const result = pick(RESULTS);
          const answeredAt = iso(answeredMs);
          petition.answer = {
            text: topic.answer.replace('{xa}', commune.name),
            documentNumber: `${100 + n}/${agencyId.startsWith('ubnd') ? 'UBND' : 'VP'}`,
            documentDate: vietnamDate(answeredAt),
            result,
            ...(result === 'scheduled'
              ? { resolveBy: vietnamDate(new Date(answeredMs + (60 + random() * 200) * DAY)) }
              : {}),
            answeredAt,
            agencyId,
          };
          petition.answeredAt = answeredAt;
          petition.status = 'answered';
          if (petition.consentToPublish || channel === 'meeting') petition.publishedAt = answeredAt;
          event('answered', answeredMs, { actor: staffOf('agency'), agencyId });
          const laterMs = after(answeredMs, 3, 30);
          if (fate === 'closed' && laterMs < now.getTime()) {
            closes('closed', laterMs);
            event('closed', laterMs, { actor: staffOf('secretariat') });
          } else if (fate === 'closed' || fate === 'answered') {
            petition.contactExpiresAt = contactRetentionEnd(
              answeredAt,
              council.settings.contactRetentionMonths,
            );
          } else if (laterMs < now.getTime()) {
            petition.status = 'in_progress';
            petition.unsatisfied = true;
            petition.attention = { reopenedAt: iso(laterMs) };
            petition.deadline = answerDeadline(reference, councilId, iso(laterMs));
            event('reopened', laterMs, { deadline: petition.deadline });
          } else {
            petition.contactExpiresAt = contactRetentionEnd(
              answeredAt,
              council.settings.contactRetentionMonths,
            );
          }
        }
      }
    }
    petition.updatedAt = events[events.length - 1]!.at;
    petition.version = events.length;
    petitions.push({
      petition,
      contact: {
        code,
        name: person.name,
        ...(random() < 0.7 ? { email: `${person.email}.${n}@example.com` } : {}),
        ...(random() < 0.6
          ? { phone: `09${String(10_000_000 + Math.floor(random() * 89_999_999)).slice(0, 8)}` }
          : {}),
        address: `${village}, xã ${commune.name}`,
        communeId: commune.id,
      },
      events,
    });
  }
  return petitions;
}

/** Writes the year beside the hand-written demo of seed.ts: the repository's own items, in batches. */
export async function seedDemoYear(repos: Repositories, now = new Date()): Promise<number> {
  const activity = demoActivity(now);
  const year = demoYear(activity, demoReference(activity.sessions), now);
  await batchCreatePetitions(repos.db, year);
  return year.length;
}
