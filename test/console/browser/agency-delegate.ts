/**
 * The agency officer's and the delegate's work: acknowledge, roadmap, return as not
 * competent (back to triage); a delegate's list without contacts, and a follow-up note.
 * And the secretariat's reference data: agencies, routing rules and council settings.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { feedbackToken } from '../../../functions/lib/petitions/feedback-token.ts';
import { vietnamDate } from '../../../shared/time.ts';
import { asStaff, type BrowserEnv, routedPetition } from '../support/browser-env.ts';
import { open, signIn, statusText } from '../support/console-page.ts';

/** Turns a paged list's pages until `card` is on the one shown, or there is no next page; the card. */
async function pageUntilShown(page: Page, card: Locator): Promise<Locator> {
  const next = page.getByRole('button', { name: 'Trang sau' });
  while ((await card.count()) === 0 && (await next.isEnabled())) {
    await next.click();
    await page.locator('.paged-body[aria-busy]').waitFor({ state: 'detached' });
  }
  return card;
}

export function agencyAndDelegateSuite(use: () => BrowserEnv): void {
  describe('the agency officer’s work', () => {
    it('acknowledges, gives a roadmap, and sees both on the petition', async () => {
      const { env, browser } = use();
      const code = await routedPetition(
        use,
        'Cấp đổi giấy chứng nhận bị sai thông tin',
        'phong-tnmt-huu-lung',
      );
      const { context, page } = await signIn(browser, env.siteUrl, 'can-bo-tnmt-huu-lung');
      await page.locator('li.petition', { hasText: code }).getByRole('link').click();
      await page.locator('#acknowledge').waitFor();
      await page.locator('#acknowledge [name=reason]').fill('Đã giao chuyên viên thụ lý.');
      await page.locator('#acknowledge').getByRole('button').click();
      await expect.poll(() => statusText(page)).toContain('Đã xác nhận tiếp nhận xử lý.');
      expect(await page.locator('#acknowledge').count()).toBe(0);

      await page
        .locator('#roadmap [name=text]')
        .fill('Kiểm tra hồ sơ gốc, đối chiếu và cấp đổi trong 20 ngày.');
      // A day ahead of whatever day the suite runs: a roadmap is not due in the past.
      const promised = vietnamDate(new Date(Date.now() + 20 * 86_400_000));
      await page.locator('#roadmap [name=expectedBy]').fill(promised);
      await page.locator('#roadmap').getByRole('button').click();
      await expect.poll(() => statusText(page)).toContain('Đã lưu lộ trình.');
      const answer = await page.locator('section.answer').textContent();
      expect(answer).toContain('Kiểm tra hồ sơ gốc');
      expect(answer).toContain(promised.split('-').reverse().join('/'));
      expect(await page.locator('dl.facts').first().textContent()).toContain('Đang giải quyết');
      await context.close();
    });

    it('returns a petition that is not its competence, which goes back to the secretariat’s triage', async () => {
      const { env, browser } = use();
      const code = await routedPetition(use, 'Mở rộng trường mầm non thôn Đồng Bé', 'phong-tnmt-huu-lung');
      const { context, page } = await signIn(browser, env.siteUrl, 'can-bo-tnmt-huu-lung');
      await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
      await page.locator('#return [name=reason]').fill('Thuộc thẩm quyền của Phòng Giáo dục và Đào tạo.');
      await page.locator('#return').getByRole('button', { name: 'Trả lại' }).click();
      await page.waitForURL(/\/quan-ly\/hang-doi\/$/);
      await expect.poll(() => statusText(page)).toContain('Đã trả lại kiến nghị');
      expect(await page.locator('li.petition', { hasText: code }).count()).toBe(0);
      await context.close();

      const secretariat = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(secretariat.page, `/quan-ly/kien-nghi/?ma=${code}`);
      expect(await secretariat.page.locator('dl.facts').first().textContent()).toContain('Đã tiếp nhận');
      expect(await secretariat.page.locator('.timeline').textContent()).toContain(
        'Thuộc thẩm quyền của Phòng Giáo dục',
      );
      expect(await secretariat.page.locator('#route').count()).toBe(1);
      await secretariat.context.close();
    });
  });

  describe('the agency’s queue opens on what needs action', () => {
    it('lands on “Cần xử lý” with the reopened petition tagged, before newly routed ones, and counts each view', async () => {
      const { env, browser, submitPetition } = use();
      const officer = 'can-bo-tnmt-huu-lung';
      const route = async (code: string) =>
        asStaff(use, 'thu-ky-huu-lung', {
          method: 'POST',
          path: `/v1/petitions/${code}/route`,
          body: { agencyId: 'phong-tnmt-huu-lung' },
        });
      const reopenedCode = await submitPetition({ title: 'Đường giao thông thôn Đồng Bé xuống cấp' });
      await route(reopenedCode);
      const answered = (await asStaff(use, officer, {
        method: 'POST',
        path: `/v1/petitions/${reopenedCode}/answer`,
        body: {
          text: 'Phòng đã kiểm tra và sẽ sửa chữa tuyến đường trong quý tới.',
          documentNumber: '90/TNMT',
          documentDate: vietnamDate(new Date()),
          result: 'resolved',
        },
      })) as { petition: { answer: { answeredAt: string } } };
      // The submitter is not satisfied, through the link of the answer email.
      const token = feedbackToken(
        env.stack.config.FEEDBACK_TOKEN_SECRET,
        reopenedCode,
        answered.petition.answer.answeredAt,
      );
      const feedback = await fetch(`${env.stack.urls.publicApi}/v1/petitions/${reopenedCode}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, reason: 'Đường vẫn chưa được sửa.' }),
      });
      expect(feedback.status, await feedback.text()).toBe(200);
      const routedCode = await submitPetition({ title: 'Cấp giấy chứng nhận cho hộ ông Nông Văn Tài' });
      await route(routedCode);

      const { context, page } = await signIn(browser, env.siteUrl, officer);
      expect(new URL(page.url()).pathname).toBe('/quan-ly/hang-doi/');
      const view = page.locator('form.filter select[name=status]');
      expect(await view.inputValue()).toBe('needs_action');
      await expect.poll(() => view.locator('option').first().textContent()).toMatch(/^Cần xử lý \(\d+\)$/);
      const cards = page.locator('li.petition');
      const plain = (code: string) => code.replace(/[^0-9A-Z]/g, '');
      const listed = async () => (await cards.locator('.mono').allTextContents()).map(plain);
      await expect.poll(listed).toContain(plain(reopenedCode));
      const codes = await listed();
      const reopenedAt = codes.indexOf(plain(reopenedCode));
      expect(reopenedAt).toBeGreaterThanOrEqual(0);
      // Everything listed before it needs action too; the newly routed one comes after.
      const tagged = async (i: number) =>
        /Người gửi chưa hài lòng|đề nghị đôn đốc/.test(
          (await cards.nth(i).locator('.badges').textContent()) ?? '',
        );
      for (let i = 0; i <= reopenedAt; i++) expect(await tagged(i)).toBe(true);
      if (codes.includes(plain(routedCode)))
        expect(codes.indexOf(plain(routedCode))).toBeGreaterThan(reopenedAt);
      expect(await cards.nth(reopenedAt).textContent()).toContain('Người gửi chưa hài lòng');
      await context.close();
    });
  });

  describe('the delegate’s work', () => {
    it('lists the unit’s petitions without contacts and records a follow-up note on one', async () => {
      const { env, browser } = use();
      const code = await routedPetition(use, 'Nước sinh hoạt thôn Đồng Bé bị ô nhiễm', 'phong-tnmt-huu-lung');
      const { context, page } = await signIn(browser, env.siteUrl, 'dai-bieu-huu-lung-dv6');
      expect(new URL(page.url()).pathname).toBe('/quan-ly/don-vi/');
      const card = await pageUntilShown(page, page.locator('li.petition', { hasText: code }));
      await card.getByRole('link').click();
      await page.locator('#follow-up').waitFor();
      expect(await page.locator('#contact-heading').count()).toBe(0);
      expect(await page.locator('main').textContent()).not.toContain('nam.do@example.com');
      await page
        .locator('#follow-up [name=note]')
        .fill('Đề nghị cơ quan sớm kiểm tra nguồn nước, báo cáo trước kỳ họp.');
      await page.locator('#follow-up').getByRole('button').click();
      await expect.poll(() => statusText(page)).toContain('Đã ghi nhận nội dung đôn đốc.');
      const timeline = await page.locator('.timeline').textContent();
      expect(timeline).toContain('Đại biểu đôn đốc');
      expect(timeline).toContain('sớm kiểm tra nguồn nước');
      await context.close();
    });
  });

  describe('the secretariat’s reference data', () => {
    it('adds an agency, gives it a routing rule, and changes the council’s settings', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, '/quan-ly/co-quan/');
      const form = page.locator('form', { has: page.locator('[name=name]') });
      await form.locator('[name=id]').fill('Phòng NN');
      await form.locator('[name=name]').fill('Phòng Nông nghiệp huyện Hữu Lũng');
      await form.locator('[name=unitId]').selectOption('huu-lung');
      await form.locator('[name=level]').selectOption('district');
      await form.getByRole('button', { name: 'Lưu' }).click();
      await form.locator('.error-summary').waitFor();
      expect(await form.locator('[data-field=id] .field-error').textContent()).toBe('Giá trị không hợp lệ.');
      await form.locator('[name=id]').fill('phong-nn-huu-lung');
      await form.getByRole('button', { name: 'Lưu' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã lưu cơ quan.');

      await open(page, '/quan-ly/quy-tac/');
      const rule = page.locator('form', { has: page.locator('[name=priority]') });
      await rule.locator('[name=fieldId]').selectOption('lam-nghiep');
      await rule.locator('[name=unitId]').selectOption('huu-lung');
      await rule.locator('[name=agencyId]').selectOption('phong-nn-huu-lung');
      await rule.locator('[name=priority]').fill('5');
      await rule.getByRole('button', { name: 'Lưu' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã lưu quy tắc.');
      const card = await pageUntilShown(
        page,
        page.locator('ul.records > li', { hasText: 'Lâm nghiệp → Phòng Nông nghiệp huyện Hữu Lũng' }),
      );
      expect(await card.textContent()).toContain('Độ ưu tiên5');

      await open(page, '/quan-ly/cai-dat/');
      const days = page.locator('[name=deadlineDays]');
      expect(await days.inputValue()).toBe('30');
      await days.fill('0');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('[data-field=deadlineDays] .field-error').textContent()).not.toBe('');
      await days.fill('45');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã lưu cài đặt.');
      await open(page, '/quan-ly/cai-dat/');
      expect(await page.locator('[name=deadlineDays]').inputValue()).toBe('45');
      await page.locator('[name=deadlineDays]').fill('30');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã lưu cài đặt.');
      await context.close();
    }, 60_000);
  });
}
