/**
 * Page cursors sent back to the public API are the client's to forge: every one that does
 * not continue the query it is sent with is a 400 on `cursor` (never a DynamoDB 500), and
 * nothing stored changes. A cursor the API handed out still pages.
 */
import { describe, expect, it } from 'vitest';
import { meetingKeys } from '../../functions/lib/data/meeting-keys.ts';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { translate } from '../../shared/messages/index.ts';
import { usePetitionTestApi } from './support.ts';
import { dumpTable } from './table-dump.ts';

const api = usePetitionTestApi();

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const FORGED = 'eyJhIjoiYiJ9'; // {"a":"b"}
const meetingKey = (index: 'gsi2' | 'gsi4', partition: string, sort = '2026-12-10T01:00:00.000Z#m') => ({
  pk: meetingKeys.pk('m'),
  sk: meetingKeys.meetingSk,
  [`${index}pk`]: partition,
  [`${index}sk`]: sort,
});

const CASES: [name: string, path: string][] = [
  ['results: {"a":"b"}', `/v1/results?council=huu-lung&cursor=${FORGED}`],
  [
    "results: another council's partition",
    `/v1/results?council=huu-lung&cursor=${b64({
      pk: 'PETITION#X',
      sk: petitionKeys.petitionSk,
      gsi5pk: petitionKeys.published('hau-giang'),
      gsi5sk: '2026-11-30T00:00:00.000Z#X',
    })}`,
  ],
  [
    'results: a key of another index',
    `/v1/results?council=huu-lung&cursor=${b64(meetingKey('gsi2', petitionKeys.published('huu-lung')))}`,
  ],
  [
    'results: a number for a string key',
    `/v1/results?council=huu-lung&cursor=${b64({ pk: 1, sk: 2, gsi5pk: petitionKeys.published('huu-lung'), gsi5sk: 3 })}`,
  ],
  ['results: a lone surrogate, percent-encoded', '/v1/results?council=huu-lung&cursor=%ED%A0%BD'],
  ['meetings by council: {"a":"b"}', `/v1/meetings?council=huu-lung&cursor=${FORGED}`],
  ['meetings by commune: {"a":"b"}', `/v1/meetings?commune=van-nham&cursor=${FORGED}`],
  ['meetings by group: {"a":"b"}', `/v1/meetings?group=to-huu-lung-dv6&cursor=${FORGED}`],
  [
    "meetings by council: another council's meetings",
    `/v1/meetings?council=huu-lung&cursor=${b64(meetingKey('gsi2', meetingKeys.council('son-dong')))}`,
  ],
  [
    "meetings by council: the council's triage queue on the same index",
    `/v1/meetings?council=huu-lung&cursor=${b64(meetingKey('gsi2', petitionKeys.councilQueue('huu-lung', 'received')))}`,
  ],
  [
    "meetings by commune: a council's cursor",
    `/v1/meetings?commune=van-nham&cursor=${b64(meetingKey('gsi2', meetingKeys.council('huu-lung')))}`,
  ],
  [
    'meetings by commune: another commune',
    `/v1/meetings?commune=van-nham&cursor=${b64(meetingKey('gsi4', meetingKeys.commune('minh-tien')))}`,
  ],
  [
    'meetings by commune: a position before the range asked for',
    `/v1/meetings?commune=van-nham&from=2026-12-15&cursor=${b64(meetingKey('gsi4', meetingKeys.commune('van-nham')))}`,
  ],
  [
    'meetings by council: an empty sort key',
    `/v1/meetings?council=huu-lung&cursor=${b64(meetingKey('gsi2', meetingKeys.council('huu-lung'), ''))}`,
  ],
];

describe('forged page cursors on the public API', () => {
  it.each(CASES)('%s → 400 cursor.invalid on cursor, nothing changes', async (_, path) => {
    const before = await dumpTable(api.database);
    const response = await api.app.request(path);
    const body = (await response.json()) as {
      error: string;
      message: string;
      fields?: Record<string, string>;
    };
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(body.fields).toEqual({ cursor: translate('vi', 'cursor.invalid') });
    expect(await dumpTable(api.database)).toBe(before);
  });

  it('answers in English on request', async () => {
    const response = await api.app.request(`/v1/results?council=huu-lung&cursor=${FORGED}`, {
      headers: { 'accept-language': 'en' },
    });
    expect(((await response.json()) as { fields: Record<string, string> }).fields.cursor).toBe(
      translate('en', 'cursor.invalid'),
    );
  });

  it("a real cursor pages on, and is refused on another council's list", async () => {
    const first = (await (await api.app.request('/v1/meetings?council=huu-lung&limit=1')).json()) as {
      items: unknown[];
      nextCursor?: string;
    };
    expect(first.nextCursor).toBeDefined();
    const next = await api.app.request(`/v1/meetings?council=huu-lung&limit=1&cursor=${first.nextCursor}`);
    expect(next.status).toBe(200);
    const elsewhere = await api.app.request(
      `/v1/meetings?council=son-dong&limit=1&cursor=${first.nextCursor}`,
    );
    expect(elsewhere.status).toBe(400);
  });
});
