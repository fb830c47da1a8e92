import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feedbackToken } from '../../functions/lib/petitions/feedback-token.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { translate } from '../../shared/messages/index.ts';
import { DEFAULT_DEADLINE_DAYS } from '../../shared/schemas/index.ts';
import { deadlineAfter, formatVietnamDate } from '../../shared/time.ts';
import { CODE_ALPHABET, completeTrackingCode, formatTrackingCode } from '../../shared/tracking-code.ts';
import { autocompleteProblems } from '../support/autocomplete.ts';
import { postForm, usePetitionTestApi, validSubmission } from './support.ts';

const api = usePetitionTestApi();

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await api.app.request(path, { headers });
  return { response, html: await response.text() };
}

/** Every form control has a label pointing at it, and every aria-describedby id exists. */
function expectAccessibleControls(html: string): void {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const [, id] of html.matchAll(
    /<(?:input|select|textarea)(?![^>]*type="hidden")[^>]*\sid="([^"]+)"/g,
  )) {
    expect(html, `label for #${id}`).toContain(`<label for="${id}"`);
  }
  for (const [, refs] of html.matchAll(/aria-describedby="([^"]+)"/g)) {
    for (const ref of refs!.split(' ')) expect(ids.has(ref), `#${ref} described`).toBe(true);
  }
}

function expectLeanPage(response: Response, html: string): void {
  expect(response.headers.get('content-type')).toContain('text/html');
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
  // HTML and CSS fit in the first round trip (about 14 KB compressed).
  expect(gzipSync(html).byteLength).toBeLessThan(14_000);
  // The headers CloudFront adds on AWS (shared/security-headers.ts), set by the app itself.
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('cache-control')).toBe('no-store');
}

describe('GET /tra-cuu (the track page without JavaScript)', () => {
  it('shows status, body, deadline, overdue, timeline and answer, in Vietnamese by default', async () => {
    const { response, html } = await page(`/tra-cuu?ma=${DEMO_CODES.overdue.toLowerCase()}`);
    expect(response.status).toBe(200);
    expectLeanPage(response, html);
    expect(html).toContain('<html lang="vi">');
    const [a, b, c] = formatTrackingCode(DEMO_CODES.overdue).split('-');
    // Each group of the code whole (nowrap), a line break allowed only after its dash.
    expect(html).toContain(
      `<h1>Kiến nghị <span class="code-group">${a}-</span><wbr><span class="code-group">${b}-</span><wbr><span class="code-group">${c}</span></h1>`,
    );
    expect(html).toContain(translate('vi', 'petition.status.in_progress'));
    expect(html).toContain(translate('vi', 'track.overdue'));
    expect(html).toContain('Tình trạng khai thác gỗ trái phép tại khu rừng phòng hộ xã An Bá');
    expect(html).toContain('Hạt Kiểm lâm huyện Sơn Động');
    expect(html).toContain(translate('vi', 'petition.event.acknowledged'));
    expectAccessibleControls(html);
  });

  it('shows the answer of an answered petition, in English on request', async () => {
    const { html } = await page(`/tra-cuu?ma=${DEMO_CODES.raisedAtMeeting}&lang=en`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(translate('en', 'track.answer'));
    expect(html).toContain('512/UBND-LĐTBXH');
    expect(html).toContain(translate('en', 'petition.answerResult.resolved'));
  });

  it('follows Accept-Language when no lang is given', async () => {
    const { html } = await page(`/tra-cuu?ma=${DEMO_CODES.routed}`, { 'accept-language': 'en-US,en;q=0.8' });
    expect(html).toContain('<html lang="en">');
  });

  it('without a code: the lookup form', async () => {
    const { response, html } = await page('/tra-cuu');
    expect(response.status).toBe(200);
    expect(html).toContain('<form class="search" method="get" action="/tra-cuu">');
    expectAccessibleControls(html);
  });

  it('a code with a typo: 400, the form again with the error tied to the field and the typed code', async () => {
    const typo = `${DEMO_CODES.routed.slice(0, 11)}Z`;
    const { response, html } = await page(`/tra-cuu?ma=${typo}`);
    expect(response.status).toBe(400);
    expect(html).toContain(
      `<p class="field-error" id="ma-error" role="alert">${translate('vi', 'code.invalid')}</p>`,
    );
    expect(html).toContain(`value="${typo}"`);
    expect(html).toContain('aria-describedby="ma-hint ma-error" aria-invalid="true"');
    expectAccessibleControls(html);
  });

  it('an unknown code: 404 with the lookup form', async () => {
    const { response, html } = await page(`/tra-cuu?ma=${completeTrackingCode(CODE_ALPHABET.slice(3, 14))}`);
    expect(response.status).toBe(404);
    expect(html).toContain(translate('vi', 'code.notFound'));
  });

  it('with the submitter’s feedback link on an answered petition: the "not satisfied" form', async () => {
    const code = DEMO_CODES.raisedAtMeeting;
    const answeredAt = (await api.repos.petitions.get(code))!.answer!.answeredAt;
    const token = feedbackToken(api.config.FEEDBACK_TOKEN_SECRET, code, answeredAt);
    const { html } = await page(`/tra-cuu?ma=${formatTrackingCode(code)}&phan-hoi=${token}`);
    expect(html).toContain(`action="/v1/petitions/${formatTrackingCode(code)}/feedback?lang=vi"`);
    expect(html).toContain(`<input type="hidden" name="token" value="${token}">`);
    expectAccessibleControls(html);
  });

  it('with a wrong token, or before an answer, no feedback form', async () => {
    const wrong = await page(`/tra-cuu?ma=${DEMO_CODES.raisedAtMeeting}&phan-hoi=wrong`);
    expect(wrong.html).not.toContain('name="token"');
    const early = feedbackToken(
      api.config.FEEDBACK_TOKEN_SECRET,
      DEMO_CODES.routed,
      new Date().toISOString(),
    );
    const tooSoon = await page(`/tra-cuu?ma=${DEMO_CODES.routed}&phan-hoi=${early}`);
    expect(tooSoon.html).not.toContain('name="token"');
    expect(tooSoon.html).toContain(translate('vi', 'feedback.notAnswered'));
  });

  it('escapes what citizens typed', async () => {
    const response = await postForm(api.app, validSubmission({ title: '<script>alert(1)</script> đường' }));
    const ma = new URL(response.headers.get('location')!).searchParams.get('ma')!;
    const { html } = await page(`/tra-cuu?ma=${ma}`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; đường');
    expect(html).not.toContain('<script>');
  });
});

describe('GET /gui-kien-nghi/da-gui (the confirmation)', () => {
  it('shows the code in large groups of four, with a link to its track page', async () => {
    const code = formatTrackingCode(DEMO_CODES.triage);
    const { response, html } = await page(`/gui-kien-nghi/da-gui?ma=${code}`);
    expect(response.status).toBe(200);
    expectLeanPage(response, html);
    const [a, b, c] = code.split('-');
    expect(html).toContain(
      `<p class="code"><span class="code-group">${a}</span> <span class="code-group">${b}</span> <span class="code-group">${c}</span></p>`,
    );
    expect(html).toContain(`href="/tra-cuu?ma=${code}&amp;lang=vi"`);
    expect(html).toContain(translate('vi', 'confirmation.title'));
  });

  it('gives the expected answer date that the council’s setting gives', async () => {
    const reference = await api.repos.reference.load({ fresh: true });
    const huuLung = reference.councils.get('huu-lung')!;
    await api.repos.reference.update('councils', {
      ...huuLung,
      settings: { ...huuLung.settings, deadlineDays: 45 },
    });
    await api.repos.reference.load({ fresh: true });
    try {
      const petition = (await api.repos.petitions.get(DEMO_CODES.triage))!;
      const { html } = await page(`/gui-kien-nghi/da-gui?ma=${formatTrackingCode(DEMO_CODES.triage)}`);
      const expected = formatVietnamDate(deadlineAfter(petition.receivedAt, 45));
      expect(html).toContain(translate('vi', 'confirmation.expectedAnswer', { date: expected, days: 45 }));
    } finally {
      await api.repos.reference.update('councils', huuLung);
      await api.repos.reference.load({ fresh: true });
    }
  });

  it('looks the same for a code that is not stored (the honeypot’s): the default deadline from today', async () => {
    await api.repos.reference.load();
    api.database.resetSent();
    const unknown = completeTrackingCode(CODE_ALPHABET.slice(5, 16));
    const { response, html } = await page(`/gui-kien-nghi/da-gui?ma=${unknown}&lang=en`);
    expect(response.status).toBe(200);
    const expected = formatVietnamDate(deadlineAfter(new Date(), DEFAULT_DEADLINE_DAYS), 'en');
    expect(html).toContain(
      translate('en', 'confirmation.expectedAnswer', { date: expected, days: DEFAULT_DEADLINE_DAYS }),
    );
    // One read of the petition item, never its contact.
    expect(api.database.sent.map((c) => c.name)).toEqual(['GetItemCommand']);
  });

  it('a malformed code: 400 with the lookup form', async () => {
    const { response, html } = await page('/gui-kien-nghi/da-gui?ma=abc');
    expect(response.status).toBe(400);
    expect(html).toContain(translate('vi', 'code.invalid'));
  });
});

describe('the petition form re-shown after errors', () => {
  it('is accessible, lean, and posts back to the API in the reader’s language', async () => {
    const response = await postForm(api.app, validSubmission({ title: '' }), { 'accept-language': 'en' });
    const html = await response.text();
    expect(response.status).toBe(400);
    expectLeanPage(response, html);
    expect(html).toContain('<form method="post" action="/v1/petitions?lang=en"');
    expect(html).toContain('name="website"');
    expect(html).toContain('id="f-consentToPublish"');
    expectAccessibleControls(html);
  });

  it('asks browsers to fill each field with a token the HTML standard allows on its control', async () => {
    const response = await postForm(api.app, validSubmission({ title: '' }));
    const html = await response.text();
    expect(html).toContain('autocomplete="address-line1"');
    expect(autocompleteProblems(html)).toEqual([]);
  });
});
