import { describe, expect, it } from 'vitest';
import { answerPetition, routePetition } from '../../functions/lib/petitions/actions.ts';
import {
  feedbackLink,
  feedbackToken,
  feedbackTokenAnswer,
  isFeedbackToken,
} from '../../functions/lib/petitions/feedback-token.ts';
import type { PublicPetition } from '../../functions/lib/petitions/public-view.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { demoStaff } from '../../infra/local/demo/staff.ts';
import { translate } from '../../shared/messages/index.ts';
import { DEFAULT_FEEDBACK_DAYS } from '../../shared/schemas/index.ts';
import { deadlineAfter, formatVietnamDate } from '../../shared/time.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { countStreamIntoStatistics } from '../support/statistics-stream.ts';
import { postForm, postJson, SITE_URL, usePetitionTestApi, validSubmission, writesIn } from './support.ts';
import { dumpTable } from './table-dump.ts';

const api = usePetitionTestApi();

/** The token the answered email carries: for the petition's current answer. */
const tokenOf = async (code: string) => {
  const petition = await api.repos.petitions.get(code);
  return feedbackToken(api.config.FEEDBACK_TOKEN_SECRET, code, petition!.answer!.answeredAt);
};
const feedback = (code: string, body: unknown, headers: Record<string, string> = {}) =>
  postJson(api.app, body, headers, `/v1/petitions/${formatTrackingCode(code)}/feedback`);

describe('the feedback token', () => {
  const secret = 'a-secret-of-sixteen+';
  const answeredAt = '2026-11-20T03:04:05.678Z';
  it('is derived from the code (whatever its spelling) and the answer, and differs per code, answer and secret', () => {
    const token = feedbackToken(secret, DEMO_CODES.answered, answeredAt);
    expect(token).toMatch(/^[a-z0-9]+\.[A-Za-z0-9_-]{43}$/);
    expect(feedbackToken(secret, formatTrackingCode(DEMO_CODES.answered).toLowerCase(), answeredAt)).toBe(
      token,
    );
    expect(feedbackToken(secret, DEMO_CODES.closed, answeredAt)).not.toBe(token);
    expect(feedbackToken(`${secret}x`, DEMO_CODES.answered, answeredAt)).not.toBe(token);
    expect(feedbackToken(secret, DEMO_CODES.answered, '2026-11-20T03:04:05.679Z')).not.toBe(token);
  });

  it('names the answer it was made for, and nothing for a token someone edited', () => {
    const token = feedbackToken(secret, DEMO_CODES.answered, answeredAt);
    expect(feedbackTokenAnswer(secret, DEMO_CODES.answered, token)).toBe(Date.parse(answeredAt));
    // Another answer's tag in front of this answer's signature.
    const [, mac] = token.split('.');
    const retagged = `${(Date.parse(answeredAt) + 86_400_000).toString(36)}.${mac}`;
    expect(feedbackTokenAnswer(secret, DEMO_CODES.answered, retagged)).toBeUndefined();
  });

  it('is checked exactly: anything else, or nothing, is refused', () => {
    const token = feedbackToken(secret, DEMO_CODES.answered, answeredAt);
    expect(isFeedbackToken(secret, DEMO_CODES.answered, token)).toBe(true);
    for (const wrong of [
      undefined,
      null,
      42,
      '',
      token.slice(1),
      `${token}x`,
      token.toUpperCase(),
      token.split('.')[1],
      `.${token.split('.')[1]}`,
      { token },
    ]) {
      expect(isFeedbackToken(secret, DEMO_CODES.answered, wrong)).toBe(false);
    }
  });

  it('the emailed link opens the track page with the code and the token of that answer', () => {
    const link = new URL(feedbackLink(`${SITE_URL}/`, secret, DEMO_CODES.answered, answeredAt));
    expect(link.pathname).toBe('/tra-cuu');
    expect(link.searchParams.get('ma')).toBe(formatTrackingCode(DEMO_CODES.answered));
    expect(link.searchParams.get('phan-hoi')).toBe(feedbackToken(secret, DEMO_CODES.answered, answeredAt));
  });
});

describe('POST /v1/petitions/{code}/feedback', () => {
  it.each([
    ['no token', { reason: 'Chưa hài lòng' }],
    ['a wrong token', { token: 'not-the-token', reason: 'Chưa hài lòng' }],
    [
      'another petition’s token',
      { token: feedbackToken('test-feedback-token-secret', DEMO_CODES.closed, '2026-11-01T00:00:00.000Z') },
    ],
    ['a token of another type', { token: 12345 }],
  ])('%s: 403 and nothing changes', async (_, body) => {
    const before = await dumpTable(api.database);
    api.database.resetSent();
    const response = await feedback(DEMO_CODES.answered, body);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: 'forbidden',
      message: translate('vi', 'feedback.forbidden'),
    });
    expect(writesIn(api.database.sent)).toEqual([]);
    expect(await dumpTable(api.database)).toBe(before);
  });

  it('the right token on an answered petition reopens it: in progress, unsatisfied, a new deadline, a public event', async () => {
    const code = DEMO_CODES.answered;
    const before = await api.repos.petitions.get(code);
    api.database.resetSent();
    const response = await feedback(code, {
      token: await tokenOf(code),
      reason: 'Đường vẫn chưa được sửa, tôi chưa hài lòng.',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ code: formatTrackingCode(code), status: 'in_progress' });
    expect(writesIn(api.database.sent)).toEqual(['TransactWriteItemsCommand']);
    const after = await api.repos.petitions.getWithContact(code);
    expect(after?.petition).toMatchObject({
      status: 'in_progress',
      unsatisfied: true,
      version: before!.version + 1,
    });
    expect(Date.parse(after!.petition.deadline!)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const reopened = after!.events.at(-1)!;
    expect(reopened).toMatchObject({
      type: 'reopened',
      actor: { role: 'citizen' },
      reason: 'Đường vẫn chưa được sửa, tôi chưa hài lòng.',
    });

    // Public: the event is there, the citizen's words are not.
    const tracked = (await (await api.app.request(`/v1/petitions/${code}`)).json()) as PublicPetition;
    expect(tracked.timeline.at(-1)).toEqual({
      type: 'reopened',
      at: reopened.at,
      deadline: reopened.deadline,
    });
    expect(JSON.stringify(tracked)).not.toContain('chưa được sửa');
  });

  it('a second feedback with the same link is refused (410, "already used"), in either language, and nothing changes', async () => {
    const code = DEMO_CODES.answered;
    const before = await dumpTable(api.database);
    const en = await feedback(code, { token: await tokenOf(code) }, { 'accept-language': 'en' });
    expect(en.status).toBe(410);
    expect(await en.json()).toEqual({ error: 'gone', message: translate('en', 'feedback.used') });
    const vi = await feedback(code, { token: await tokenOf(code) });
    expect(await vi.json()).toEqual({ error: 'gone', message: translate('vi', 'feedback.used') });
    expect(await dumpTable(api.database)).toBe(before);
  });

  it('before any answer, no link can be made: a token for a made-up answer is refused and nothing changes', async () => {
    const before = await dumpTable(api.database);
    const token = feedbackToken(
      api.config.FEEDBACK_TOKEN_SECRET,
      DEMO_CODES.routed,
      new Date().toISOString(),
    );
    const response = await feedback(DEMO_CODES.routed, { token });
    expect(response.status).toBe(410);
    expect(((await response.json()) as { message: string }).message).toBe(
      translate('vi', 'feedback.superseded'),
    );
    expect(await dumpTable(api.database)).toBe(before);
  });

  it('a closed petition can be reopened from the form, which lands on its track page', async () => {
    const code = DEMO_CODES.closed;
    const response = await postForm(
      api.app,
      { token: await tokenOf(code), reason: '' },
      {},
      `/v1/petitions/${code}/feedback`,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `${SITE_URL}/tra-cuu?ma=${formatTrackingCode(code)}&lang=vi`,
    );
    expect((await api.repos.petitions.get(code))?.status).toBe('in_progress');
  });

  it('a reopened petition says, on its track page and in public, that its submitter was not satisfied', async () => {
    // Reopened by the test above: Hậu Giang's closed petition, answered on time.
    const code = DEMO_CODES.closed;
    const tracked = (await (await api.app.request(`/v1/petitions/${code}`)).json()) as PublicPetition;
    expect(tracked).toMatchObject({ status: 'in_progress', reopened: true });
    const page = await (await api.app.request(`/tra-cuu?ma=${code}`)).text();
    expect(page).toContain(translate('vi', 'petition.reopened'));
    expect(page).toContain(translate('vi', 'track.previousAnswer'));
    expect(page).not.toContain(`>${translate('vi', 'track.answer')}<`);

    const results = (await (await api.app.request('/v1/results?council=hau-giang')).json()) as {
      items: { code: string; reopened?: boolean; answeredOnTime?: boolean }[];
    };
    const published = results.items.find((r) => r.code === code);
    expect(published).toMatchObject({ reopened: true });
    expect(published?.answeredOnTime).toBeUndefined();
    // The statistics function counts the reopening from the table's stream.
    await countStreamIntoStatistics(api.database);
    const statistics = (await (await api.app.request('/v1/statistics?council=hau-giang')).json()) as {
      totals: Record<string, number>;
    };
    expect(statistics.totals).toMatchObject({ answered: 0, answeredOnTime: 0, reopened: 1 });
  });

  it('a form with a wrong token gets a page saying the link is not valid', async () => {
    const response = await postForm(
      api.app,
      { token: 'wrong' },
      {},
      `/v1/petitions/${DEMO_CODES.raisedAtMeeting}/feedback`,
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain(translate('vi', 'feedback.forbidden'));
  });

  it('a reason too long is a 400 once the token is right', async () => {
    const code = DEMO_CODES.raisedAtMeeting;
    const response = await feedback(code, { token: await tokenOf(code), reason: 'x'.repeat(2001) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: unknown }).fields).toEqual({
      reason: translate('vi', 'field.tooLong', { max: 2000 }),
    });
    expect((await api.repos.petitions.get(code))?.status).toBe('answered');
  });
});

describe('one link, one use per answer, for a council-set period', () => {
  const secretariat = demoStaff('thu-ky-huu-lung').user;
  const agency = demoStaff('can-bo-ubnd-huu-lung').user;
  const answer = (code: string, at: Date, text: string) =>
    answerPetition({ repos: api.repos, user: agency, now: at }, code, {
      text,
      documentNumber: '12/UBND',
      documentDate: at.toISOString().slice(0, 10),
      result: 'explained',
    });
  /** A new petition of Hữu Lũng's council, routed and answered at `at`. */
  const answeredPetition = async (at: Date) => {
    const submitted = await postJson(api.app, validSubmission());
    const { code } = (await submitted.json()) as { code: string };
    const canonical = code.replace(/-/g, '');
    await routePetition({ repos: api.repos, user: secretariat, now: at }, canonical, {
      agencyId: 'ubnd-huu-lung',
      reason: 'Việc thuộc thẩm quyền của UBND huyện.',
    });
    await answer(canonical, at, 'Trả lời lần một: cơ quan đã tiếp nhận và kiểm tra hiện trường.');
    return canonical;
  };

  it('a link reopens once; after the next answer it is refused, and only the new answer’s link works, once', async () => {
    const code = await answeredPetition(new Date());
    const first = await tokenOf(code);
    expect((await feedback(code, { token: first })).status).toBe(200);

    await answer(code, new Date(), 'Trả lời lần hai: đã kiểm tra lại hiện trường và bố trí sửa chữa.');
    const before = await dumpTable(api.database);
    const stale = await feedback(code, { token: first }, { 'accept-language': 'en' });
    expect(stale.status).toBe(410);
    expect(await stale.json()).toEqual({ error: 'gone', message: translate('en', 'feedback.superseded') });
    expect(await dumpTable(api.database)).toBe(before);

    const second = await tokenOf(code);
    expect(second).not.toBe(first);
    expect((await feedback(code, { token: second })).status).toBe(200);
    expect((await feedback(code, { token: second })).status).toBe(410);

    await answer(code, new Date(), 'Trả lời lần ba: công trình sẽ hoàn thành trong tháng tới.');
    for (const old of [first, second]) expect((await feedback(code, { token: old })).status).toBe(410);
    expect((await api.repos.petitions.get(code))?.status).toBe('answered');
  });

  it(`expires ${DEFAULT_FEEDBACK_DAYS} days after the answer by default: refused with the date, in both languages, nothing changes`, async () => {
    const code = await answeredPetition(new Date());
    const petition = await api.repos.petitions.get(code);
    const token = await tokenOf(code);
    const until = deadlineAfter(petition!.answer!.answeredAt, DEFAULT_FEEDBACK_DAYS);
    const later = api.withApp({ now: () => new Date(Date.parse(until) + 1000) });
    const path = `/v1/petitions/${code}/feedback`;
    const before = await dumpTable(api.database);
    for (const locale of ['vi', 'en'] as const) {
      const response = await postJson(later, { token }, { 'accept-language': locale }, path);
      expect(response.status).toBe(410);
      expect(await response.json()).toEqual({
        error: 'gone',
        message: translate(locale, 'feedback.expired', { date: formatVietnamDate(until, locale) }),
      });
    }
    const form = await postForm(later, { token }, {}, `${path}?lang=en`);
    expect(form.status).toBe(410);
    expect(form.headers.get('content-type')).toContain('text/html');
    expect(await form.text()).toContain(formatVietnamDate(until, 'en'));
    // The track page offers no form for an expired link, and says why.
    const track = await later.request(`/tra-cuu?ma=${code}&phan-hoi=${token}`);
    const html = await track.text();
    expect(html).not.toContain('name="token"');
    expect(html).toContain(translate('vi', 'feedback.expired', { date: formatVietnamDate(until, 'vi') }));
    expect(await dumpTable(api.database)).toBe(before);

    // On the last day, the same link still works.
    const inTime = api.withApp({ now: () => new Date(Date.parse(until) - 3_600_000) });
    expect((await postJson(inTime, { token }, {}, path)).status).toBe(200);
  });

  it('the period is the council’s setting (here 7 days)', async () => {
    const ref = await api.repos.reference.load();
    const council = ref.councils.get('huu-lung')!;
    await api.repos.reference.update('councils', {
      ...council,
      settings: { ...council.settings, feedbackDays: 7 },
    });
    try {
      const code = await answeredPetition(new Date());
      const token = await tokenOf(code);
      const answeredAt = (await api.repos.petitions.get(code))!.answer!.answeredAt;
      const until = Date.parse(deadlineAfter(answeredAt, 7));
      const late = api.withApp({ now: () => new Date(until + 1000) });
      const response = await postJson(late, { token }, {}, `/v1/petitions/${code}/feedback`);
      expect(response.status).toBe(410);
      const onTime = api.withApp({ now: () => new Date(until - 3_600_000) });
      expect((await postJson(onTime, { token }, {}, `/v1/petitions/${code}/feedback`)).status).toBe(200);
    } finally {
      await api.repos.reference.update('councils', council);
    }
  });
});
