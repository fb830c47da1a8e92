import { describe, expect, it } from 'vitest';
import { queryWordsOf } from '../../shared/similar/similar-words.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { postJson, usePetitionTestApi, validSubmission } from '../petitions/support.ts';
import { indexThroughStream } from './support.ts';

const api = usePetitionTestApi();

interface Suggestions {
  items: { code: string; title: string; status: string }[];
  error?: string;
  message?: string;
  fields?: Record<string, string>;
}

async function similar(query: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await api.app.request(`/v1/petitions/similar?${new URLSearchParams(query)}`, { headers });
  return { response, body: (await response.json()) as Suggestions };
}

async function submit(overrides: Record<string, unknown>): Promise<string> {
  const response = await postJson(api.app, validSubmission(overrides));
  expect(response.status).toBe(201);
  const { code } = (await response.json()) as { code: string };
  await indexThroughStream(api, code);
  return code;
}

const vanNhamLand = { commune: 'van-nham', field: 'dat-dai' };

describe('similar words (pure)', () => {
  it('ignores tone marks and đ, drops the little words, and waits for a short word being typed', () => {
    expect(queryWordsOf('Đề nghị sửa Đường liên thôn')).toEqual(['duong', 'lien', 'sua']);
    expect(queryWordsOf('duong lien th')).toEqual(['duong', 'lien']);
    expect(queryWordsOf('của và là')).toEqual([]);
  });
});

describe('GET /v1/petitions/similar', () => {
  it('finds an open petition of the same commune and field by words typed without diacritics', async () => {
    const code = await submit({ title: 'Đường liên thôn Khuổi Mười sạt lở nghiêm trọng' });
    const { response, body } = await similar({ q: 'duong khuoi muoi sat lo', ...vanNhamLand });
    expect(response.status).toBe(200);
    expect(body.items[0]).toEqual({
      code,
      title: 'Đường liên thôn Khuổi Mười sạt lở nghiêm trọng',
      status: expect.stringMatching(/^(received|routed)$/),
    });
    // Public fields only: nothing of the content, the submitter or the council's workings.
    expect(Object.keys(body.items[0]!).sort()).toEqual(['code', 'status', 'title']);
  });

  it('is indexed from the stream, not by the submission: found once the notifier saw it, once however often', async () => {
    const response = await postJson(api.app, validSubmission({ title: 'Kênh mương Bó Củng vỡ bờ' }));
    const { code } = (await response.json()) as { code: string };
    expect((await similar({ q: 'kenh muong bo cung', ...vanNhamLand })).body.items).toEqual([]);
    await indexThroughStream(api, code);
    await indexThroughStream(api, code); // a redelivered record
    const { body } = await similar({ q: 'kenh muong bo cung', ...vanNhamLand });
    expect(body.items.map((i) => i.code)).toEqual([code]);
  });

  it('reads đ as d both ways', async () => {
    const code = await submit({ title: 'Dọn dẹp bãi rác đầu cầu Đồng Mỏ' });
    const { body } = await similar({ q: 'Đon đep bai rac', ...vanNhamLand });
    expect(body.items.map((i) => i.code)).toContain(code);
  });

  it('leaves out other communes and other fields', async () => {
    const title = 'Trạm bơm Nà Pò hỏng máy bơm';
    const elsewhere = await submit({
      title,
      submitter: { ...(validSubmission().submitter as object), communeId: 'minh-tien' },
      localityId: 'minh-tien',
    });
    const otherField = await submit({ title, fieldId: 'y-te' });
    const { body } = await similar({ q: 'tram bom na po', ...vanNhamLand });
    expect(body.items.map((i) => i.code)).not.toContain(elsewhere);
    expect(body.items.map((i) => i.code)).not.toContain(otherField);
  });

  it('leaves out rejected, merged and withdrawn petitions', async () => {
    const open = await submit({ title: 'Cột điện Bản Chặng nghiêng sắp đổ' });
    const rejected = await submit({ title: 'Cột điện Bản Chặng nghiêng nguy hiểm' });
    const before = (await api.repos.petitions.get(parseTrackingCode(rejected)!))!;
    const now = new Date().toISOString();
    await api.repos.petitions.save([
      { before, after: { ...before, status: 'rejected', contactExpiresAt: now, updatedAt: now }, events: [] },
    ]);
    const { body } = await similar({ q: 'cot dien ban chang nghieng', ...vanNhamLand });
    expect(body.items.map((i) => i.code)).toEqual([open]);
  });

  it('gives at most five, best match first, at a cost that does not grow with the petitions', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) codes.push(await submit({ title: `Giếng nước Pác Kéo số ${i} bị ô nhiễm` }));
    const best = await submit({ title: 'Giếng nước Pác Kéo ô nhiễm nặng kéo dài' });
    await similar({ q: 'x', ...vanNhamLand }); // warms the reference cache, as on a hot Lambda
    api.database.resetSent();
    const { body } = await similar({ q: 'gieng nuoc pac keo o nhiem nang', ...vanNhamLand });
    expect(body.items).toHaveLength(5);
    expect(body.items[0]!.code).toBe(best);
    const names = api.database.sent.map((s) => s.name);
    expect(names.filter((n) => n === 'QueryCommand').length).toBeLessThanOrEqual(4);
    expect(names.filter((n) => n === 'GetItemCommand').length).toBeLessThanOrEqual(8);
    expect(names.filter((n) => n !== 'QueryCommand' && n !== 'GetItemCommand')).toEqual([]);
    for (const s of api.database.sent.filter((s) => s.name === 'QueryCommand'))
      expect((s.input as { Limit?: number }).Limit).toBeLessThanOrEqual(20);
  });

  it('answers nothing, with no read of petitions, for too little text', async () => {
    await similar({ q: 'x', ...vanNhamLand });
    api.database.resetSent();
    const { response, body } = await similar({ q: 'đề nghị', ...vanNhamLand });
    expect(response.status).toBe(200);
    expect(body.items).toEqual([]);
    expect(api.database.sent).toEqual([]);
  });

  it('names the bad field in Vietnamese, or in English on request', async () => {
    const vi = await similar({ q: 'cau', commune: 'khong-co', field: 'dat-dai' });
    expect(vi.response.status).toBe(400);
    expect(vi.body.fields?.commune).toBe('Không tìm thấy xã/phường này.');
    const en = await similar({ q: 'cau', commune: 'van-nham' }, { 'accept-language': 'en' });
    expect(en.response.status).toBe(400);
    expect(en.body.fields?.field).toMatch(/required/i);
  });
});
