/**
 * A petition's whole journey (the citizen on the site, the secretariat and the agency in
 * the console, the citizen's tracking page, the mailbox), what an officer of another
 * agency sees, and what a 409 does.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../../infra/local/demo/activity.ts';
import type { StoredEmail } from '../../../infra/local/mailbox.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { type BrowserEnv, routedPetition } from '../support/browser-env.ts';
import { open, screenReady, signIn, statusText } from '../support/console-page.ts';

export function journeySuite(use: () => BrowserEnv): void {
  async function emailsTo(address: string, count: number): Promise<StoredEmail[]> {
    const { env } = use();
    const deadline = Date.now() + 30_000;
    for (;;) {
      const response = await fetch(`${env.stack.urls.mailbox}/store`);
      const { emails } = (await response.json()) as { emails: StoredEmail[] };
      const mine = emails.filter((e) => e.destination.to.includes(address));
      if (mine.length >= count || Date.now() > deadline) return mine;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  describe('a petition’s journey through the console', () => {
    it('goes from the citizen’s form to the secretariat, the agency, the tracking page and the mailbox', async () => {
      const { env, browser } = use();
      // The citizen submits on the public site.
      const citizen = await browser.newContext({ baseURL: env.siteUrl });
      citizen.setDefaultTimeout(15_000);
      const form = await citizen.newPage();
      await form.goto('/gui-kien-nghi/');
      await form.fill('#f-submitter-name', 'Phạm Thị Hoa');
      await form.fill('#f-submitter-email', 'hoa.pham.journey@example.com');
      await form.fill('#f-submitter-address', 'Thôn Đồng Bé, xã Vân Nham');
      await form.selectOption('#f-submitter-communeId', 'van-nham');
      await form.selectOption('#f-fieldId', 'dat-dai');
      await form.selectOption('#f-localityId', 'van-nham');
      await form.fill('#f-title', 'Đo đạc lại ranh giới đất nông nghiệp thôn Đồng Bé');
      await form.fill(
        '#f-content',
        'Ranh giới đất nông nghiệp giữa các hộ ở thôn Đồng Bé chưa được đo đạc lại từ lâu, gây tranh chấp.',
      );
      await form.check('#f-consentToPublish');
      await form.getByRole('button', { name: 'Gửi kiến nghị' }).click();
      await form.waitForURL(/\/gui-kien-nghi\/da-gui/);
      const code = new URL(form.url()).searchParams.get('ma')!;
      expect(formatTrackingCode(code)).toBe(code);

      // The secretariat finds it in triage, with the proposed body, and routes it there.
      const secretariat = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      expect(new URL(secretariat.page.url()).pathname).toBe('/quan-ly/phan-loai/');
      const card = secretariat.page.locator('li.petition', { hasText: code });
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.textContent()).toContain('Phòng Tài nguyên và Môi trường huyện Hữu Lũng');
      await card.getByRole('link').click();
      await screenReady(secretariat.page);
      const route = secretariat.page.locator('#route');
      expect(await route.locator('[name=agencyId]').inputValue()).toBe('phong-tnmt-huu-lung');
      await route.getByRole('button', { name: 'Chuyển' }).click();
      await expect.poll(() => statusText(secretariat.page)).toContain('Đã chuyển kiến nghị.');
      expect(await secretariat.page.locator('dl.facts').first().textContent()).toContain(
        'Đã chuyển cơ quan có thẩm quyền',
      );

      // The agency officer finds it in the queue and answers.
      const officer = await signIn(browser, env.siteUrl, 'can-bo-tnmt-huu-lung');
      expect(new URL(officer.page.url()).pathname).toBe('/quan-ly/hang-doi/');
      await officer.page.locator('li.petition', { hasText: code }).getByRole('link').click();
      await screenReady(officer.page);
      expect(await officer.page.locator('section', { hasText: 'Người gửi' }).first().textContent()).toContain(
        'Phạm Thị Hoa',
      );
      const answer = officer.page.locator('#answer');
      await answer
        .getByLabel('Nội dung trả lời')
        .fill(
          'Phòng Tài nguyên và Môi trường sẽ đo đạc lại ranh giới đất nông nghiệp thôn Đồng Bé trong quý này.',
        );
      await answer.getByLabel('Số văn bản').fill('215/TNMT-ĐĐ');
      await answer.getByLabel('Ngày văn bản').fill('2026-11-20');
      await answer.getByLabel('Kết quả').selectOption('resolved');
      await answer.getByRole('button', { name: 'Gửi trả lời' }).click();
      await expect.poll(() => statusText(officer.page)).toContain('Đã ghi nhận văn bản trả lời.');
      expect(await officer.page.locator('section.answer').textContent()).toContain('215/TNMT-ĐĐ');

      // The citizen's tracking page shows the answer.
      const track = await citizen.newPage();
      await track.goto('/tra-cuu/');
      await track.fill('#f-ma', code);
      await track.locator('form.search button').click();
      await track.waitForURL(/\/tra-cuu\?ma=/);
      expect(await track.locator('main').textContent()).toContain('sẽ đo đạc lại ranh giới đất nông nghiệp');

      // The mailbox holds the emails: received, routed, answered, each with the code.
      const emails = await emailsTo('hoa.pham.journey@example.com', 3);
      expect(emails.length).toBeGreaterThanOrEqual(3);
      for (const email of emails) expect(`${email.subject}\n${email.body.text}`).toContain(code);
      expect(emails.some((e) => e.body.text?.includes('215/TNMT-ĐĐ'))).toBe(true);

      for (const c of [citizen, secretariat.context, officer.context]) await c.close();
    }, 120_000);
  });

  describe('what an officer may open', () => {
    it('shows "not allowed" when an officer edits the URL to another agency’s petition (the API said 403)', async () => {
      const { env, browser } = use();
      const officer = await signIn(browser, env.siteUrl, 'can-bo-tnmt-huu-lung');
      const refused = officer.page.waitForResponse(
        (r) => r.url().startsWith(env.staffApiUrl) && r.url().includes(`/v1/petitions/${DEMO_CODES.routed}`),
      );
      await open(officer.page, `/quan-ly/kien-nghi/?ma=${formatTrackingCode(DEMO_CODES.routed)}`);
      expect((await refused).status()).toBe(403);
      expect(await officer.page.locator('main h1').textContent()).toBe('Không được phép');
      expect(await officer.page.locator('main').textContent()).not.toContain('Lê Thị Hoa');
      await officer.context.close();
    });
  });

  describe('two people on one petition', () => {
    it('reloads the petition and says someone else changed it when the API answers 409', async () => {
      const { env, browser } = use();
      const code = await routedPetition(
        use,
        'Sửa mái phòng học trường tiểu học thôn Đồng Bé',
        'phong-gddt-huu-lung',
      );
      const first = await signIn(browser, env.siteUrl, 'can-bo-gddt-huu-lung');
      const second = await signIn(browser, env.siteUrl, 'can-bo-gddt-huu-lung');
      const path = `/quan-ly/kien-nghi/?ma=${code}`;
      await open(first.page, path);
      await open(second.page, path);

      await first.page.locator('#acknowledge').getByRole('button').click();
      await expect.poll(() => statusText(first.page)).toContain('Đã xác nhận tiếp nhận xử lý.');

      // The second still shows "acknowledge", from before: the API refuses, the page reloads.
      await second.page.locator('#acknowledge').getByRole('button').click();
      await expect.poll(() => statusText(second.page)).toContain('vừa được người khác thay đổi');
      expect(await second.page.locator('#acknowledge').count()).toBe(0);
      expect(await second.page.locator('dl.facts').first().textContent()).toContain('Đang giải quyết');

      await first.context.close();
      await second.context.close();
    });
  });
}
