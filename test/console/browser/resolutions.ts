/**
 * The secretariat records a session's results in the console: a resolution (the API's field
 * errors beside the fields, the vote checked), one amending it, an interpellation with its
 * commitments whose ids survive an edit, and a stale save that reloads the form. Each screen
 * is axe-clean in both languages and fits 360 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_STAFF_PASSWORD } from '../../../infra/local/demo/staff.ts';
import { axeViolations } from '../../support/chromium.ts';
import type { BrowserEnv } from '../support/browser-env.ts';
import { open, screenReady, signIn, statusText } from '../support/console-page.ts';

const SESSION = 'huu-lung-kh12';
const fieldError = (page: Page, name: string) =>
  page.locator(`main [data-field="${name}"] .field-error`).first().textContent();
let serial = 700 + Math.floor(Math.random() * 200);

async function fillResolution(page: Page, title: string): Promise<string> {
  const number = `${++serial}/2026/NQ-HĐND`;
  await page.locator('[name=number]').fill(number);
  await page.locator('[name=title]').fill(title);
  await page.locator('[name=adoptedOn]').fill('2026-12-10');
  await page.locator('[name="vote.for"]').fill('30');
  await page.locator('[name="vote.against"]').fill('2');
  await page.locator('[name="vote.abstaining"]').fill('1');
  await page.locator('[name="vote.inOffice"]').fill('35');
  await page.getByLabel('Đất đai', { exact: true }).check();
  await page
    .locator('[name=summary]')
    .fill('Huyện điều chỉnh hệ số giá đất ở tại các xã ven quốc lộ cho sát thị trường.');
  return number;
}

/** Follows the session's resolutions screen to one of its record forms. */
async function openRecordForm(
  page: Page,
  link: 'Ghi nhận nghị quyết' | 'Ghi nhận phiên chất vấn',
): Promise<void> {
  await open(page, `/quan-ly/nghi-quyet/?session=${SESSION}`);
  await page.getByRole('link', { name: link }).click();
  await screenReady(page);
}

async function staffToken(env: BrowserEnv['env'], username: string): Promise<string> {
  const response = await fetch(`${env.stack.urls.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_STAFF_PASSWORD }),
  });
  return ((await response.json()) as { id_token: string }).id_token;
}

export function resolutionsSuite(use: () => BrowserEnv): void {
  describe('resolutions and interpellations in the console', () => {
    it('records a resolution, refusing a vote larger than the council beside its field, then one amending it', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await openRecordForm(page, 'Ghi nhận nghị quyết');
      expect(await page.locator('[name=sessionId]').inputValue()).toBe(SESSION);

      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.locator('main .error-summary').waitFor();
      expect(await fieldError(page, 'number')).toBe('Trường này là bắt buộc.');

      const first = await fillResolution(page, 'Nghị quyết điều chỉnh hệ số giá đất năm 2027');
      // The agenda item is picked from the session's agenda.
      await page.getByLabel('Nội dung kỳ họp', { exact: true }).selectOption(`${SESSION}-nd-2`);
      await page.locator('[name="vote.inOffice"]').fill('20');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await expect
        .poll(() => fieldError(page, 'vote.inOffice'))
        .toBe('Tổng số tán thành, không tán thành và không biểu quyết vượt quá số đại biểu.');
      await page.locator('[name="vote.inOffice"]').fill('35');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/quan-ly\/nghi-quyet\/\?session=/);
      await screenReady(page);
      await expect.poll(() => statusText(page)).toContain(`Đã lưu nghị quyết ${first}.`);
      const card = page.locator('main li.card', { hasText: first });
      expect(await card.textContent()).toContain(
        '30 tán thành, 2 không tán thành, 1 không biểu quyết / 35 đại biểu',
      );
      await card.getByRole('link', { name: /Sửa/ }).click();
      await screenReady(page);
      expect(await page.getByLabel('Nội dung kỳ họp', { exact: true }).inputValue()).toBe(`${SESSION}-nd-2`);
      await openRecordForm(page, 'Ghi nhận nghị quyết');
      const second = await fillResolution(page, 'Nghị quyết sửa đổi hệ số giá đất tại thị trấn');
      await page
        .locator('[data-field="amends[]"]')
        .getByLabel(new RegExp(`^${first.replace(/\//g, '\\/')}`))
        .check();
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/quan-ly\/nghi-quyet\/\?session=/);
      await screenReady(page);
      expect(await page.locator('main li.card', { hasText: first }).textContent()).toContain(
        'Đã được sửa đổi',
      );
      expect(await page.locator('main li.card', { hasText: second }).textContent()).toContain(
        'Đang có hiệu lực',
      );
      await context.close();
    });

    it('reloads the form with a message when someone saved the resolution in between', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, `/quan-ly/nghi-quyet/sua/?session=${SESSION}`);
      const number = await fillResolution(page, 'Nghị quyết về chương trình giám sát năm 2027');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/quan-ly\/nghi-quyet\/\?session=/);
      await screenReady(page);
      await page.locator('main li.card', { hasText: number }).getByRole('link', { name: /Sửa/ }).click();
      await screenReady(page);
      const id = new URL(page.url()).searchParams.get('id')!;
      const token = await staffToken(env, 'thu-ky-huu-lung');
      const meanwhile = await fetch(`${env.staffApiUrl}/v1/resolutions/${id}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'Nghị quyết về chương trình giám sát năm 2027 (bản khác)',
          version: 1,
        }),
      });
      expect(meanwhile.status).toBe(200);
      await page.locator('[name=title]').fill('Bản sửa của tôi');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await expect.poll(() => statusText(page)).toContain('vừa được người khác thay đổi');
      expect(await page.locator('[name=title]').inputValue()).toBe(
        'Nghị quyết về chương trình giám sát năm 2027 (bản khác)',
      );
      await context.close();
    });

    it('records an interpellation with two commitments and keeps their ids through an edit', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await openRecordForm(page, 'Ghi nhận phiên chất vấn');
      const topic = `Tiến độ đường liên xã Vân Nham – Minh Tiến ${serial}`;
      await page.locator('[name="respondent.name"]').fill('Ông Nguyễn Văn Hùng');
      await page.locator('[name="respondent.office"]').fill('Trưởng phòng Tài nguyên và Môi trường');
      await page.locator('[name=topic]').fill(topic);
      await page.locator('[name="commitments.0.text"]').fill('Hoàn thành bồi thường cho 12 hộ còn lại.');
      await page.locator('[name="commitments.0.agencyId"]').selectOption('phong-tnmt-huu-lung');
      await page.locator('[name="commitments.0.deadline"]').fill('2027-03-31');
      await page.getByRole('button', { name: 'Thêm cam kết' }).click();
      await page.locator('[name="commitments.1.text"]').fill('Bàn giao mặt bằng cho nhà thầu.');
      await page.locator('[name="commitments.1.agencyId"]').selectOption('ubnd-huu-lung');
      await page.locator('[name="commitments.1.deadline"]').fill('2027-06-30');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/quan-ly\/nghi-quyet\/\?session=/);
      await screenReady(page);
      const card = page.locator('main li.card', { hasText: topic });
      expect(await card.locator('ol li').count()).toBe(2);

      await card.getByRole('link', { name: /Sửa/ }).click();
      await screenReady(page);
      const ids = await page
        .locator('input[type=hidden][name$=".id"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(ids).toHaveLength(2);
      expect(ids[1]).toMatch(/-c2$/);
      await page.locator('[name="commitments.0.deadline"]').fill('2027-04-30');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/quan-ly\/nghi-quyet\/\?session=/);
      await screenReady(page);
      const interpellationId = new URL(
        (await page
          .locator('main li.card', { hasText: topic })
          .getByRole('link', { name: /Sửa/ })
          .getAttribute('href'))!,
        env.siteUrl,
      ).searchParams.get('id')!;
      const token = await staffToken(env, 'thu-ky-huu-lung');
      const read = await fetch(`${env.staffApiUrl}/v1/interpellations/${interpellationId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const { interpellation } = (await read.json()) as {
        interpellation: { commitments: { id: string; deadline: string }[] };
      };
      expect(interpellation.commitments.map((c) => c.id)).toEqual(ids);
      expect(interpellation.commitments[0]!.deadline).toBe('2027-04-30');
      await context.close();
    });

    it('has no axe violation on its screens, in both languages, and fits 360 px', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      const paths = [
        `/quan-ly/nghi-quyet/?session=${SESSION}`,
        `/quan-ly/nghi-quyet/sua/?session=${SESSION}`,
        `/quan-ly/nghi-quyet/chat-van/?session=${SESSION}`,
      ];
      for (const english of [false, true]) {
        if (english) {
          await page.getByRole('button', { name: 'English' }).click();
          await screenReady(page);
        }
        for (const width of [1024, 360]) {
          await page.setViewportSize({ width, height: 800 });
          for (const path of paths) {
            await open(page, path);
            expect(await axeViolations(page), `${path} at ${width}px`).toEqual([]);
            const [scroll, inner] = (await page.evaluate(
              '[document.documentElement.scrollWidth, window.innerWidth]',
            )) as [number, number];
            expect(scroll, path).toBeLessThanOrEqual(inner);
          }
        }
      }
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await context.close();
    }, 180_000);
  });
}
