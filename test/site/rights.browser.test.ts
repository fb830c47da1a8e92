/**
 * The submitter's private link in real Chromium with JavaScript off (DESIGN §12): the
 * rights page served by the public API, a withdrawal and an erasure each through its
 * confirmation page and a plain POST form, and the page accessible (axe, WCAG 2.1 AA).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rightsLink } from '../../functions/lib/petitions/rights-token.ts';
import { axeViolations } from '../support/chromium.ts';
import { useServedPublicApi } from './support/served-public-api.ts';

const site = useServedPublicApi();

async function privateLink(): Promise<{ code: string; path: string }> {
  const code = await site.submitted();
  const url = new URL(rightsLink(site.server.url, site.api.config.FEEDBACK_TOKEN_SECRET, code));
  return { code, path: `${url.pathname}${url.search}` };
}

const withPage = <T>(javaScript: boolean, run: (page: Page) => Promise<T>) =>
  site.withPage({ javaScript }, run);

describe('the private link without JavaScript', () => {
  it('withdraws a petition after the confirmation step', async () => {
    const { code, path } = await privateLink();
    await withPage(false, async (page) => {
      await page.goto(path);
      expect(await page.locator('main').textContent()).toContain('Nguyễn Thị Kiểm Thử');
      await Promise.all([page.waitForURL('**buoc=rut**'), page.click('text=Rút kiến nghị…')]);
      expect(await page.locator('main').textContent()).toContain('không thể hoàn tác');
      await Promise.all([page.waitForURL('**xong=rut**'), page.click('main form button[type=submit]')]);
      expect(await page.locator('main [role=status]').textContent()).toContain('Kiến nghị đã được rút.');
    });
    expect((await site.api.repos.petitions.get(code))?.status).toBe('withdrawn');
  });

  it('erases the contact of an open petition after the warning, and the page then says so', async () => {
    const { code, path } = await privateLink();
    await withPage(false, async (page) => {
      await page.goto(path);
      await Promise.all([page.waitForURL('**buoc=xoa**'), page.click('text=Xoá thông tin liên hệ…')]);
      expect(await page.locator('main [role=alert]').textContent()).toContain(
        'KHÔNG nhận được thông báo nào nữa',
      );
      await Promise.all([page.waitForURL('**xong=xoa**'), page.click('main form button[type=submit]')]);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('Thông tin liên hệ đã được xoá');
      expect(main).not.toContain('Nguyễn Thị Kiểm Thử');
      expect(main).not.toContain('kiem.thu@example.com');
    });
    expect(await site.api.repos.petitions.getContact({ code })).toBeUndefined();
  });

  it('is accessible, on the page and on its confirmation step', async () => {
    const { path } = await privateLink();
    await withPage(true, async (page) => {
      for (const step of ['', '&buoc=xoa']) {
        await page.goto(`${path}${step}`);
        expect(await axeViolations(page)).toEqual([]);
      }
    });
  });
});
