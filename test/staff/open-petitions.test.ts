/**
 * The secretariat's "all open petitions" view on DynamoDB Local: every open petition of
 * its council and nothing else, each filter narrowing it, pages no longer than asked that
 * together hold each petition once, and bad queries refused by name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Petition } from '../../shared/schemas/index.ts';
import { USERS } from './routes.ts';
import { makePetition, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed({ meetings: false });
const made: Record<string, Petition> = {};
beforeAll(async () => {
  const past = new Date(bed.now.getTime() - 2 * 86_400_000).toISOString();
  made.receivedVanNham = await makePetition(bed, 'received');
  made.receivedMinhTien = await makePetition(bed, 'received', {
    communeId: 'minh-tien',
    localityId: 'minh-tien',
    fieldId: 'y-te',
  });
  made.overdue = await makePetition(bed, 'routed', { deadline: past });
  made.inProgress = await makePetition(bed, 'in_progress', { agencyId: 'ubnd-huu-lung' });
  made.answered = await makePetition(bed, 'answered');
  made.otherCouncil = await makePetition(bed, 'received', {
    councilId: 'son-dong',
    communeId: 'an-ba',
    localityId: 'an-ba',
  });
});

const open = async (query: string, as: string = USERS.secretariatOwn) => {
  const response = await bed.call('GET', `/v1/councils/huu-lung/open-petitions${query}`, { as });
  return {
    status: response.status,
    body: (await response.json()) as {
      items: Petition[];
      nextCursor?: string;
      fields?: Record<string, string>;
    },
  };
};
const codes = (items: Petition[]) => items.map((p) => p.code);

describe('all open petitions of the council', () => {
  it('lists the open ones, received first, never an answered one or another council’s', async () => {
    const { body } = await open('?limit=100');
    // Received first (the two in the order of their receipt keys), then routed, then in progress.
    expect(codes(body.items).slice(0, 2).sort()).toEqual(
      [made.receivedVanNham?.code, made.receivedMinhTien?.code].sort(),
    );
    expect(codes(body.items).slice(2)).toEqual([made.overdue?.code, made.inProgress?.code]);
    expect(body.items.find((p) => p.code === made.overdue?.code)).toMatchObject({ overdue: true });
  });

  it.each([
    ['status', '?status=routed', ['overdue']],
    ['body', '?agency=ubnd-huu-lung', ['inProgress']],
    ['field', '?field=y-te', ['receivedMinhTien']],
    ['commune', '?commune=minh-tien', ['receivedMinhTien']],
    ['overdue', '?overdue=true', ['overdue']],
    ['overdue and body', '?overdue=true&agency=ubnd-huu-lung', []],
    ['status and commune', '?status=received&commune=van-nham', ['receivedVanNham']],
  ])('filters by %s', async (_name, query, expected) => {
    const { body } = await open(query);
    expect(codes(body.items)).toEqual(expected.map((k) => made[k]?.code));
  });

  it('pages: each at most `limit` long, together every open petition once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { status, body } = await open(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(1);
      seen.push(...codes(body.items));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen.sort()).toEqual(
      [made.receivedVanNham, made.receivedMinhTien, made.overdue, made.inProgress].map((p) => p?.code).sort(),
    );
  });

  it.each([
    ['a closed status', '?status=answered', 'status'],
    ['overdue not true or false', '?overdue=maybe', 'overdue'],
    ['a malformed cursor', '?cursor=%21%21', 'cursor'],
    ['a cursor of another partition', '?cursor=9', 'cursor'],
    ['a bad commune id', '?commune=Minh%20Ti%E1%BA%BFn', 'commune'],
  ])('refuses %s: 400 on the field', async (_name, query, field) => {
    const { status, body } = await open(query);
    expect(status).toBe(400);
    expect(Object.keys(body.fields ?? {})).toContain(field);
  });

  it('refuses a cursor of the deadline index on the status index', async () => {
    const first = await open('?overdue=true&limit=1');
    const { status } = await open(`?cursor=0${(first.body.nextCursor ?? '0x').slice(1) || 'eyJ9'}`);
    expect(status).toBe(400);
  });
});
