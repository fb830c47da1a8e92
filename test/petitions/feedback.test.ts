import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  feedbackLink,
  feedbackToken,
  isFeedbackToken,
} from '../../functions/lib/petitions/feedback-token.ts';
import type { PublicPetition } from '../../functions/lib/petitions/public-view.ts';
import { DEMO_CODES } from '../../shared/demo/activity.ts';
import { translate } from '../../shared/messages/index.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import {
  type PetitionTestApi,
  postForm,
  postJson,
  SITE_URL,
  startPetitionTestApi,
  writesIn,
} from './support.ts';
import { dumpTable } from './table-dump.ts';

let api: PetitionTestApi;
beforeAll(async () => {
  api = await startPetitionTestApi();
});
afterAll(() => api.database.drop());

const tokenOf = (code: string) => feedbackToken(api.config.FEEDBACK_TOKEN_SECRET, code);
const feedback = (code: string, body: unknown, headers: Record<string, string> = {}) =>
  postJson(api.app, body, headers, `/v1/petitions/${formatTrackingCode(code)}/feedback`);

describe('the feedback token', () => {
  const secret = 'a-secret-of-sixteen+';
  it('is derived from the code, whatever its spelling, and differs per code and per secret', () => {
    const token = feedbackToken(secret, DEMO_CODES.answered);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(feedbackToken(secret, formatTrackingCode(DEMO_CODES.answered).toLowerCase())).toBe(token);
    expect(feedbackToken(secret, DEMO_CODES.closed)).not.toBe(token);
    expect(feedbackToken(`${secret}x`, DEMO_CODES.answered)).not.toBe(token);
  });

  it('is checked exactly: anything else, or nothing, is refused', () => {
    const token = feedbackToken(secret, DEMO_CODES.answered);
    expect(isFeedbackToken(secret, DEMO_CODES.answered, token)).toBe(true);
    for (const wrong of [
      undefined,
      null,
      42,
      '',
      token.slice(1),
      `${token}x`,
      token.toUpperCase(),
      { token },
    ]) {
      expect(isFeedbackToken(secret, DEMO_CODES.answered, wrong)).toBe(false);
    }
  });

  it('the emailed link opens the track page with the code and the token', () => {
    const link = new URL(feedbackLink(`${SITE_URL}/`, secret, DEMO_CODES.answered));
    expect(link.pathname).toBe('/tra-cuu');
    expect(link.searchParams.get('ma')).toBe(formatTrackingCode(DEMO_CODES.answered));
    expect(link.searchParams.get('phan-hoi')).toBe(feedbackToken(secret, DEMO_CODES.answered));
  });
});

describe('POST /v1/petitions/{code}/feedback', () => {
  it.each([
    ['no token', { reason: 'Chưa hài lòng' }],
    ['a wrong token', { token: 'not-the-token', reason: 'Chưa hài lòng' }],
    ['another petition’s token', { token: feedbackToken('test-feedback-token-secret', DEMO_CODES.closed) }],
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
      token: tokenOf(code),
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

  it('a second feedback is refused with 409 and the status named in words', async () => {
    const code = DEMO_CODES.answered;
    const response = await feedback(code, { token: tokenOf(code) }, { 'accept-language': 'en' });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: 'illegalTransition',
      message: translate('en', 'status.illegalTransition', {
        action: translate('en', 'petition.action.reopen'),
        status: translate('en', 'petition.status.in_progress'),
      }),
    });
  });

  it('before an answer, feedback is refused with 409 and nothing changes', async () => {
    const before = await dumpTable(api.database);
    const response = await feedback(DEMO_CODES.routed, { token: tokenOf(DEMO_CODES.routed) });
    expect(response.status).toBe(409);
    expect(await dumpTable(api.database)).toBe(before);
  });

  it('a closed petition can be reopened from the form, which lands on its track page', async () => {
    const code = DEMO_CODES.closed;
    const response = await postForm(
      api.app,
      { token: tokenOf(code), reason: '' },
      {},
      `/v1/petitions/${code}/feedback`,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${SITE_URL}/tra-cuu?ma=${formatTrackingCode(code)}`);
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
    const response = await feedback(code, { token: tokenOf(code), reason: 'x'.repeat(2001) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: unknown }).fields).toEqual({
      reason: translate('vi', 'field.tooLong', { max: 2000 }),
    });
    expect((await api.repos.petitions.get(code))?.status).toBe('answered');
  });
});
