import { describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { postForm, postJson, usePetitionTestApi, validSubmission } from '../petitions/support.ts';
import { captureLogs } from '../support/log-capture.ts';
import { clearOfWindowEnd } from '../support/rate-window.ts';

const api = usePetitionTestApi();

const supporter = { communeId: 'minh-tien', email: 'Ung.Ho@Example.com', phone: '0987 654 321' };

async function newPetition(): Promise<string> {
  const response = await postJson(api.app, validSubmission());
  return ((await response.json()) as { code: string }).code;
}

const support = (code: string, body: unknown, headers: Record<string, string> = {}, app = api.app) =>
  postJson(app, body, headers, `/v1/petitions/${code}/supporters`);

const voterCount = async (code: string) =>
  (await api.repos.petitions.get(parseTrackingCode(code)!))!.voterCount;

describe('POST /v1/petitions/{code}/supporters ("me too")', () => {
  it('counts the supporter on the petition, shown on the track JSON and the track page', async () => {
    const code = await newPetition();
    const response = await support(code, supporter);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ code, voterCount: 2 });
    const track = (await (await api.app.request(`/v1/petitions/${code}`)).json()) as { voterCount: number };
    expect(track.voterCount).toBe(2);
    const page = await (await api.app.request(`/tra-cuu?ma=${code}`)).text();
    expect(page).toContain('Số cử tri cùng kiến nghị</dt><dd>2</dd>');
    const en = await (await api.app.request(`/tra-cuu?ma=${code}&lang=en`)).text();
    expect(en).toContain('Voters raising this</dt><dd>2</dd>');
  });

  it('counts a contact once: the same email (in any case) or phone again is 409 and changes nothing', async () => {
    const code = await newPetition();
    expect((await support(code, supporter)).status).toBe(201);
    const again = await support(code, { communeId: 'van-nham', email: 'ung.ho@example.com' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toContain('mỗi người được tính một lần');
    const samePhone = await support(code, { communeId: 'van-nham', phone: '0987654321' });
    expect(samePhone.status).toBe(409);
    expect(await voterCount(code)).toBe(2);
    // Without a contact there is nothing to tell two people apart: each is counted.
    expect((await support(code, { communeId: 'van-nham' })).status).toBe(201);
    expect(await voterCount(code)).toBe(3);
  });

  it('keeps the contact privately (never under PUB#) and the count only in the petition', async () => {
    const code = await newPetition();
    await support(code, supporter);
    const record = await api.repos.petitions.getPublic(parseTrackingCode(code)!);
    expect(JSON.stringify(record)).not.toContain('ung.ho@example.com');
    const [stored] = await api.repos.supporters.list(parseTrackingCode(code)!);
    expect(stored).toMatchObject({
      communeId: 'minh-tien',
      email: 'ung.ho@example.com',
      phone: '0987654321',
    });
  });

  it('refuses a bad commune or email by name, in Vietnamese or English, and stores nothing', async () => {
    const code = await newPetition();
    const bad = await support(code, { communeId: 'khong-co', email: 'not-an-email' });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual(['email']);
    const unknown = await support(code, { communeId: 'khong-co' }, { 'accept-language': 'en' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { fields: Record<string, string> }).fields.communeId).toMatch(
      /commune/i,
    );
    expect(await voterCount(code)).toBe(1);
  });

  it('answers a filled honeypot like a person and counts nothing', async () => {
    const code = await newPetition();
    const response = await support(code, { ...supporter, website: 'http://spam' });
    expect(response.status).toBe(201);
    expect(await voterCount(code)).toBe(1);
  });

  it('gives a retry with the same Idempotency-Key the first answer, counted once', async () => {
    const code = await newPetition();
    const headers = { 'idempotency-key': 'me-too-retry-0001' };
    const first = await support(code, { communeId: 'van-nham' }, headers);
    const second = await support(code, { communeId: 'van-nham' }, headers);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(await voterCount(code)).toBe(2);
    const other = await support(code, { communeId: 'minh-tien' }, headers);
    expect(other.status).toBe(422);
  });

  it('limits a client like submissions (429 with Retry-After)', async () => {
    const code = await newPetition();
    const limited = api.withApp({ config: { SUBMIT_RATE_LIMIT: 1 }, clientAddress: '192.0.2.55' });
    await clearOfWindowEnd();
    expect((await support(code, { communeId: 'van-nham' }, {}, limited)).status).toBe(201);
    const refused = await support(code, { communeId: 'van-nham' }, {}, limited);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
  });

  it('takes no support on a rejected or merged petition (409), nor for an unknown code (404)', async () => {
    expect((await support(DEMO_CODES.rejected, { communeId: 'van-nham' })).status).toBe(409);
    const merged = await support(DEMO_CODES.merged, { communeId: 'van-nham' });
    expect(merged.status).toBe(409);
    expect(((await merged.json()) as { message: string }).message).toMatch(
      /đã được gộp vào kiến nghị [0-9A-Z]{4}-/,
    );
    expect((await support('2222-2222-2222', { communeId: 'van-nham' })).status).toBeGreaterThanOrEqual(400);
  });

  it('works without JavaScript: 303 back to the track page, which thanks; a refusal keeps what was typed', async () => {
    const code = await newPetition();
    const ok = await postForm(
      api.app,
      { communeId: 'van-nham', email: 'form.user@example.com' },
      {},
      `/v1/petitions/${code}/supporters?lang=vi`,
    );
    expect(ok.status).toBe(303);
    const location = ok.headers.get('location')!;
    expect(location).toContain(`ma=${code}`);
    expect(location).not.toContain('form.user');
    const thanked = await (await api.app.request(location.replace(/^https?:\/\/[^/]+/, ''))).text();
    expect(thanked).toContain('Cảm ơn Ông/Bà. Ý kiến của Ông/Bà đã được ghi nhận');
    const bad = await postForm(
      api.app,
      { communeId: '', email: 'typed.by.me@example.com' },
      {},
      `/v1/petitions/${code}/supporters?lang=vi`,
    );
    expect(bad.status).toBe(400);
    const page = await bad.text();
    expect(page).toContain('value="typed.by.me@example.com"');
    expect(page).toContain('id="s-communeId-error"');
    expect(page).toContain('aria-invalid="true"');
  });

  it('puts no supporter contact in any public response or log line', async () => {
    const code = await newPetition();
    const { lines, restore } = captureLogs();
    const texts: string[] = [];
    try {
      for (const response of [
        await support(code, supporter),
        await support(code, supporter),
        await support(code, { ...supporter, website: 'x' }),
        await postForm(api.app, supporter, {}, `/v1/petitions/${code}/supporters`),
        await postForm(api.app, { ...supporter, communeId: '' }, {}, `/v1/petitions/${code}/supporters`),
        await api.app.request(`/v1/petitions/${code}`),
        await api.app.request(`/tra-cuu?ma=${code}`),
        await api.app.request(`/v1/petitions/similar?q=cau+tran+lang+ngoa&commune=van-nham&field=dat-dai`),
      ])
        texts.push(`${JSON.stringify([...response.headers])} ${await response.text()}`);
    } finally {
      restore();
    }
    const secrets = ['ung.ho@example.com', 'Ung.Ho@Example.com', '0987654321', '0987 654 321', 'Ung.Ho%40'];
    for (const text of texts.slice(0, 3).concat(texts.slice(5), lines))
      for (const secret of secrets)
        expect(text.includes(secret), `"${secret}" in ${text.slice(0, 120)}`).toBe(false);
  });
});
