/**
 * The demo's year (infra/local/demo/year.ts): the same every time for the same `now`, over
 * every status and channel, each petition's timeline a legal walk of the status machine to
 * its status, and written to DynamoDB Local in reasonable time, where the queues hold it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CODES, demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import { DEMO_YEAR_SIZE, demoYear, seedDemoYear } from '../../infra/local/demo/year.ts';
import { Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { isOverdue, type PetitionAction, transition } from '../../shared/status-machine.ts';
import { CHANNELS, PETITION_STATUSES, type PetitionStatus } from '../../shared/vocabulary.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const NOW = new Date('2026-11-21T03:00:00Z');
const year = () => {
  const activity = demoActivity(NOW);
  return demoYear(activity, demoReference(activity.sessions), NOW);
};

const ACTION_OF: Partial<Record<TimelineEvent['type'], PetitionAction>> = {
  routed: 'route',
  acknowledged: 'acknowledge',
  answered: 'answer',
  closed: 'close',
  rejected: 'reject',
  merged: 'merge',
  withdrawn: 'withdraw',
  reopened: 'reopen',
};

describe('the demo year', () => {
  const petitions = year();

  it('is the same year every time for the same day', () => {
    expect(JSON.stringify(year())).toBe(JSON.stringify(petitions));
    expect(petitions).toHaveLength(DEMO_YEAR_SIZE);
  });

  it('holds every status and every channel, overdue, reopened and merged ones, five councils', () => {
    const statuses = new Set(petitions.map((p) => p.petition.status));
    expect([...statuses].sort()).toEqual([...PETITION_STATUSES].sort());
    expect(new Set(petitions.map((p) => p.petition.channel))).toEqual(new Set(CHANNELS));
    expect(petitions.filter((p) => isOverdue(p.petition, NOW)).length).toBeGreaterThan(10);
    expect(petitions.filter((p) => p.petition.unsatisfied).length).toBeGreaterThan(3);
    expect(new Set(petitions.map((p) => p.petition.councilId)).size).toBe(5);
    expect(petitions.filter((p) => p.petition.publishedAt).length).toBeGreaterThan(80);
  });

  it('gives each petition a timeline the status machine allows, ending in its status', () => {
    for (const { petition, events } of petitions) {
      expect(Petition.safeParse(petition).success, petition.code).toBe(true);
      let status: PetitionStatus = 'received';
      for (const event of events) {
        expect(TimelineEvent.safeParse(event).success).toBe(true);
        const action = ACTION_OF[event.type];
        if (!action) continue;
        const step = transition(status, action);
        expect(step.ok, `${petition.code}: ${event.type} from ${status}`).toBe(true);
        if (step.ok) status = step.to;
      }
      expect(status, petition.code).toBe(petition.status);
      expect(events.map((e) => e.at)).toEqual(events.map((e) => e.at).sort());
      expect(Date.parse(events.at(-1)?.at ?? '')).toBeLessThan(NOW.getTime());
    }
  });

  it('merges into a petition of the same council that counts the extra voter', () => {
    const byCode = new Map(petitions.map((p) => [p.petition.code, p.petition]));
    const merged = petitions.filter((p) => p.petition.status === 'merged');
    expect(merged.length).toBeGreaterThan(3);
    for (const { petition } of merged) {
      const primary = byCode.get(petition.mergedInto ?? '');
      expect(primary?.councilId).toBe(petition.councilId);
      expect(primary?.voterCount).toBeGreaterThan(1);
    }
  });

  it('has distinct codes, none of the hand-written demo’s, and invented example.com submitters', () => {
    const codes = petitions.map((p) => p.petition.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of Object.values(DEMO_CODES)) expect(codes).not.toContain(code);
    for (const { contact } of petitions) if (contact.email) expect(contact.email).toMatch(/@example\.com$/);
  });
});

describe('seeding the year on DynamoDB Local', () => {
  let t: TestDatabase;
  // The year alone in its table: seedDemoYear reads nothing, and without the hand-written demo's
  // 350 writes one after the other (its own tests' business) the queue holds the year's exactly.
  beforeAll(async () => {
    t = await createTestDatabase('demo-year');
  });
  afterAll(() => t.drop());

  // Batch writes (infra/local/demo/batch-seed.ts); how long it takes is the bench's business,
  // and a DynamoDB Local busy with other test files may take a while.
  it('writes it in batches, and the council queues hold it', { timeout: 180_000 }, async () => {
    expect(await seedDemoYear(t.repos, NOW)).toBe(DEMO_YEAR_SIZE);
    const expected = year().filter(
      (p) => p.petition.councilId === 'huu-lung' && p.petition.status === 'received',
    );
    expect(await t.repos.petitions.countCouncilQueue('huu-lung', 'received')).toBe(expected.length);
    const sample = year()[7]!.petition;
    expect((await t.repos.petitions.get(sample.code))?.status).toBe(sample.status);
  });
});
