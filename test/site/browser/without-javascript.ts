/** A citizen with JavaScript off: finds the meetings for "van nham", submits a petition, sees the code, tracks it. */
import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../shared/text.ts';
import { type Context, codeIn, fillPetitionForm, openPage } from './context.ts';

export function withoutJavaScript(ctx: Context) {
  describe('with JavaScript disabled', () => {
    it('finds a published result by words typed without diacritics through the search form', async () => {
      const { page, close } = await openPage(ctx(), { javaScript: false, width: 360 });
      try {
        await page.goto('/tim-kiem/');
        // A published demo result; typed without diacritics, as many phones do.
        const result = 'Sửa chữa đoạn đường liên xã Vân Nham – Minh Tiến bị sạt lở';
        await page.fill('input[name="q"]', searchKey(result).split(' ').slice(0, 3).join(' '));
        await Promise.all([page.waitForURL('**/tim-kiem?q=*'), page.click('main form button[type=submit]')]);
        const hits = page.locator('main ul.list li h2 a');
        await expect(hits.allTextContents()).resolves.toContain(result);
        expect(await page.locator('main mark').count()).toBeGreaterThan(0);
        await hits.filter({ hasText: result }).first().click();
        await expect(page.locator('h1').textContent()).resolves.toContain(result);
      } finally {
        await close();
      }
    });

    it('finds the meetings for "van nham", submits a petition, sees its code and tracks it', async () => {
      const { page, close } = await openPage(ctx(), { javaScript: false, width: 360 });
      try {
        await page.goto('/');
        await page.fill('input[name="q"]', 'van nham');
        await Promise.all([
          page.waitForURL('**/lich-tiep-xuc/xa/van-nham/'),
          page.click('form[role=search] button'),
        ]);
        await expect(page.locator('h1').textContent()).resolves.toContain('Vân Nham');
        const schedule = await page.locator('main').textContent();
        expect(schedule).toContain('Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Minh Tiến và xã Vân Nham');
        expect(schedule).toContain('Nguyễn Văn Hùng');

        await page.click('nav.main >> text=Gửi kiến nghị');
        await page.waitForURL('**/gui-kien-nghi/');
        const title = `Cầu tràn thôn Đồng Mười ngập nước (không JS ${Date.now()})`;
        await fillPetitionForm(page, title);
        await Promise.all([
          page.waitForURL('**/gui-kien-nghi/da-gui?ma=*'),
          page.click('form[data-petition-form] button[type=submit]'),
        ]);
        const confirmation = (await page.locator('main').textContent()) ?? '';
        const code = codeIn(confirmation);
        expect(code, confirmation).toBeDefined();

        await page.goto('/tra-cuu/');
        await page.fill('input[name="ma"]', code!.toLowerCase());
        await Promise.all([page.waitForURL('**/tra-cuu?ma=*'), page.click('main form button[type=submit]')]);
        const tracked = (await page.locator('main').textContent()) ?? '';
        expect(tracked).toContain(title);
        expect(tracked).toContain('Đã tiếp nhận');
        expect(tracked).not.toContain('Lò Văn Công Dân');
      } finally {
        await close();
      }
    });
  });
}
