/**
 * Every access pattern of DESIGN §4, written and read through the repositories on
 * DynamoDB Local, and the guarantees of the data layer: atomic multi-item writes,
 * conflicts as domain errors, and no Scan anywhere.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashRequest } from '../../functions/lib/data/idempotency-repository.ts';
import { hashClient } from '../../functions/lib/data/rate-limit-repository.ts';
import { transactWrite } from '../../functions/lib/data/transactions.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { ConflictError, DuplicateError, RateLimitedError } from '../../shared/errors.ts';
import type { Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { seedDemoCopy } from '../support/demo-template.ts';
import { newPetition as testPetition } from '../support/petitions.ts';

let t: TestDatabase;
const NOW = new Date('2026-11-21T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase('repos');
  await seedDemoCopy(t, NOW);
});
afterAll(() => t.drop());

/** A petition about land in Đồng Tiến, received the day before NOW. */
const newPetition = (overrides: Partial<Petition> = {}): Petition =>
  testPetition({
    fieldId: 'dat-dai',
    localityId: 'dong-tien',
    communeId: 'dong-tien',
    title: 'Kiểm tra mốc giới đất rừng',
    content: 'Đề nghị kiểm tra lại mốc giới giữa đất rừng sản xuất và đất ở của thôn.',
    receivedAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    ...overrides,
  });

const receivedEvent = (code: string, at = '2026-11-20T02:00:00.000Z'): TimelineEvent => ({
  id: `e-${code}`,
  code,
  type: 'received',
  at,
  actor: { id: 'citizen', role: 'citizen' },
});

const contactOf = (code: string) => ({
  code,
  name: 'Bế Văn Kiên',
  email: 'kien.be@example.com',
  address: 'Thôn Đồng Tiến, xã Đồng Tiến',
  communeId: 'dong-tien',
});

/** What create() stores for a petition just submitted online: it, its contact and its received event. */
const submitted = (p: Petition) => ({
  petition: p,
  contact: contactOf(p.code),
  events: [receivedEvent(p.code)],
});

describe('reference data', () => {
  it('loads every kind of record in one partition', async () => {
    t.resetSent();
    const ref = await t.repos.reference.load();
    expect(ref.councils.get('huu-lung')?.name).toBe('HĐND huyện Hữu Lũng');
    expect(ref.lineage('van-nham').map((u) => u.id)).toEqual(['van-nham', 'huu-lung', 'lang-son']);
    expect(ref.findCommunes('van nham').map((u) => u.id)).toEqual(['van-nham']);
    expect(ref.electoralUnits.get('huu-lung-dv6')?.communeIds).toContain('dong-tien');
    expect(ref.routingRulesOf('huu-lung').length).toBeGreaterThan(3);
    expect(t.sent.every((c) => c.name === 'QueryCommand')).toBe(true);
  });

  it('refuses to create a record twice', async () => {
    const field = { id: 'thu-nghiem', name: 'Thử nghiệm', nameEn: 'Trial' };
    await t.repos.reference.create('fields', field);
    await expect(t.repos.reference.create('fields', field)).rejects.toBeInstanceOf(DuplicateError);
  });
});

describe('petitions', () => {
  it('read by tracking code in one Query that never returns the contact', async () => {
    t.resetSent();
    const record = await t.repos.petitions.getPublic(DEMO_CODES.answered);
    expect(t.sent.map((c) => c.name)).toEqual(['QueryCommand']);
    expect(record?.petition.status).toBe('answered');
    expect(record?.events.map((e) => e.type)).toEqual(['received', 'routed', 'acknowledged', 'answered']);
    expect(JSON.stringify(record)).not.toContain('Hoàng Văn Minh');
    expect(JSON.stringify(record)).not.toContain('minh.hoang@example.com');
  });

  it('keep the contact in its own item of the same partition, for staff', async () => {
    const contact = await t.repos.petitions.getContact({ code: DEMO_CODES.answered });
    expect(contact?.name).toBe('Hoàng Văn Minh');
    const full = await t.repos.petitions.getWithContact(DEMO_CODES.answered);
    expect(full?.contact?.phone).toBe('0977111222');
    expect(full?.events).toHaveLength(4);
  });

  it('serve the agency queue by status, earliest deadline first', async () => {
    const a = newPetition({
      status: 'routed',
      agencyId: 'ubnd-huu-lung',
      deadline: '2026-12-10T16:59:59.999Z',
    });
    const b = newPetition({
      status: 'routed',
      agencyId: 'ubnd-huu-lung',
      deadline: '2026-12-01T16:59:59.999Z',
    });
    for (const p of [a, b]) await t.repos.petitions.create(submitted(p));
    const page = await t.repos.petitions.listAgencyQueue('ubnd-huu-lung', 'routed');
    const codes = page.items.map((p) => p.code);
    expect(codes.indexOf(b.code)).toBeLessThan(codes.indexOf(a.code));
    expect(page.items.every((p) => p.agencyId === 'ubnd-huu-lung' && p.status === 'routed')).toBe(true);
  });

  it('page through a queue with an opaque cursor', async () => {
    const first = await t.repos.petitions.listAgencyQueue('ubnd-huu-lung', 'routed', { limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBeDefined();
    const second = await t.repos.petitions.listAgencyQueue('ubnd-huu-lung', 'routed', {
      limit: 1,
      cursor: first.nextCursor!,
    });
    expect(second.items[0]?.code).not.toBe(first.items[0]?.code);
  });

  it('serve the secretariat triage queue by council and status', async () => {
    const page = await t.repos.petitions.listCouncilQueue('huu-lung', 'received');
    expect(page.items.map((p) => p.code)).toContain(DEMO_CODES.triage);
    expect(page.items.every((p) => p.councilId === 'huu-lung' && p.status === 'received')).toBe(true);
  });

  it('list open petitions past a deadline for reminders', async () => {
    const page = await t.repos.petitions.listOpenByDeadline('son-dong', NOW.toISOString());
    expect(page.items.map((p) => p.code)).toEqual([DEMO_CODES.overdue]);
    const later = await t.repos.petitions.listOpenByDeadline('huu-lung', '2027-12-31T00:00:00.000Z');
    expect(later.items.map((p) => p.code)).toContain(DEMO_CODES.routed);
    // Answered petitions leave the open index.
    expect(later.items.map((p) => p.code)).not.toContain(DEMO_CODES.answered);
  });

  it('list the petitions of a meeting', async () => {
    const page = await t.repos.petitions.listByMeeting('hl-txct-sau-kh11-van-nham');
    expect(page.items.map((p) => p.code).sort()).toEqual([DEMO_CODES.answered, DEMO_CODES.merged].sort());
  });

  it('list published results newest first', async () => {
    const page = await t.repos.petitions.listPublished('huu-lung');
    expect(page.items.map((p) => p.code)).toEqual([DEMO_CODES.answered]);
    const older = newPetition({ status: 'answered', publishedAt: '2026-01-01T00:00:00.000Z' });
    const newer = newPetition({ status: 'answered', publishedAt: '2026-11-21T00:00:00.000Z' });
    for (const p of [older, newer]) await t.repos.petitions.create(submitted(p));
    const codes = (await t.repos.petitions.listPublished('huu-lung')).items.map((p) => p.code);
    expect(codes[0]).toBe(newer.code);
    expect(codes.at(-1)).toBe(older.code);
  });

  it("list petitions by the submitter's commune", async () => {
    const page = await t.repos.petitions.listByCommune('van-nham');
    expect(page.items.map((p) => p.code)).toEqual(
      expect.arrayContaining([DEMO_CODES.triage, DEMO_CODES.answered]),
    );
  });

  it('refuse a second petition with a taken code, writing nothing', async () => {
    const p = newPetition();
    await t.repos.petitions.create(submitted(p));
    const again = { ...p, title: 'Ghi đè' };
    await expect(
      t.repos.petitions.create({
        petition: again,
        contact: contactOf(p.code),
        events: [receivedEvent(p.code, '2026-11-20T05:00:00.000Z')],
      }),
    ).rejects.toBeInstanceOf(DuplicateError);
    const stored = await t.repos.petitions.getPublic(p.code);
    expect(stored?.petition.title).toBe(p.title);
    expect(stored?.events).toHaveLength(1);
  });
});

describe('transactions', () => {
  it('leave nothing half-written when one condition fails', async () => {
    const key = 'retry-after-dropped-connection';
    const body = { title: 'x' };
    const first = newPetition();
    await t.repos.petitions.create(submitted(first), [
      t.repos.idempotency.putStep('submit', key, {
        requestHash: hashRequest(body),
        response: { status: 201, body: { code: first.code } },
      }),
    ]);
    const second = newPetition();
    await expect(
      t.repos.petitions.create(submitted(second), [
        t.repos.idempotency.putStep('submit', key, {
          requestHash: hashRequest(body),
          response: { status: 201, body: { code: second.code } },
        }),
      ]),
    ).rejects.toBeInstanceOf(DuplicateError);
    expect(await t.repos.petitions.get(second.code)).toBeUndefined();
    expect(await t.repos.petitions.getContact({ code: second.code })).toBeUndefined();
    expect(await t.repos.petitions.getWithContact(second.code)).toBeUndefined();
    expect((await t.repos.idempotency.get('submit', key))?.response.body).toEqual({ code: first.code });
  });

  it('turn a stale version into a ConflictError and write no event', async () => {
    const p = newPetition();
    await t.repos.petitions.create(submitted(p));
    const routed: Petition = {
      ...p,
      status: 'routed',
      agencyId: 'ubnd-huu-lung',
      deadline: '2026-12-20T16:59:59.999Z',
    };
    const event = (id: string): TimelineEvent => ({
      id,
      code: p.code,
      type: 'routed',
      at: `2026-11-21T0${id.length}:00:00.000Z`,
      actor: { id: 'tk', role: 'secretariat' },
    });
    const [saved] = await t.repos.petitions.save([{ before: p, after: routed, events: [event('first')] }]);
    expect(saved?.version).toBe(2);
    await expect(
      t.repos.petitions.save([{ before: p, after: routed, events: [event('second-try')] }]),
    ).rejects.toBeInstanceOf(ConflictError);
    const stored = await t.repos.petitions.getPublic(p.code);
    expect(stored?.petition.version).toBe(2);
    expect(stored?.events.map((e) => e.id)).toEqual([`e-${p.code}`, 'first']);
    // The index moved with the status: it is in the agency queue, no longer in triage.
    const triage = await t.repos.petitions.listCouncilQueue('huu-lung', 'received', { limit: 100 });
    expect(triage.items.map((i) => i.code)).not.toContain(p.code);
  });
});

describe('meetings', () => {
  it("list a council's meetings by start time, within a date range", async () => {
    const all = await t.repos.meetings.listByCouncil('huu-lung');
    const starts = all.items.map((m) => m.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(all.items.map((m) => m.id)).toContain('hl-txct-truoc-kh12-thanh-son');
    const upcoming = await t.repos.meetings.listByCouncil('huu-lung', { from: NOW.toISOString() });
    expect(upcoming.items.every((m) => m.startsAt >= NOW.toISOString())).toBe(true);
    expect(upcoming.items.length).toBeLessThan(all.items.length);
  });

  it("list a commune's meetings through its index", async () => {
    t.resetSent();
    const page = await t.repos.meetings.listByCommune('van-nham');
    expect(page.items.map((m) => m.id).sort()).toEqual([
      'hl-txct-sau-kh11-van-nham',
      'hl-txct-truoc-kh12-minh-tien',
    ]);
    expect(t.sent).toHaveLength(1);
    expect(t.sent[0]).toMatchObject({ name: 'QueryCommand', input: { IndexName: 'gsi4' } });
  });

  it('move the commune copies when a meeting changes communes, and refuse a stale edit', async () => {
    const before = (await t.repos.meetings.get('hl-txct-truoc-kh12-thanh-son'))!;
    const after = { ...before, communeIds: ['dong-tien'], sequence: before.sequence + 1 };
    await t.repos.meetings.save(before, after);
    expect((await t.repos.meetings.listByCommune('thanh-son')).items.map((m) => m.id)).not.toContain(
      before.id,
    );
    expect((await t.repos.meetings.listByCommune('dong-tien')).items.map((m) => m.id)).toContain(before.id);
    await expect(t.repos.meetings.save(before, { ...after, title: 'Sửa cũ' })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});

describe('idempotency keys and rate-limit windows', () => {
  it('keep the first answer for a key, with a TTL', async () => {
    const p = newPetition();
    await t.repos.petitions.create(submitted(p), [
      t.repos.idempotency.putStep(
        'submit',
        'key-ttl-1',
        { requestHash: 'h', response: { status: 201, body: { code: p.code } } },
        NOW,
      ),
    ]);
    expect(await t.repos.idempotency.get('submit', 'key-ttl-1', NOW)).toEqual({
      requestHash: 'h',
      response: { status: 201, body: { code: p.code } },
    });
    // Past its TTL a record counts as gone even before DynamoDB deletes it.
    expect(
      await t.repos.idempotency.get('submit', 'key-ttl-1', new Date(NOW.getTime() + 2 * 86_400_000)),
    ).toBeUndefined();
  });

  it('count requests per client and window, then refuse with Retry-After', async () => {
    const client = hashClient('203.0.113.9', 'test-salt-000000');
    expect(client).not.toContain('203.0.113.9');
    const rule = { limit: 2, windowSeconds: 600 };
    const hit = (at: Date) => transactWrite(t.db, [t.repos.rateLimits.countStep('submit', client, rule, at)]);
    await hit(NOW);
    await hit(NOW);
    const refused = await hit(NOW).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    // The next window starts afresh.
    await expect(hit(new Date(NOW.getTime() + 600_000))).resolves.toBeUndefined();
  });
});

describe('the data layer', () => {
  it('never sends a Scan from any repository call above', async () => {
    const names = new Set(t.history.map((c) => c.name));
    // The recorder saw the whole range of commands the repositories use…
    for (const used of ['QueryCommand', 'GetItemCommand', 'PutItemCommand', 'TransactWriteItemsCommand']) {
      expect(names).toContain(used);
    }
    // …and not one Scan.
    expect(names).not.toContain('ScanCommand');
    // The recorder would have caught one: a Scan sent here (test code only) shows up.
    await t.db.doc.send(new ScanCommand({ TableName: t.tableName, Limit: 1 }));
    expect(t.history.at(-1)?.name).toBe('ScanCommand');
  });
});
