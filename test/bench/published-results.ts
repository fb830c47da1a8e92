/**
 * Answered, published petitions of Hữu Lũng's council, as many as a site-build run asks
 * for: spread over its four communes, its fields and its agencies, and over the past
 * year, so the site's result, filter and listing pages grow as they would.
 */
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Repositories } from '../../functions/lib/data/index.ts';
import { DEMO_AGENCIES, DEMO_FIELDS } from '../../infra/local/demo/reference.ts';
import { ANSWER_RESULTS, type Petition } from '../../shared/schemas/index.ts';
import { deadlineAfter, vietnamDate } from '../../shared/time.ts';
import { generateTrackingCode } from '../../shared/tracking-code.ts';

const DAY = 86_400_000;
const COMMUNES = ['minh-tien', 'van-nham', 'thanh-son', 'dong-tien'];
const AGENCIES = DEMO_AGENCIES.filter((a) => a.unitId === 'huu-lung').map((a) => a.id);

function publishedPetition(i: number, now: Date): Petition {
  const code = generateTrackingCode();
  const received = new Date(now.getTime() - (30 + (i % 330)) * DAY).toISOString();
  const routed = new Date(Date.parse(received) + 2 * DAY).toISOString();
  const answered = new Date(Date.parse(received) + (10 + (i % 40)) * DAY).toISOString();
  const commune = COMMUNES[i % COMMUNES.length]!;
  const agencyId = AGENCIES[i % AGENCIES.length]!;
  return {
    code,
    councilId: 'huu-lung',
    channel: 'online',
    status: 'answered',
    fieldId: DEMO_FIELDS[i % DEMO_FIELDS.length]!.id,
    localityId: commune,
    communeId: commune,
    title: `Kiến nghị số ${i + 1} của cử tri về việc sửa chữa công trình công cộng trong xã`,
    content:
      'Cử tri phản ánh công trình công cộng của thôn đã xuống cấp sau nhiều năm sử dụng, ảnh hưởng đến ' +
      'sinh hoạt của người dân. Đề nghị các cấp có thẩm quyền xem xét, bố trí kinh phí sửa chữa.',
    consentToPublish: true,
    agencyId,
    receivedAt: received,
    routedAt: routed,
    deadline: deadlineAfter(routed, 30),
    answer: {
      text: 'Cơ quan đã kiểm tra thực tế, bố trí kinh phí và giao đơn vị thi công sửa chữa công trình trong quý tới.',
      documentNumber: `${100 + (i % 900)}/UBND`,
      documentDate: vietnamDate(answered),
      result: ANSWER_RESULTS[i % ANSWER_RESULTS.length]!,
      answeredAt: answered,
      agencyId,
    },
    answeredAt: answered,
    voterCount: 1 + (i % 3),
    publishedAt: answered,
    version: 4,
    updatedAt: answered,
  };
}

/**
 * Writes `count` published petitions with their text items and "answered" events, in BatchWriteItem
 * calls of items the repository builds (a transaction each would take DynamoDB Local tens
 * of minutes for 10,000). The submitters' contacts are left out: no public page reads them.
 * Answers the codes written.
 */
export async function seedPublishedResults(
  repos: Repositories,
  count: number,
  options: { now?: Date; parallel?: number } = {},
): Promise<string[]> {
  const now = options.now ?? new Date();
  const petitions = Array.from({ length: count }, (_, i) => publishedPetition(i, now));
  const items = petitions.flatMap((petition) => [
    repos.petitions.petitionPut(petition).Put!.Item!,
    repos.petitions.textPut(petition).Put!.Item!,
    repos.petitions.eventStep({
      id: randomUUID(),
      code: petition.code,
      type: 'answered',
      at: petition.answeredAt!,
      actor: { id: 'bench', role: 'agency' },
      agencyId: petition.agencyId,
    }).item.Put!.Item!,
  ]);
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    for (let b = next++; b < batches.length; b = next++) {
      let requests = batches[b]!.map((Item) => ({ PutRequest: { Item } }));
      while (requests.length > 0) {
        const { UnprocessedItems } = await repos.db.doc.send(
          new BatchWriteCommand({ RequestItems: { [repos.db.tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[repos.db.tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 4 }, worker));
  return petitions.map((p) => p.code);
}
