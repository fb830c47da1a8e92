/**
 * The petition's long texts live apart from the petition item (functions/lib/data/petition-texts.ts),
 * so a status change rewrites an item under 1 KB: the citizen's title and text in the text item,
 * written once with the petition; the answer's texts in its "answered" event. Every read joins
 * them back: get, the public record, the staff record and a list's page.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutKeys } from '../../functions/lib/data/items.ts';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { StaffSearchRepository } from '../../functions/lib/data/staff-search-repository.ts';
import { indexPetitionChange } from '../../functions/lib/search/staff-index.ts';
import type { Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { similarWordsOf } from '../../shared/similar/similar-words.ts';
import { generateTrackingCode } from '../../shared/tracking-code.ts';
import { itemSize } from '../bench/item-size.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('texts');
});
afterAll(() => t.drop());

const CONTENT = `${'Đề nghị kiểm tra lại mốc giới giữa đất rừng sản xuất và đất ở của thôn. '.repeat(4)}Cột bê tông đã bị xê dịch.`;
const ANSWER_TEXT =
  'Ủy ban nhân dân huyện đã chỉ đạo Phòng Tài nguyên và Môi trường kiểm tra thực địa. '.repeat(2);
const at = (hour: number) => `2026-11-2${hour < 10 ? 0 : 1}T0${hour % 10}:00:00.000Z`;

const received = (code: string): Petition => ({
  code,
  councilId: 'huu-lung',
  channel: 'online',
  status: 'in_progress',
  fieldId: 'dat-dai',
  localityId: 'dong-tien',
  communeId: 'dong-tien',
  agencyId: 'ubnd-huu-lung',
  title: 'Kiểm tra mốc giới đất rừng sản xuất và đất ở của thôn Đồng Tiến',
  content: CONTENT,
  consentToPublish: true,
  receivedAt: at(1),
  routedAt: at(2),
  deadline: '2026-12-20T16:59:59.999Z',
  voterCount: 1,
  version: 1,
  updatedAt: at(2),
});

const event = (code: string, type: TimelineEvent['type'], when: string): TimelineEvent => ({
  id: `${type}-${code}`,
  code,
  type,
  at: when,
  actor: { id: 'officer', role: 'agency' },
});

const raw = async (code: string, sk: string) =>
  (await t.db.doc.send(new GetCommand({ TableName: t.db.tableName, Key: { pk: petitionKeys.pk(code), sk } })))
    .Item;

async function answered(): Promise<Petition> {
  const code = generateTrackingCode();
  const before = received(code);
  await t.repos.petitions.create({
    petition: before,
    contact: { code, name: 'Bế Văn Kiên', address: 'Thôn Đồng Tiến', communeId: 'dong-tien' },
    events: [event(code, 'received', at(1))],
  });
  const answeredAt = at(3);
  const after: Petition = {
    ...before,
    status: 'answered',
    answeredAt,
    publishedAt: answeredAt,
    contactExpiresAt: '2027-11-20T03:00:00.000Z',
    answer: {
      text: ANSWER_TEXT,
      documentNumber: '123/UBND-TNMT',
      documentDate: '2026-11-20',
      result: 'scheduled',
      resolveBy: '2027-03-01',
      answeredAt,
      agencyId: 'ubnd-huu-lung',
    },
    updatedAt: answeredAt,
  };
  const [saved] = await t.repos.petitions.save([
    { before: (await t.repos.petitions.get(code))!, after, events: [event(code, 'answered', answeredAt)] },
  ]);
  return saved!;
}

describe('the petition item without its texts', () => {
  it('keeps the title and text in the text item, written with the petition, and the answer in its event', async () => {
    const p = await answered();
    const item = await raw(p.code, petitionKeys.petitionSk);
    expect(item).not.toHaveProperty('content');
    expect(item).not.toHaveProperty('title');
    expect(item?.answer).toEqual({ result: 'scheduled', resolveBy: '2027-03-01' });
    expect(itemSize(item)).toBeLessThan(1024);
    const text = await raw(p.code, petitionKeys.textSk);
    expect(text).toMatchObject({ title: p.title, content: CONTENT });
    expect(text).not.toHaveProperty('answer');
    const answerEvent = await raw(
      p.code,
      petitionKeys.eventSk({ at: p.answeredAt!, id: `answered-${p.code}` }),
    );
    expect(answerEvent?.answer).toMatchObject({ text: ANSWER_TEXT, documentNumber: '123/UBND-TNMT' });
  });

  it('joins them back in get, the public record, the staff record and a list page', async () => {
    const p = await answered();
    expect(await t.repos.petitions.get(p.code)).toEqual(p);
    const record = await t.repos.petitions.getPublic(p.code);
    expect(record?.petition).toEqual(p);
    // The timeline keeps its events as they were: the answer's texts are the petition's.
    expect(record?.events.find((e) => e.type === 'answered')).not.toHaveProperty('answer');
    expect((await t.repos.petitions.getWithContact(p.code))?.petition).toEqual(p);
    const page = await t.repos.petitions.listPublished('huu-lung', { limit: 100 });
    expect(page.items.find((i) => i.code === p.code)).toEqual(p);
  });

  it('refuses to save an answer without its "answered" event, which alone would keep its texts', async () => {
    const p = await answered();
    const before = (await t.repos.petitions.get(p.code))!;
    const after = {
      ...before,
      answer: { ...before.answer!, text: 'Một câu trả lời khác, không có sự kiện.' },
    };
    await expect(t.repos.petitions.save([{ before, after, events: [] }])).rejects.toThrow(/answered/);
    expect((await t.repos.petitions.get(p.code))?.answer?.text).toBe(ANSWER_TEXT);
  });

  it("indexes the title's and text's words for staff search from a stream image that holds neither", async () => {
    const p = await answered();
    const image = withoutKeys<Petition>((await raw(p.code, petitionKeys.petitionSk))!);
    expect(image).not.toHaveProperty('content');
    const deps = { db: t.db, reference: () => t.repos.reference.load() };
    await indexPetitionChange(deps, { code: p.code, version: image.version, petition: image });
    const entry = (await new StaffSearchRepository(t.db).record(p.code))?.entry;
    expect(entry?.title).toBe(p.title);
    for (const word of [...similarWordsOf('bê tông'), ...similarWordsOf('Đồng Tiến')])
      expect(entry?.words).toContain(word);
  });
});
