import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../../infra/local/demo/activity.ts';
import { translate } from '../../../shared/messages/index.ts';
import { PublishedResult, ResultsPage } from '../../../shared/schemas/publication.ts';
import { deadlineAfter } from '../../../shared/time.ts';
import { completeTrackingCode, formatTrackingCode } from '../../../shared/tracking-code.ts';
import { type SeededPublicApi, seededPersonalData, seededPublicApi } from '../support/public-app.ts';

let api: SeededPublicApi;
beforeAll(async () => {
  api = await seededPublicApi('results');
});
afterAll(() => api.database.drop());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await api.app.request(path, { headers });
  return { res, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /v1/results', () => {
  it('lists a council’s published results, anonymised, with the body, field, session and answer named', async () => {
    const { res, body } = await get('/v1/results?council=huu-lung');
    expect(res.status).toBe(200);
    const page = ResultsPage.parse(body);
    expect(page.items.map((r) => r.code)).toEqual([DEMO_CODES.answered]);
    const result = page.items[0]!;
    expect(result).toMatchObject({
      field: { id: 'an-toan-giao-thong', name: 'An toàn giao thông', nameEn: 'Traffic safety' },
      commune: { id: 'van-nham', name: 'Vân Nham' },
      agency: { id: 'ubnd-huu-lung', name: 'UBND huyện Hữu Lũng' },
      meeting: { id: 'hl-txct-sau-kh11-van-nham' },
      voterCount: 2,
      answer: { documentNumber: '245/UBND-KT', result: 'scheduled' },
      answeredOnTime: false,
    });
    expect(result.session?.id).toBe('huu-lung-kh12');
  });

  it('never carries a submitter’s name, email, phone or address', async () => {
    for (const council of ['huu-lung', 'son-dong', 'luc-ngan', 'phuc-loc', 'hau-giang']) {
      const text = JSON.stringify((await get(`/v1/results?council=${council}`)).body);
      for (const personal of seededPersonalData(api.now)) expect(text).not.toContain(personal);
      expect(text).not.toMatch(/submitter|contact|email|phone|address/i);
    }
  });

  it('reads one Query on the published index (besides the reference data) and no Scan', async () => {
    api.database.resetSent();
    await get('/v1/results?council=luc-ngan');
    const queries = api.database.sent.filter((c) => c.name === 'QueryCommand' && c.input.IndexName);
    expect(queries).toHaveLength(1);
    expect(queries[0]!.input).toMatchObject({ IndexName: 'gsi5', ScanIndexForward: false });
    expect(api.database.sent.some((c) => c.name === 'ScanCommand')).toBe(false);
  });

  it('pages newest first through a cursor until every result was seen once', async () => {
    const { repos } = api.database;
    const base = (await repos.petitions.get(DEMO_CODES.closed))!;
    const codes = ['HGA2B3C4D5E', 'HGA2B3C4D5F', 'HGA2B3C4D5G', 'HGA2B3C4D5H'].map((p, i) => ({
      code: `${p}${i}`,
      publishedAt: new Date(api.now.getTime() - (i + 1) * 3_600_000).toISOString(),
    }));
    for (const { code, publishedAt } of codes) {
      await repos.petitions.create({
        petition: { ...base, code, publishedAt, deadline: deadlineAfter(base.receivedAt, 60) },
        contact: { code, name: 'X', address: 'Y', communeId: 'vi-thanh' },
        events: [],
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await get(`/v1/results?council=hau-giang&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = ResultsPage.parse(body);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((r) => r.publishedAt));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it.each([
    ['no council', '/v1/results'],
    ['an unknown council', '/v1/results?council=khong-co'],
    ['a malformed council id', '/v1/results?council=H%C3%BFu%20L%C5%A9ng'],
    ['a limit that is not a number', '/v1/results?council=huu-lung&limit=many'],
    ['a limit above 100', '/v1/results?council=huu-lung&limit=1000'],
    ['a cursor that does not decode', '/v1/results?council=huu-lung&cursor=not-a-cursor'],
  ])('answers 400 with a message for %s', async (_, path) => {
    const { res, body } = await get(path);
    expect(res.status).toBe(400);
    expect(body.message).toEqual(expect.any(String));
  });

  it('answers in English on request', async () => {
    const { body } = await get('/v1/results?council=khong-co', { 'accept-language': 'en' });
    expect(body.fields).toEqual({ council: translate('en', 'field.unknownCouncil') });
  });
});

describe('GET /v1/results/{code}', () => {
  const listed = async (council: string, code: string) =>
    ResultsPage.parse((await get(`/v1/results?council=${council}`)).body).items.find((r) => r.code === code);

  it('answers one result exactly as the council’s list serves it', async () => {
    const { res, body } = await get(`/v1/results/${DEMO_CODES.answered}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual(await listed('huu-lung', DEMO_CODES.answered));
    expect(PublishedResult.parse(body).meeting?.id).toBe('hl-txct-sau-kh11-van-nham');
  });

  it('finds the code however it is typed (lower case, separators)', async () => {
    const typed = formatTrackingCode(DEMO_CODES.answered).toLowerCase();
    const { res, body } = await get(`/v1/results/${encodeURIComponent(typed)}`);
    expect(res.status).toBe(200);
    expect(body.code).toBe(DEMO_CODES.answered);
  });

  it('answers 404 for a petition that is not published, and names no one', async () => {
    const { res, body } = await get(`/v1/results/${DEMO_CODES.routed}`);
    expect(res.status).toBe(404);
    expect(body.message).toBe(translate('vi', 'code.notFound'));
    expect(JSON.stringify(body)).not.toMatch(/title|content|answer/);
  });

  it('answers 404 once a result is no longer published', async () => {
    const { repos, db } = api.database;
    const petition = (await repos.petitions.get(DEMO_CODES.closed))!;
    expect((await get(`/v1/results/${DEMO_CODES.closed}`)).res.status).toBe(200);
    await db.doc.send(
      new PutCommand(repos.petitions.petitionPut({ ...petition, publishedAt: undefined }).Put!),
    );
    try {
      expect((await get(`/v1/results/${DEMO_CODES.closed}`)).res.status).toBe(404);
      expect(await listed('hau-giang', DEMO_CODES.closed)).toBeUndefined();
    } finally {
      await db.doc.send(new PutCommand(repos.petitions.petitionPut(petition).Put!));
    }
  });

  it('answers 400 for a code that cannot be right, 404 for one nobody holds, in English on request', async () => {
    const bad = await get('/v1/results/not-a-code', { 'accept-language': 'en' });
    expect(bad.res.status).toBe(400);
    expect(bad.body.message).toBe(translate('en', 'code.invalid'));
    const nobody = await get(`/v1/results/${completeTrackingCode('XXX2A7HX4KQ')}`);
    expect(nobody.res.status).toBe(404);
  });

  it('never carries a submitter’s name, email, phone or address', async () => {
    const text = JSON.stringify([
      (await get(`/v1/results/${DEMO_CODES.answered}`)).body,
      (await get(`/v1/results/${DEMO_CODES.closed}`)).body,
    ]);
    for (const personal of seededPersonalData(api.now)) expect(text).not.toContain(personal);
    expect(text).not.toMatch(/submitter|contact|email|phone|address/i);
  });

  it('reads the same few keys whatever the number of results: no index Query, no Scan', async () => {
    api.database.resetSent();
    await get(`/v1/results/${DEMO_CODES.answered}`);
    const sent = api.database.sent;
    expect(sent.some((c) => c.name === 'ScanCommand')).toBe(false);
    expect(sent.filter((c) => c.input.IndexName)).toEqual([]);
    expect(sent.every((c) => c.name === 'QueryCommand' || c.name === 'GetItemCommand')).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(5);
  });
});
