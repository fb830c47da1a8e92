/**
 * The submitter's rights through their private link (DESIGN §12): the page shows what is
 * stored about them; a withdrawal and an erasure are POST forms after a confirmation
 * step, idempotent, refused with a clear 4xx for a bad token or a missing confirmation;
 * an erasure leaves none of their personal data in the table nor in later emails.
 */
import { describe, expect, it } from 'vitest';
import { rightsLink, rightsToken } from '../../functions/lib/petitions/rights-token.ts';
import { notificationsFor } from '../../functions/notifier/notifications.ts';
import { PRIVACY_NOTICE } from '../../shared/privacy-notice.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { formatTrackingCode, parseTrackingCode } from '../../shared/tracking-code.ts';
import { postForm, postJson, SITE_URL, usePetitionTestApi, validSubmission } from './support.ts';
import { dumpTable } from './table-dump.ts';

const api = usePetitionTestApi();

const PERSONAL = [
  'Nguyễn Thị Kiểm Thử',
  'kiem.thu@example.com',
  '0912345678',
  '0912 345 678',
  'Thôn Làng Ngõa, xã Vân Nham',
];

async function submit(overrides: Record<string, unknown> = {}) {
  const response = await postJson(api.app, validSubmission(overrides));
  expect(response.status).toBe(201);
  const code = parseTrackingCode(((await response.json()) as { code: string }).code);
  return { code, token: rightsToken(api.config.FEEDBACK_TOKEN_SECRET, code) };
}

const page = (code: string, token: string, extra = '') =>
  api.app.request(
    `/du-lieu-ca-nhan?ma=${formatTrackingCode(code)}&khoa=${encodeURIComponent(token)}${extra}`,
  );
const post = (code: string, verb: 'withdraw' | 'erase', values: Record<string, unknown>, lang = '') =>
  postForm(
    api.app,
    values,
    lang ? { 'accept-language': lang } : {},
    `/v1/petitions/${formatTrackingCode(code)}/${verb}`,
  );

/** Moves a petition to `status` in the table itself, its contact kept until `contactExpiresAt`. */
async function moveTo(code: string, status: Petition['status'], contactExpiresAt: string): Promise<void> {
  const p = (await api.repos.petitions.get(code))!;
  await api.repos.petitions.save([{ before: p, after: { ...p, status, contactExpiresAt }, events: [] }]);
}

describe('the rights page', () => {
  it('shows the contact, the consents with the notice version, and the petition, from the link alone', async () => {
    const { code, token } = await submit();
    const link = new URL(rightsLink(SITE_URL, api.config.FEEDBACK_TOKEN_SECRET, code));
    for (const personal of PERSONAL) expect(link.toString()).not.toContain(encodeURIComponent(personal));
    const response = await page(code, token);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('Nguyễn Thị Kiểm Thử');
    expect(text).toContain('kiem.thu@example.com');
    expect(text).toContain(PRIVACY_NOTICE.version);
    expect(text).toContain('Đề nghị sửa chữa cầu tràn thôn Làng Ngõa');
    expect(response.headers.get('cache-control')).toContain('no-store');
  });

  it('records the notice version the form showed', async () => {
    const { code } = await submit({ privacyNoticeVersion: PRIVACY_NOTICE.version });
    expect(await api.repos.petitions.getConsent(code)).toMatchObject({
      publication: true,
      channels: { email: true, phone: true },
      noticeVersion: PRIVACY_NOTICE.version,
    });
  });

  it('refuses a wrong token (403) and an unknown notice version (400 naming it), in both languages', async () => {
    const { code, token } = await submit();
    const other = await submit();
    for (const bad of ['', 'abc', other.token, `${token}x`]) {
      const response = await page(code, bad);
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('Đường dẫn quản lý dữ liệu cá nhân không hợp lệ');
    }
    const english = await api.app.request(`/du-lieu-ca-nhan?ma=${formatTrackingCode(code)}&khoa=x&lang=en`);
    expect(await english.text()).toContain('This personal-data link is not valid');
    const before = await dumpTable(api.database);
    const response = await postJson(api.app, validSubmission({ privacyNoticeVersion: '1999-9' }));
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as { fields: object }).fields)).toEqual([
      'privacyNoticeVersion',
    ]);
    expect(await dumpTable(api.database)).toBe(before);
  });
});

describe('withdrawal', () => {
  it('needs the confirmation step; then withdraws, idempotently, and the agency queue drops it', async () => {
    const { code, token } = await submit();
    const confirmPage = await (await page(code, token, '&buoc=rut')).text();
    expect(confirmPage).toContain('name="confirm" value="yes"');

    const before = await dumpTable(api.database);
    const unconfirmed = await post(code, 'withdraw', { token });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Vui lòng xác nhận');
    const json = await postJson(api.app, { token }, {}, `/v1/petitions/${code}/withdraw`);
    expect(((await json.json()) as { fields: object }).fields).toHaveProperty('confirm');
    const forged = await post(code, 'withdraw', { token: 'forged', confirm: 'yes' }, 'en');
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('This personal-data link is not valid');
    expect(await dumpTable(api.database)).toBe(before);

    for (let i = 0; i < 2; i++) {
      const done = await post(code, 'withdraw', { token, confirm: 'yes' });
      expect(done.status).toBe(303);
      expect(done.headers.get('location')).toContain('xong=rut');
    }
    const petition = (await api.repos.petitions.get(code))!;
    expect(petition.status).toBe('withdrawn');
    const record = await api.repos.petitions.getPublic(code);
    expect(record?.events.filter((e) => e.type === 'withdrawn')).toHaveLength(1);
    expect(petition.contactExpiresAt).toBeDefined();
    if (petition.agencyId) {
      for (const status of ['routed', 'in_progress'] as const) {
        const queue = await api.repos.petitions.listAgencyQueue(petition.agencyId, status, { limit: 100 });
        expect(queue.items.map((p) => p.code)).not.toContain(code);
      }
    }
  });

  it('refuses an answered petition with 409 and a clear message', async () => {
    const { code, token } = await submit();
    await moveTo(code, 'answered', '2027-12-01T00:00:00.000Z');
    const response = await post(code, 'withdraw', { token, confirm: 'yes' });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('không thể rút');
  });
});

describe('erasure', () => {
  it('of an open petition warns first, then leaves no personal data in the table nor in later emails', async () => {
    const { code, token } = await submit();
    const warning = await (await page(code, token, '&buoc=xoa')).text();
    expect(warning).toContain('KHÔNG nhận được thông báo nào nữa');

    for (let i = 0; i < 2; i++)
      expect((await post(code, 'erase', { token, confirm: 'yes' })).status).toBe(303);
    const table = await dumpTable(api.database);
    const ours = JSON.stringify(JSON.parse(table).filter((i: { pk: string }) => i.pk === `PETITION#${code}`));
    for (const personal of PERSONAL) expect(ours).not.toContain(personal);
    const petition = (await api.repos.petitions.get(code))!;
    expect(petition.contactErasedAt).toBeDefined();
    expect(['received', 'routed']).toContain(petition.status);

    const after = await (await page(code, token)).text();
    expect(after).toContain('Thông tin liên hệ đã được xoá');
    for (const event of (await api.repos.petitions.getPublic(code))!.events) {
      const sent = await notificationsFor(
        { ...event, type: 'routed' },
        {
          repos: api.repos,
          siteUrl: SITE_URL,
          feedbackSecret: api.config.FEEDBACK_TOKEN_SECRET,
          consoleUrl: SITE_URL,
        },
      );
      expect(sent.filter((n) => n.recipient === 'submitter')).toEqual([]);
    }
  });

  it('the link expires once the retention has erased the contact (410 with the date)', async () => {
    const { code, token } = await submit();
    await moveTo(code, 'rejected', '2026-01-01T00:00:00.000Z');
    const response = await page(code, token);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain('01/01/2026');
    expect((await post(code, 'erase', { token, confirm: 'yes' })).status).toBe(303);
  });
});
