/**
 * The secretariat's triage in the console: the routing drop-down grouped by where each
 * body stands (the proposed one first) with a search that narrows it from the keyboard;
 * a route elsewhere than the proposed body refused without its reason; the status filter
 * with each status's count and the queue's order; a petition printed on one A4 page.
 * Each test makes the petitions it needs, so the suite does not depend on the others.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../../infra/local/demo/activity.ts';
import type { BrowserEnv } from '../support/browser-env.ts';
import { open, screenReady, signIn, statusText } from '../support/console-page.ts';

/** The routing select's groups: [label, option values] each (evaluated in the page: this file is typed for Node). */
const groupLabels = (page: Page) =>
  page.evaluate(`Array.from(document.querySelectorAll('#route select[name=agencyId] optgroup')).map((g) =>
    [g.getAttribute('label'), Array.from(g.querySelectorAll('option')).map((o) => o.value)])`) as Promise<
    [string, string[]][]
  >;

/** The received count shown in the status filter ("Mới tiếp nhận (12)" → 12). */
async function receivedCount(page: Page): Promise<number> {
  const option = page.locator('form.filter select[name=status] option[value=received]');
  await expect.poll(() => option.textContent()).toMatch(/\(\d+\)$/);
  return Number(/\((\d+)\)$/.exec((await option.textContent()) ?? '')?.[1]);
}

export function triageSuite(use: () => BrowserEnv): void {
  describe('the secretariat’s triage', () => {
    it('groups the routing choices with the proposed body first, and narrows them by a search typed without diacritics', async () => {
      const { env, browser, submitPetition } = use();
      const code = await submitPetition({ title: 'Cấp giấy chứng nhận quyền sử dụng đất cho các hộ' });
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
      const groups = await groupLabels(page);
      expect(groups[0]).toEqual(['Cơ quan đề xuất', ['phong-tnmt-huu-lung']]);
      expect(groups.map((g) => g[0])).toEqual([
        'Cơ quan đề xuất',
        'UBND các xã thuộc địa bàn',
        'Cơ quan cấp huyện, tỉnh',
        'Cơ quan ngoài tỉnh',
      ]);
      expect(groups[1]?.[1]).toContain('ubnd-van-nham');
      expect(groups[1]?.[1]).not.toContain('ubnd-an-ba');

      const search = page.getByLabel('Tìm cơ quan theo tên');
      await search.fill('xa van nham');
      await expect
        .poll(() => page.locator('#route .agency-search .hint').textContent())
        .toBe('Có 2 cơ quan phù hợp.');
      await search.press('Enter');
      expect(await page.evaluate('document.activeElement.name')).toBe('agencyId');
      expect(await statusText(page)).not.toContain('Đã chuyển');
      expect((await groupLabels(page)).map((g) => g[1])).toEqual([
        ['phong-tnmt-huu-lung'],
        ['ubnd-van-nham'],
      ]);
      await context.close();
    });

    it('refuses a route to another body than the proposed one without the reason, beside the reason field', async () => {
      const { env, browser, submitPetition } = use();
      const code = await submitPetition({ title: 'Đề nghị đo đạc lại ranh giới thửa đất' });
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
      const route = page.locator('#route');
      const sent: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/route')) sent.push(request.url());
      });
      await route.locator('[name=agencyId]').selectOption('ubnd-van-nham');
      expect(await route.locator('[name=reason]').getAttribute('required')).not.toBeNull();
      await route.getByRole('button', { name: 'Chuyển' }).click();
      await route.locator('.error-summary').waitFor();
      expect(await route.locator('[data-field=reason] .field-error').textContent()).toBe(
        'Cần nêu lý do khi chuyển đến cơ quan khác với cơ quan đề xuất.',
      );
      expect(await route.locator('[name=reason]').getAttribute('aria-invalid')).toBe('true');
      // The form said so itself: nothing was sent, and the petition is still waiting for triage.
      expect(sent).toEqual([]);
      await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
      expect(await page.locator('dl.facts').first().textContent()).toContain('Đã tiếp nhận');

      await route.locator('[name=agencyId]').selectOption('ubnd-van-nham');
      await route.locator('[name=reason]').fill('Việc thuộc thẩm quyền của UBND xã.');
      await route.getByRole('button', { name: 'Chuyển' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã chuyển kiến nghị.');
      expect(await page.locator('.timeline').textContent()).toContain('Việc thuộc thẩm quyền của UBND xã.');
      await context.close();
    });

    it('shows how many petitions each status holds, and orders the queue newest first on request', async () => {
      const { env, browser, submitPetition } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      const before = await receivedCount(page);
      const code = await submitPetition({ title: 'Đề nghị sửa chữa cầu tràn qua suối' });
      await open(page, '/quan-ly/phan-loai/');
      expect(await receivedCount(page)).toBe(before + 1);

      const sort = page.locator('select[name=sort]');
      expect(await sort.locator('option[value=deadline]').isDisabled()).toBe(true);
      await sort.selectOption('newest');
      await page.getByRole('button', { name: 'Xem' }).click();
      await screenReady(page);
      await expect.poll(() => page.locator('li.petition').first().textContent()).toContain(code);

      await page.locator('form.filter select[name=status]').selectOption('routed');
      expect(await sort.locator('option[value=deadline]').isDisabled()).toBe(false);
      await sort.selectOption('deadline');
      await page.getByRole('button', { name: 'Xem' }).click();
      await screenReady(page);
      expect(await statusText(page)).toBe('');
      await context.close();
    });

    it('prints a petition with its answer and timeline on one A4 page, without the forms or the contact', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, `/quan-ly/kien-nghi/?ma=${DEMO_CODES.answered}`);
      expect(await page.getByRole('button', { name: 'In', exact: true }).count()).toBe(1);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['header.site', '.print-action', '.contact', '.actions'])
        if ((await page.locator(hidden).count()) > 0)
          expect(await page.locator(hidden).first().isVisible()).toBe(false);
      for (const shown of ['h1', 'dl.facts', '.answer', '.timeline'])
        expect(await page.locator(`main ${shown}`).first().isVisible(), shown).toBe(true);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      expect(pages.length).toBe(1);
      await context.close();
    });
  });
}
