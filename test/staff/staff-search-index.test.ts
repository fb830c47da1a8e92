/**
 * The staff search index follows a petition's changes once and in order (issue #19 §3):
 * redelivered and older records change nothing, a new title or agency moves the postings and
 * the counts, a change no result shows writes only the record, an erased petition leaves
 * nothing behind. Driven through the stream consumer with records shaped as Lambda's.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { StaffSearchRepository } from '../../functions/lib/data/staff-search-repository.ts';
import { searchPetitions } from '../../functions/lib/search/staff-search.ts';
import type { StreamRecord } from '../../functions/notifier/stream-event.ts';
import { createStaffSearchIndexer } from '../../functions/statistics/search-indexer.ts';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import type { ReferenceRecords } from '../../shared/reference-data.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { newPetition } from '../support/petitions.ts';

let database: TestDatabase;
let indexer: ReturnType<typeof createStaffSearchIndexer>;
beforeAll(async () => {
  database = await createTestDatabase('search-index');
  const reference = demoReference(demoActivity(new Date()).sessions);
  for (const kind of Object.keys(reference) as (keyof ReferenceRecords)[])
    for (const record of reference[kind]) await database.repos.reference.create(kind, record as never);
  indexer = createStaffSearchIndexer({ repos: database.repos });
});
afterAll(() => database?.drop());

let sequence = 1000;
const keysOf = (code: string) => marshall({ pk: petitionKeys.pk(code), sk: petitionKeys.petitionSk });
/** The stream's record of a petition item: its new image when written, its old one when removed. */
const petitionRecord = (petition: Petition, eventName: StreamRecord['eventName']): StreamRecord => {
  const image = marshall(
    { pk: petitionKeys.pk(petition.code), sk: petitionKeys.petitionSk, ...petition },
    { removeUndefinedValues: true },
  );
  return {
    eventID: `e${sequence}`,
    eventName,
    dynamodb: {
      Keys: keysOf(petition.code),
      ...(eventName === 'REMOVE' ? { OldImage: image } : { NewImage: image }),
      SequenceNumber: String(sequence++),
    },
  };
};
const changed = (petition: Petition, eventName: 'INSERT' | 'MODIFY' = 'MODIFY') =>
  petitionRecord(petition, eventName);
const removed = (petition: Petition) => petitionRecord(petition, 'REMOVE');
const deliver = async (...records: StreamRecord[]) => {
  const result = await indexer({ Records: records });
  expect(result.batchItemFailures).toEqual([]);
};

/** A received petition in Hữu Lũng whose words the tests look for. */
function petitionOf(overrides: Partial<Petition> = {}): Petition {
  const at = '2026-11-20T03:00:00.000Z';
  return newPetition({
    fieldId: 'dat-dai',
    title: 'Cống thoát nước Bản Hẻo bị tắc',
    content: 'Nước tràn vào nhà.',
    receivedAt: at,
    updatedAt: at,
    ...overrides,
  });
}

/** Whose petitions are searched and counted: Hữu Lũng council's unless a test says otherwise. */
type SearchScope = { councilId: string; agencyId?: string };
const HUU_LUNG: SearchScope = { councilId: 'huu-lung' };

const found = async (q: string, scope = HUU_LUNG, status?: Petition['status']) =>
  (await searchPetitions(database.repos, { scope, q, ...(status ? { status } : {}) })).items;

const count = async (word: string, scope = HUU_LUNG) =>
  (await new StaffSearchRepository(database.db).counts(scope, [word])).get(word);

describe('staff search index', () => {
  it('a redelivered record, or an older one after a newer, changes nothing', async () => {
    const v1 = petitionOf();
    const v3 = {
      ...v1,
      version: 3,
      status: 'routed' as const,
      agencyId: 'phong-tnmt-huu-lung',
      title: 'Cống thoát nước Bản Quyền bị tắc',
    };
    await deliver(changed(v1, 'INSERT'), changed(v3));
    // v2 arrives late; then v3 again.
    await deliver(changed({ ...v1, version: 2, title: 'Cống Bản Hẻo lần hai' }));
    expect(await found('ban heo')).toEqual([]);
    database.resetSent();
    await deliver(changed(v3));
    expect(database.sent.map((c) => c.name)).toEqual(['GetItemCommand']);
    expect(await found('ban quyen')).toEqual([expect.objectContaining({ code: v1.code, status: 'routed' })]);
    expect(await count('heo')).toBe(0);
    expect(await count('quyen')).toBe(1);
    expect(await count('quyen', { councilId: 'huu-lung', agencyId: 'phong-tnmt-huu-lung' })).toBe(1);
  });

  it("a status change is found under the new status, and a new agency's officers find it where the old agency's no longer do", async () => {
    const v1 = petitionOf({
      title: 'Điện chập chờn Khuổi Bó',
      status: 'routed',
      agencyId: 'phong-tnmt-huu-lung',
    });
    await deliver(changed(v1, 'INSERT'));
    const tnmt = { councilId: 'huu-lung', agencyId: 'phong-tnmt-huu-lung' };
    const ubnd = { councilId: 'huu-lung', agencyId: 'ubnd-huu-lung' };
    expect((await found('khuoi bo', tnmt)).map((i) => i.code)).toEqual([v1.code]);
    await deliver(changed({ ...v1, version: 2, agencyId: 'ubnd-huu-lung', status: 'in_progress' }));
    expect(await found('khuoi bo', tnmt)).toEqual([]);
    expect(await found('khuoi bo', ubnd)).toEqual([
      expect.objectContaining({ code: v1.code, status: 'in_progress' }),
    ]);
    expect((await found('khuoi bo', { councilId: 'huu-lung' }, 'in_progress')).map((i) => i.code)).toEqual([
      v1.code,
    ]);
    expect(await found('khuoi bo', { councilId: 'huu-lung' }, 'routed')).toEqual([]);
    expect(await count('khuoi', tnmt)).toBe(0);
    expect(await count('khuoi', ubnd)).toBe(1);
  });

  it('a change no result shows (a roadmap) writes only the record', async () => {
    const v1 = petitionOf({
      title: 'Trường mầm non Nà Pàn dột',
      status: 'in_progress',
      agencyId: 'phong-tnmt-huu-lung',
    });
    await deliver(changed(v1, 'INSERT'));
    database.resetSent();
    await deliver(
      changed({ ...v1, version: 2, roadmap: { text: 'Sửa trong tháng', expectedBy: '2026-12-30' } }),
    );
    // The reference data is read too (uncached in tests); the only write is the record.
    const writes = database.sent.filter((c) => !['GetItemCommand', 'QueryCommand'].includes(c.name));
    expect(writes.map((c) => [c.name, (c.input.Item as { sk?: unknown } | undefined)?.sk])).toEqual([
      ['PutItemCommand', 'SYSTEM#STAFF_SEARCH'],
    ]);
  });

  it('an erased petition leaves no posting and no count; its older records redelivered add nothing back', async () => {
    const v1 = petitionOf({
      title: 'Cầu treo Pắc Cáy hư hỏng',
      status: 'routed',
      agencyId: 'phong-tnmt-huu-lung',
    });
    await deliver(changed(v1, 'INSERT'));
    expect((await found('pac cay')).map((i) => i.code)).toEqual([v1.code]);
    await deliver(removed(v1));
    expect(await found('pac cay')).toEqual([]);
    expect(await found('pac cay', { councilId: 'huu-lung', agencyId: 'phong-tnmt-huu-lung' })).toEqual([]);
    expect(await count('cay')).toBe(0);
    await deliver(changed(v1, 'INSERT'));
    expect(await found('pac cay')).toEqual([]);
  });

  it('a failing record is reported with every record after it, so none is indexed out of order', async () => {
    const good = petitionOf({ title: 'Chợ Pò Lù xuống cấp' });
    const broken: StreamRecord = {
      eventID: 'broken',
      eventName: 'MODIFY',
      dynamodb: {
        Keys: keysOf('NOTACODE'),
        NewImage: marshall({ code: 'NOTACODE', version: 1 }),
        SequenceNumber: String(sequence++),
      },
    };
    const after = changed(good, 'INSERT');
    const result = await indexer({ Records: [broken, after] });
    expect(result.batchItemFailures).toEqual([
      { itemIdentifier: broken.dynamodb!.SequenceNumber },
      { itemIdentifier: after.dynamodb!.SequenceNumber },
    ]);
  });
});
