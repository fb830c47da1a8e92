/**
 * Answer templates and bulk actions end to end through the staff app on DynamoDB Local:
 * an agency keeps its templates (placeholders checked, edits at the version read), and one
 * action applied to several petitions gives each its own event and version check, with a
 * partial failure named per code.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerTemplate, Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { USERS } from './routes.ts';
import { makePetition, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed({ meetings: false });

const TEMPLATES = '/v1/agencies/phong-tnmt-huu-lung/templates';
const TEXT =
  'Kính gửi cử tri xã {commune}: về kiến nghị {code} ("{title}"), {agency} đã kiểm tra và sẽ giải quyết. Ngày {date}.';

const createTemplate = async (text = TEXT) => {
  const response = await bed.call('POST', TEMPLATES, {
    as: USERS.agencyOwn,
    body: { name: 'Đất đai: sẽ giải quyết', text, result: 'resolved' },
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { template: AnswerTemplate }).template;
};
const timelineOf = async (code: string) =>
  (
    (await (await bed.call('GET', `/v1/petitions/${code}`, { as: USERS.admin })).json()) as {
      timeline: TimelineEvent[];
    }
  ).timeline;
const bulk = (as: string, body: unknown) => bed.call('POST', '/v1/petitions/bulk', { as, body });
interface BulkAnswer {
  done: Petition[];
  failed: { code: string; error: string; message: string }[];
}

describe('answer templates', () => {
  it('are created, listed, edited at the version read, and deleted', async () => {
    const template = await createTemplate();
    expect(template.version).toBe(1);
    const list = (await (await bed.call('GET', TEMPLATES, { as: USERS.agencyOwn })).json()) as {
      items: AnswerTemplate[];
    };
    expect(list.items.map((t) => t.id)).toContain(template.id);

    const path = `${TEMPLATES}/${template.id}`;
    const edit = { name: 'Đất đai: đã giải quyết', text: `${TEXT} Trân trọng.`, version: 1 };
    const edited = await bed.call('PUT', path, { as: USERS.agencyOwn, body: edit });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { template: AnswerTemplate }).template).toMatchObject({ version: 2 });
    // A second editor who read version 1 does not overwrite it.
    const stale = await bed.call('PUT', path, { as: USERS.agencyOwn, body: edit });
    expect(stale.status).toBe(409);
    expect(
      (await bed.call('POST', `${path}/delete`, { as: USERS.agencyOwn, body: { version: 1 } })).status,
    ).toBe(409);
    expect(
      (await bed.call('POST', `${path}/delete`, { as: USERS.agencyOwn, body: { version: 2 } })).status,
    ).toBe(200);
    expect((await bed.call('PUT', path, { as: USERS.agencyOwn, body: { ...edit, version: 2 } })).status).toBe(
      404,
    );
  });

  it.each([
    [
      'an unknown placeholder',
      { name: 'Mẫu', text: 'Kính gửi ông {name}, cảm ơn ông đã kiến nghị.' },
      'text',
    ],
    ['a brace left open', { name: 'Mẫu', text: 'Kính gửi cử tri xã {commune, cảm ơn.' }, 'text'],
    ['no name', { text: TEXT }, 'name'],
    ['an unknown result', { name: 'Mẫu', text: TEXT, result: 'maybe' }, 'result'],
  ])('refuses %s, naming %s, and stores nothing', async (_name, body, field) => {
    const before = await bed.snapshot();
    const response = await bed.call('POST', TEMPLATES, { as: USERS.agencyOwn, body });
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as { fields: object }).fields)).toContain(field);
    expect(await bed.snapshot()).toBe(before);
  });
});

describe('bulk actions', () => {
  it('routes several petitions, each with its own event; a stale or illegal one is named with why', async () => {
    const [a, b, stale, rejected] = await Promise.all([
      makePetition(bed, 'received'),
      makePetition(bed, 'received'),
      makePetition(bed, 'received'),
      makePetition(bed, 'rejected'),
    ]);
    const response = await bulk(USERS.secretariatOwn, {
      action: 'route',
      agencyId: 'phong-tnmt-huu-lung',
      items: [
        { code: a.code, version: 1 },
        { code: b.code, version: 1 },
        { code: stale.code, version: 7 },
        { code: rejected.code, version: 1 },
      ],
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as BulkAnswer;
    expect(body.done.map((p) => [p.code, p.status, p.version])).toEqual([
      [a.code, 'routed', 2],
      [b.code, 'routed', 2],
    ]);
    expect(body.failed.map((f) => [f.code, f.error])).toEqual([
      [stale.code, 'conflict'],
      [rejected.code, 'illegalTransition'],
    ]);
    expect(body.failed[0]?.message).toContain('tải lại');
    for (const code of [a.code, b.code])
      expect((await timelineOf(code)).filter((e) => e.type === 'routed')).toHaveLength(1);
    expect((await timelineOf(stale.code)).map((e) => e.type)).toEqual(['received']);
  });

  it('answers from a template, filled in for each petition; another agency’s petition is refused', async () => {
    const template = await createTemplate();
    const vanNham = await makePetition(bed, 'in_progress');
    const minhTien = await makePetition(bed, 'in_progress', {
      communeId: 'minh-tien',
      localityId: 'minh-tien',
    });
    const elsewhere = await makePetition(bed, 'in_progress', { agencyId: 'ubnd-huu-lung' });
    const response = await bulk(USERS.agencyOwn, {
      action: 'answer',
      templateId: template.id,
      documentNumber: '15/TNMT',
      documentDate: '2026-01-05',
      result: 'resolved',
      items: [vanNham, minhTien, elsewhere].map((p) => ({ code: p.code, version: p.version })),
    });
    const body = (await response.json()) as BulkAnswer;
    expect(body.failed.map((f) => [f.code, f.error])).toEqual([[elsewhere.code, 'forbidden']]);
    const [first, second] = body.done;
    expect(first?.answer?.text).toContain('Kính gửi cử tri xã Vân Nham');
    expect(first?.answer?.text).toContain(formatTrackingCode(vanNham.code));
    expect(first?.answer?.text).toContain('Phòng Tài nguyên và Môi trường');
    expect(second?.answer?.text).toContain('Kính gửi cử tri xã Minh Tiến');
    expect(second?.answer?.text).not.toMatch(/\{\w+\}/);
    for (const p of [vanNham, minhTien])
      expect((await timelineOf(p.code)).filter((e) => e.type === 'answered')).toHaveLength(1);
  });

  it('is 403 when the user may act on none of the petitions', async () => {
    const p = await makePetition(bed, 'received');
    const response = await bulk(USERS.secretariatOther, {
      action: 'route',
      agencyId: 'phong-tnmt-huu-lung',
      items: [{ code: p.code, version: 1 }],
    });
    expect(response.status).toBe(403);
  });

  it.each([
    ['an unknown action', { action: 'close', items: [{ code: 'X', version: 1 }] }, 'action'],
    ['no petitions', { action: 'acknowledge', items: [] }, 'items'],
    [
      'more than 50',
      { action: 'acknowledge', items: Array.from({ length: 51 }, () => ({ code: 'x', version: 1 })) },
      'items',
    ],
    ['no version', { action: 'acknowledge', items: [{ code: '7KQM-3HXT-9PAR' }] }, 'items.0.version'],
    [
      'an answer without its template',
      { action: 'answer', items: [], documentNumber: '1', documentDate: '2026-01-01', result: 'resolved' },
      'templateId',
    ],
  ])('refuses %s (400 naming %s) and changes nothing', async (_name, body, field) => {
    const before = await bed.snapshot();
    const response = await bulk(USERS.admin, body);
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as { fields: object }).fields)).toContain(field);
    expect(await bed.snapshot()).toBe(before);
  });

  it('refuses the same petition twice', async () => {
    const p = await makePetition(bed, 'routed');
    const response = await bulk(USERS.agencyOwn, {
      action: 'acknowledge',
      items: [
        { code: p.code, version: 1 },
        { code: p.code, version: 1 },
      ],
    });
    expect(response.status).toBe(400);
  });
});
