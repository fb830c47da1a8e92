import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/messages/index.ts';
import { postAsTheForm, postForm, postJson, usePetitionTestApi, validSubmission } from './support.ts';

// Every test makes its own submissions: the reference data is all they need.
const api = usePetitionTestApi({ seed: 'reference' });

// Ten seconds into a ten-minute window, one instant for the whole file, so that the window
// cannot roll over during a test (read from the clock at each request, it did: a test running
// across a tenth minute saw its third request land in the next window and pass).
const WINDOW = 600;
const AT = new Date((Math.floor(Date.now() / 1000 / WINDOW) * WINDOW + 10) * 1000);
const now = () => AT;
const limited = (clientAddress: string) =>
  api.withApp({ clientAddress, now, config: { SUBMIT_RATE_LIMIT: 2, SUBMIT_RATE_WINDOW_SECONDS: WINDOW } });

describe('the per-client submission rate limit', () => {
  it('past the limit: 429 with Retry-After until the window ends, and no petition', async () => {
    const app = limited('198.51.100.1');
    expect((await postJson(app, validSubmission())).status).toBe(201);
    expect((await postJson(app, validSubmission())).status).toBe(201);
    const refused = await postJson(app, validSubmission());
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(WINDOW - 10));
    expect(await refused.json()).toEqual({
      error: 'rateLimited',
      message: translate('vi', 'request.rateLimited', { seconds: WINDOW - 10 }),
    });
  });

  it('counts each client apart, by a salted hash of its address (no address is stored)', async () => {
    const first = limited('198.51.100.2');
    for (let i = 0; i < 2; i++) await postJson(first, validSubmission());
    expect((await postJson(first, validSubmission())).status).toBe(429);
    expect((await postJson(limited('198.51.100.3'), validSubmission())).status).toBe(201);
    const writes = api.database.sent.filter((s) => s.name === 'TransactWriteItemsCommand');
    expect(JSON.stringify(writes)).toContain('RATE#');
    expect(JSON.stringify(writes)).not.toContain('198.51.100');
  });

  it('a refused form post gets a page with the message and Retry-After', async () => {
    const app = limited('198.51.100.4');
    for (let i = 0; i < 2; i++) await postForm(app, validSubmission());
    const refused = await postForm(app, validSubmission(), { 'accept-language': 'en' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(WINDOW - 10));
    expect(refused.headers.get('content-type')).toContain('text/html');
    expect(await refused.text()).toContain(translate('en', 'request.rateLimited', { seconds: WINDOW - 10 }));
  });

  it('a refused form post shows the form again with what was typed, and the message at the top', async () => {
    const app = limited('198.51.100.40');
    for (let i = 0; i < 2; i++) await postForm(app, validSubmission());
    const typed = validSubmission({ title: 'Đèn đường thôn Làng Ngõa hỏng đã lâu' });
    const refused = await postForm(app, typed, {}, '/v1/petitions?lang=vi');
    expect(refused.status).toBe(429);
    const html = await refused.text();
    expect(html).toContain('action="/v1/petitions?lang=vi"');
    expect(html).toContain('value="Đèn đường thôn Làng Ngõa hỏng đã lâu"');
    expect(html).toContain(typed.content as string);
    expect(html).toMatch(/<option value="van-nham" selected>/);
    expect(html).toMatch(/class="error-summary"[^>]*>[\s\S]*Vui lòng thử lại sau/);
    expect(html).not.toContain('Quay lại biểu mẫu');
  });

  it('a retry with the same Idempotency-Key is answered from its record, not counted again', async () => {
    const app = limited('198.51.100.5');
    const headers = { 'Idempotency-Key': 'counted-only-once-01' };
    const first = await postJson(app, validSubmission(), headers);
    for (let i = 0; i < 5; i++) expect((await postJson(app, validSubmission(), headers)).status).toBe(201);
    expect((await postJson(app, validSubmission())).status).toBe(201);
    expect((await postJson(app, validSubmission())).status).toBe(429);
    expect(first.status).toBe(201);
  });

  // 120 s: fifty requests and their retries took past 30 s on a machine busy with two test runs.
  it('fifty concurrent retries of one key use one request of the limit: each ends in its 201, never 429', async () => {
    const app = limited('198.51.100.6');
    const headers = { 'Idempotency-Key': 'fifty-retries-one-client' };
    // Each as the form sends it: a 409 "in progress" or a 503 "busy" is sent again with the key;
    // neither counts against the limit (a cancelled transaction writes nothing), and a 429 ends it.
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => postAsTheForm(app, validSubmission(), headers)),
    );
    const answers = await Promise.all(
      responses.map(async (r) => ({ status: r.status, body: (await r.json()) as { code?: string } })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    expect(new Set(answers.map((a) => a.body.code)).size).toBe(1);
    // One of the two allowed requests is left for the next petition; then the limit holds.
    expect((await postJson(app, validSubmission())).status).toBe(201);
    expect((await postJson(app, validSubmission())).status).toBe(429);
  }, 120_000);

  it('a retry of a key already answered gets its first answer even once the client is at the limit', async () => {
    const app = limited('198.51.100.7');
    const headers = { 'Idempotency-Key': 'answered-before-limit-01' };
    const first = await postJson(app, validSubmission(), headers);
    expect(first.status).toBe(201);
    expect((await postJson(app, validSubmission())).status).toBe(201);
    expect((await postJson(app, validSubmission())).status).toBe(429);
    const retry = await postJson(app, validSubmission(), headers);
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(await first.json());
  });

  it('counts an IPv6 client by its /64: twelve addresses of one network share one window', async () => {
    const network = ['2001:db8:aa:1::1', '2001:db8:aa:1::2', '2001:0db8:00aa:0001:ffff:1:2:3'];
    for (let i = 0; i < 2; i++)
      expect((await postJson(limited(network[i]!), validSubmission())).status).toBe(201);
    for (let i = 3; i < 13; i++) {
      const address = i % 2 ? `2001:db8:aa:1:${i.toString(16)}::${i}` : `2001:db8:aa:1:0:0:0:${i}%eth0`;
      expect((await postJson(limited(address), validSubmission())).status).toBe(429);
    }
    expect((await postJson(limited(network[2]!), validSubmission())).status).toBe(429);
    // The next /64 is another client.
    expect((await postJson(limited('2001:db8:aa:2::1'), validSubmission())).status).toBe(201);
  });

  it('counts an IPv4-mapped IPv6 address as the IPv4 address it carries', async () => {
    expect((await postJson(limited('198.51.100.8'), validSubmission())).status).toBe(201);
    expect((await postJson(limited('::ffff:198.51.100.8'), validSubmission())).status).toBe(201);
    expect((await postJson(limited('::FFFF:c633:6408'), validSubmission())).status).toBe(429);
  });
});
