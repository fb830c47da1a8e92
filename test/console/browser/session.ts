/**
 * Signing in and out, a sign-in that is no longer valid, working with the keyboard
 * alone, and the API's errors in the language the reader chose.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../../infra/local/demo/activity.ts';
import { DEMO_STAFF_PASSWORD, demoStaff } from '../../../infra/local/demo/staff.ts';
import type { BrowserEnv } from '../support/browser-env.ts';
import { open, screenReady, signIn, statusText } from '../support/console-page.ts';

export function sessionSuite(use: () => BrowserEnv): void {
  describe('signing in and out', () => {
    it('signs out: the token leaves the tab, and a console page asks to sign in again, then returns there', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'can-bo-tnmt-huu-lung');
      expect(await page.evaluate('sessionStorage.getItem("hdnd.console.session")')).not.toBeNull();
      expect(page.url()).not.toMatch(/token|eyJ/);
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/quan-ly\/dang-nhap\/$/);
      await page.getByText('Bạn đã đăng xuất.').waitFor();
      expect(await page.evaluate('sessionStorage.getItem("hdnd.console.session")')).toBeNull();

      await page.goto('/quan-ly/hang-doi/');
      await page.waitForURL(/\/quan-ly\/dang-nhap\/$/);
      await page.getByLabel('Tên đăng nhập').fill('can-bo-tnmt-huu-lung');
      await page.getByLabel('Mật khẩu').fill(DEMO_STAFF_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(/\/quan-ly\/hang-doi\/$/);
      await screenReady(page);
      expect(await page.locator('header').textContent()).toContain(
        demoStaff('can-bo-tnmt-huu-lung').user.name,
      );
      await context.close();
    });

    it('sends a reader whose token the API refuses (401) back to the sign-in page, saying why', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      // A token that reads well but that no issuer signed.
      await page.evaluate(`(() => {
        const s = JSON.parse(sessionStorage.getItem('hdnd.console.session'));
        const [head, body] = s.token.split('.');
        sessionStorage.setItem('hdnd.console.session', JSON.stringify({ ...s, token: head + '.' + body + '.Zm9yZ2Vk' }));
      })()`);
      await page.goto('/quan-ly/cai-dat/');
      await page.waitForURL(/\/quan-ly\/dang-nhap\/\?het-han=1$/);
      await page.getByText('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.').waitFor();
      expect(await page.evaluate('sessionStorage.getItem("hdnd.console.session")')).toBeNull();
      await context.close();
    });
  });

  describe('when the staff API cannot be reached', () => {
    it('says so on the screen, with its heading, instead of loading for ever', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'can-bo-tnmt-huu-lung');
      // The network drops every request to the staff API (what an outage looks like to the browser).
      await page.route(`${env.staffApiUrl}/**`, (route) => route.abort('connectionrefused'));
      await open(page, `/quan-ly/kien-nghi/?ma=${DEMO_CODES.routed}`);
      expect(await page.locator('main h1').textContent()).toBe('Kiến nghị');
      expect(await page.locator('main').textContent()).not.toContain('Đang tải');
      expect(await page.locator('[role=alert]').textContent()).toBe(
        'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
      );
      await page.unroute(`${env.staffApiUrl}/**`);
      await context.close();
    });
  });

  describe('working with the keyboard alone', () => {
    it('opens a petition from the queue and routes it without a pointer', async () => {
      const { env, browser, submitPetition } = use();
      const code = await submitPetition({ title: 'Sạt lở bờ suối thôn Đồng Bé sau mưa lớn' });
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      const focused = () => page.evaluate('document.activeElement?.textContent ?? ""') as Promise<string>;
      const tabTo = async (matches: () => Promise<boolean>) => {
        for (let i = 0; i < 150 && !(await matches()); i += 1) await page.keyboard.press('Tab');
        expect(await matches()).toBe(true);
      };
      const onLink = () => page.evaluate('document.activeElement.tagName') as Promise<string>;
      await tabTo(async () => (await onLink()) === 'A' && (await focused()).includes(code));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/quan-ly\/kien-nghi\//);
      await screenReady(page);
      // The page's heading has the focus: the next Tab starts from the petition.
      expect(await page.evaluate('document.activeElement.tagName')).toBe('H1');
      await tabTo(async () => (await page.evaluate('document.activeElement.name')) === 'agencyId');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Đề nghị kiểm tra hiện trạng.');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Chuyển');
      await page.keyboard.press('Enter');
      await expect.poll(() => statusText(page)).toContain('Đã chuyển kiến nghị.');
      await context.close();
    });
  });

  describe('English, when the reader chooses it', () => {
    it('shows the console and the API’s field errors in English', async () => {
      const { env, browser, submitPetition } = use();
      const code = await submitPetition({ title: 'Cống thoát nước thôn Đồng Bé bị tắc' });
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await page.getByRole('button', { name: 'English' }).click();
      await screenReady(page);
      expect(await page.locator('main h1').textContent()).toBe('Triage');
      await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
      await page.locator('#reject').getByRole('button', { name: 'Reject' }).click();
      await page.locator('#reject .error-summary').waitFor();
      expect(await page.locator('#reject .error-summary').textContent()).toContain('not valid');
      expect(await page.locator('#reject [data-field=reason] .field-error').textContent()).toBe(
        'This field is required.',
      );
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await screenReady(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
      await context.close();
    });
  });
}
