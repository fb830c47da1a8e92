import { describe, expect, it } from 'vitest';
import type { PublicPetition } from '../../functions/lib/petitions/public-view.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { translate } from '../../shared/messages/index.ts';
import { CODE_ALPHABET, completeTrackingCode, formatTrackingCode } from '../../shared/tracking-code.ts';
import { postJson, usePetitionTestApi, validSubmission } from './support.ts';

const api = usePetitionTestApi();

async function track(code: string, headers: Record<string, string> = {}) {
  const response = await api.app.request(`/v1/petitions/${encodeURIComponent(code)}`, { headers });
  return { response, body: (await response.json()) as PublicPetition & { error?: string; message?: string } };
}

describe('GET /v1/petitions/{code}', () => {
  it('reads the petition with ONE Query of its public items (the contact is never read)', async () => {
    await track(DEMO_CODES.routed); // warms the per-process reference cache, as on a hot Lambda
    api.database.resetSent();
    const { response } = await track(DEMO_CODES.answered);
    expect(response.status).toBe(200);
    expect(api.database.sent.map((s) => s.name)).toEqual(['QueryCommand']);
    expect(api.database.sent[0]!.input).toMatchObject({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :pub)',
      ExpressionAttributeValues: { ':pk': `PETITION#${DEMO_CODES.answered}`, ':pub': 'PUB#' },
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    ['lower case', (c: string) => c.toLowerCase()],
    ['with dashes', (c: string) => formatTrackingCode(c)],
    ['with spaces, mixed case', (c: string) => formatTrackingCode(c).replace(/-/g, ' ').toLowerCase()],
    ['with dots', (c: string) => formatTrackingCode(c).replace(/-/g, '.')],
  ])('accepts the code %s', async (_, spell) => {
    const { response, body } = await track(spell(DEMO_CODES.answered));
    expect(response.status).toBe(200);
    expect(body.code).toBe(formatTrackingCode(DEMO_CODES.answered));
  });

  it.each([
    [
      'one symbol mistyped',
      DEMO_CODES.answered.slice(0, 5) +
        (DEMO_CODES.answered[5] === 'A' ? 'B' : 'A') +
        DEMO_CODES.answered.slice(6),
    ],
    [
      'two symbols swapped',
      DEMO_CODES.answered.slice(0, 2) +
        DEMO_CODES.answered[3] +
        DEMO_CODES.answered[2] +
        DEMO_CODES.answered.slice(4),
    ],
    ['a symbol missing', DEMO_CODES.answered.slice(1)],
    ['a letter O for a zero', `O${DEMO_CODES.answered.slice(1)}`],
    ['nothing but spaces', '   '],
  ])('a code with a typo (%s) is a 400 asking to check it', async (_, typo) => {
    const { response, body } = await track(typo);
    expect(response.status).toBe(400);
    expect(body).toEqual({ error: 'badRequest', message: translate('vi', 'code.invalid') });
  });

  it('an unknown but well-formed code is a 404', async () => {
    const unknown = completeTrackingCode(CODE_ALPHABET.slice(0, 11));
    const { response, body } = await track(unknown, { 'accept-language': 'en' });
    expect(response.status).toBe(404);
    expect(body).toEqual({ error: 'notFound', message: translate('en', 'code.notFound') });
  });

  it('an answered petition: its body, the answer and the public timeline, with no staff identity', async () => {
    const { body } = await track(DEMO_CODES.answered);
    expect(body).toMatchObject({
      code: formatTrackingCode(DEMO_CODES.answered),
      status: 'answered',
      council: { id: 'huu-lung', name: 'HĐND huyện Hữu Lũng' },
      field: { id: 'an-toan-giao-thong', name: 'An toàn giao thông' },
      commune: { id: 'van-nham', name: 'Vân Nham' },
      agency: { id: 'ubnd-huu-lung', name: 'UBND huyện Hữu Lũng' },
      overdue: false,
      answer: { documentNumber: '245/UBND-KT', result: 'scheduled', agency: { id: 'ubnd-huu-lung' } },
    });
    expect(body.timeline.map((e) => e.type)).toEqual(['received', 'routed', 'acknowledged', 'answered']);
    expect(body.timeline[1]).toMatchObject({ agency: { name: 'UBND huyện Hữu Lũng' } });
    expect(body.timeline[1]!.deadline).toBe(body.deadline);
    const text = JSON.stringify(body);
    for (const staffId of ['thu-ky-huu-lung', 'can-bo-ubnd-huu-lung', 'actor', 'secretariat']) {
      expect(text).not.toContain(staffId);
    }
  });

  it('overdue is derived: an open petition past its deadline', async () => {
    const { body } = await track(DEMO_CODES.overdue);
    expect(body.status).toBe('in_progress');
    expect(Date.parse(body.deadline!)).toBeLessThan(Date.now());
    expect(body.overdue).toBe(true);
    expect(body.answer).toBeUndefined();
    expect((await track(DEMO_CODES.routed)).body.overdue).toBe(false);
  });

  it('a merged petition names the primary’s code', async () => {
    const { body } = await track(DEMO_CODES.merged);
    expect(body.status).toBe('merged');
    expect(body.mergedInto).toBe(formatTrackingCode(DEMO_CODES.answered));
    expect(body.timeline.at(-1)).toMatchObject({
      type: 'merged',
      mergedInto: formatTrackingCode(DEMO_CODES.answered),
    });
  });

  it('a rejected petition shows the reason given to the citizen', async () => {
    const { body } = await track(DEMO_CODES.rejected);
    expect(body.timeline.at(-1)).toMatchObject({
      type: 'rejected',
      reason: 'Không phải kiến nghị (quảng cáo).',
    });
  });

  it('hides the proposal, notification failures, internal notes and the words of a reopen', async () => {
    const submitted = await postJson(api.app, validSubmission());
    const { code } = (await submitted.json()) as { code: string };
    const canonical = code.replace(/-/g, '');
    const at = new Date().toISOString();
    await api.repos.petitions.appendEvents([
      {
        id: 'n1',
        code: canonical,
        type: 'notify_failed',
        at,
        actor: { id: 'notifier', role: 'system' },
        note: 'SES: mailbox full',
      },
      {
        id: 'n2',
        code: canonical,
        type: 'follow_up',
        at,
        actor: { id: 'dai-bieu-1', role: 'delegate' },
        note: 'Ghi chú nội bộ',
      },
      {
        id: 'n3',
        code: canonical,
        type: 'reopened',
        at,
        actor: { id: 'citizen', role: 'citizen' },
        reason: 'Lời của người gửi',
      },
    ]);
    const { body } = await track(code);
    expect(body.timeline.map((e) => e.type)).toEqual(['received', 'reopened']);
    expect(body.timeline[1]).toEqual({ type: 'reopened', at });
    const text = JSON.stringify(body);
    for (const secret of ['phong-tnmt-huu-lung', 'SES', 'Ghi chú', 'Lời của người gửi', 'dai-bieu-1']) {
      expect(text).not.toContain(secret);
    }
  });

  it('names the field in English on request', async () => {
    const { body } = await track(DEMO_CODES.routed, { 'accept-language': 'en' });
    expect(body.field).toEqual({ id: 'giao-duc', name: 'Education' });
  });
});
