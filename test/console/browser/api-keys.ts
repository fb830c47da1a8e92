/**
 * The admin's Open311 API keys in the console: issue one (the clear key shown once, with a
 * copy button and the warning, and gone from the page once dismissed), see it listed, revoke
 * it after a confirmation. Each test issues keys of its own, named uniquely.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../support/chromium.ts';
import { asStaff, type BrowserEnv } from '../support/browser-env.ts';
import { open, screenReady, signIn, statusText } from '../support/console-page.ts';

interface ListedKey {
  id: string;
  integrator: string;
  hourlyLimit: number;
  revokedAt?: string;
}

const listed = async (use: () => BrowserEnv) =>
  ((await asStaff(use, 'quan-tri', { method: 'GET', path: '/v1/api-keys' })) as { items: ListedKey[] }).items;

const focusedText = (page: Page) =>
  page.evaluate('document.activeElement?.textContent ?? ""') as Promise<string>;

/** The revoke button's accessible name: its word, then the integrator (read out, not shown). */
const revokeName = (word: string, integrator: string) => new RegExp(`^${word}\\s?:\\s?${integrator}$`);

async function expectClean(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

export function apiKeysSuite(use: () => BrowserEnv): void {
  describe('the admin’s Open311 API keys', () => {
    it('issues a key shown once with a copy button, lists it, and revokes it after a confirmation', async () => {
      const { env, browser } = use();
      const integrator = `Cổng dịch vụ công thử nghiệm ${randomUUID().slice(0, 8)}`;
      const { context, page } = await signIn(browser, env.siteUrl, 'quan-tri');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.siteUrl });
      await page.locator('#console-nav').getByRole('link', { name: 'Khóa API Open311' }).click();
      await page.waitForURL(/\/quan-ly\/khoa-api\/$/);
      await screenReady(page);
      expect(await page.locator('main h1').textContent()).toBe('Khóa API Open311');

      // A key without an integrator: the field is named, nothing is issued.
      const before = (await listed(use)).length;
      const form = page.locator('form', { has: page.locator('[name=integrator]') });
      expect(await form.locator('[name=hourlyLimit]').inputValue()).toBe('60');
      await form.getByRole('button', { name: 'Cấp khóa' }).click();
      await form.locator('.error-summary').waitFor();
      expect(await form.locator('[data-field=integrator] [aria-invalid=true]').count()).toBe(1);
      expect(await form.locator('.error-summary').textContent()).toContain('Đơn vị tích hợp');
      expect((await listed(use)).length).toBe(before);

      await page.getByLabel('Đơn vị tích hợp').fill(integrator);
      await page.getByLabel('Số kiến nghị tối đa mỗi giờ').fill('25');
      await form.getByRole('button', { name: 'Cấp khóa' }).click();
      await expect.poll(() => statusText(page)).toContain(`Đã cấp khóa cho ${integrator}.`);
      const issued = page.locator('#issued');
      expect(await focusedText(page)).toBe(`Khóa mới của ${integrator}`);
      expect(await issued.textContent()).toContain('khóa sẽ không được hiển thị lại');
      const key = await issued.getByLabel('Khóa API').inputValue();
      expect(key).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);
      expect(await form.locator('[name=integrator]').inputValue()).toBe('');
      await expectClean(page, 'a key just issued');

      await issued.getByRole('button', { name: 'Sao chép khóa' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã sao chép khóa.');
      expect(await page.evaluate('navigator.clipboard.readText()')).toBe(key);

      const stored = (await listed(use)).find((k) => k.integrator === integrator);
      expect(stored).toMatchObject({ hourlyLimit: 25 });
      const card = page.locator('ul.records > li', { hasText: integrator });
      await card.waitFor();
      const facts = await card.locator('dl.facts').textContent();
      expect(facts).toContain('Đang dùng');
      expect(facts).toContain(`${key.slice(0, 9)}…`);
      expect(facts).toContain('25');

      // Dismissed, the key leaves the page; a reload never brings it back.
      await issued.getByRole('button', { name: 'Tôi đã lưu khóa' }).click();
      expect(await page.locator('main').textContent()).not.toContain(key);
      expect(await page.locator('#issued').isHidden()).toBe(true);
      await open(page, '/quan-ly/khoa-api/');
      expect(await page.content()).not.toContain(key);

      // Revoking asks first; "Hủy" keeps the key.
      const again = page.locator('ul.records > li', { hasText: integrator });
      await again.getByRole('button', { name: revokeName('Thu hồi', integrator) }).click();
      expect(await focusedText(page)).toContain(`Thu hồi khóa của ${integrator}?`);
      await expectClean(page, 'the revocation’s confirmation');
      await again.getByRole('button', { name: 'Hủy' }).click();
      expect(await focusedText(page)).toBe(`Thu hồi: ${integrator}`);
      expect((await listed(use)).find((k) => k.id === stored!.id)?.revokedAt).toBeUndefined();

      await again.getByRole('button', { name: revokeName('Thu hồi', integrator) }).click();
      await again.getByRole('button', { name: 'Thu hồi khóa' }).click();
      await expect.poll(() => statusText(page)).toContain(`Đã thu hồi khóa của ${integrator}.`);
      const revokedCard = page.locator('ul.records > li', { hasText: integrator });
      expect(await revokedCard.locator('dl.facts').textContent()).toContain('Đã thu hồi lúc');
      expect(await revokedCard.getByRole('button').count()).toBe(0);
      expect((await listed(use)).find((k) => k.id === stored!.id)?.revokedAt).toBeDefined();
      await context.close();
    });

    it('says it all in English too', async () => {
      const { env, browser } = use();
      const integrator = `Integration test app ${randomUUID().slice(0, 8)}`;
      const { context, page } = await signIn(browser, env.siteUrl, 'quan-tri');
      await open(page, '/quan-ly/khoa-api/');
      await page.getByRole('button', { name: 'English' }).click();
      await screenReady(page);
      expect(await page.locator('main h1').textContent()).toBe('Open311 API keys');
      await page.getByLabel('Integrator').fill(integrator);
      await page.getByRole('button', { name: 'Issue the key' }).click();
      await expect.poll(() => statusText(page)).toContain(`A key has been issued to ${integrator}.`);
      expect(await page.locator('#issued').textContent()).toContain('it will not be shown again');
      await page.locator('#issued').getByRole('button', { name: 'I have saved the key' }).click();
      await page
        .locator('ul.records > li', { hasText: integrator })
        .getByRole('button', { name: revokeName('Revoke', integrator) })
        .click();
      await page.getByRole('button', { name: 'Revoke the key' }).click();
      await expect.poll(() => statusText(page)).toContain(`${integrator}'s key has been revoked.`);
      await context.close();
    });

    it('is the admin’s alone: a secretariat has no link to it and is not allowed on it', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      expect(await page.locator('#console-nav').getByRole('link', { name: 'Khóa API Open311' }).count()).toBe(
        0,
      );
      await open(page, '/quan-ly/khoa-api/');
      expect(await page.locator('main h1').textContent()).toBe('Không được phép');
      await context.close();
    });
  });
}
