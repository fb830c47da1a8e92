/**
 * The secretariat's sessions screens in real Chromium against the local stack (DESIGN §8):
 * plan a session, give it an agenda (a document link, an item open for views), a stale save
 * refused, views entered from a meeting, online views published or not published with a
 * reason; every error beside its field; axe-clean in both languages, at 360 px too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../support/chromium.ts';
import { useBrowserEnv } from './support/browser-env.ts';
import { open, signIn, statusText } from './support/console-page.ts';

vi.setConfig({ testTimeout: 120_000 });
const use = useBrowserEnv();

const fieldError = (page: Page, name: string, scope = 'main') =>
  page.locator(`${scope} [data-field="${name}"] .field-error`).first().textContent();

/** A Vietnam calendar day `days` from now, as a date input takes it. */
const day = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 7 * 3600_000).toISOString().slice(0, 10);

describe('the secretariat plans a session and its agenda', () => {
  it('plans a session, saves an agenda with a document and an item open for views, refuses a stale save', async () => {
    const { env, browser } = use();
    const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    await open(page, '/quan-ly/ky-hop/');
    expect(await page.locator('main').textContent()).toContain('Kỳ họp thứ 12, HĐND huyện Hữu Lũng');

    const plan = page.locator('#plan-session');
    await plan.getByLabel('Tên kỳ họp').fill('Kỳ họp thứ 14 (chuyên đề), HĐND huyện Hữu Lũng');
    await plan.getByLabel('Số kỳ họp').fill('14');
    await plan.getByLabel('Loại kỳ họp').selectOption('thematic');
    await plan.getByLabel('Ngày khai mạc').fill(day(40));
    await plan.getByLabel('Ngày bế mạc').fill(day(39));
    await plan.getByLabel('Địa điểm').fill('Hội trường HĐND – UBND huyện Hữu Lũng');
    await plan.getByRole('button', { name: 'Lên kế hoạch kỳ họp' }).click();
    await expect.poll(() => fieldError(page, 'closesOn', '#plan-session')).toContain('kết thúc phải sau');
    await plan.getByLabel('Ngày bế mạc').fill(day(41));
    await Promise.all([
      page.waitForURL('**/quan-ly/ky-hop/sua/?id=huu-lung-kh14'),
      plan.getByRole('button', { name: 'Lên kế hoạch kỳ họp' }).click(),
    ]);
    await open(page, '/quan-ly/ky-hop/sua/?id=huu-lung-kh14');
    expect(await page.locator('h1').textContent()).toBe('Kỳ họp thứ 14 (chuyên đề), HĐND huyện Hữu Lũng');

    // A second editor opens the same agenda before the first saves.
    const second = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    const other = second.page;
    await open(other, '/quan-ly/ky-hop/sua/?id=huu-lung-kh14');

    const agenda = page.locator('#agenda');
    await agenda.getByRole('button', { name: 'Thêm nội dung' }).click();
    const item = agenda.locator('#item-1');
    await item
      .getByLabel('Tên nội dung')
      .fill('Dự thảo nghị quyết về chính sách hỗ trợ giáo viên vùng khó khăn');
    await item.getByLabel('Loại nội dung').selectOption('draft_resolution');
    await item.getByLabel('Cơ quan trình').selectOption('phong-gddt-huu-lung');
    await item.getByLabel(/Tài liệu/).fill('Tờ trình | javascript:alert(1)');
    await item.getByLabel('Nhận ý kiến cử tri về nội dung này').check();
    await item.getByLabel('Nhận ý kiến đến hết ngày').fill(day(35));
    await agenda.getByRole('button', { name: 'Lưu chương trình' }).click();
    await expect
      .poll(() => fieldError(page, 'items.0.documents', '#agenda'))
      .toContain('Đường dẫn không hợp lệ');
    await item.getByLabel(/Tài liệu/).fill('Tờ trình | https://hdnd.example.vn/tai-lieu/tt-giao-vien.pdf');
    await agenda.getByRole('button', { name: 'Lưu chương trình' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => statusText(page)).toContain('Đã lưu chương trình kỳ họp.');
    const stored = await env.stack.repos.sessions.getAgenda('huu-lung-kh14');
    expect(stored?.items).toMatchObject([
      {
        id: 'huu-lung-kh14-nd-1',
        kind: 'draft_resolution',
        presentingBodyId: 'phong-gddt-huu-lung',
        documents: [{ title: 'Tờ trình', url: 'https://hdnd.example.vn/tai-lieu/tt-giao-vien.pdf' }],
        viewsOpen: true,
        viewsUntil: day(35),
      },
    ]);

    // The other editor still holds version 0: its save is refused, and nothing changes.
    await other.locator('#agenda').getByRole('button', { name: 'Thêm nội dung' }).click();
    await other.locator('#agenda #item-1').getByLabel('Tên nội dung').fill('Báo cáo khác');
    await other.locator('#agenda').getByRole('button', { name: 'Lưu chương trình' }).click();
    await expect
      .poll(() => other.locator('#agenda .error-summary').textContent())
      .toContain('người khác thay đổi');
    expect((await env.stack.repos.sessions.getAgenda('huu-lung-kh14'))?.items).toHaveLength(1);
    await second.context.close();
    await context.close();
  });
});

describe('the secretariat compiles the views on the agenda', () => {
  it('enters views from a meeting, publishes one online view and does not publish another', async () => {
    const { env, browser } = use();
    const give = await fetch(`${env.stack.urls.publicApi}/v1/sessions/huu-lung-kh12/views`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        agendaItemId: 'huu-lung-kh12-nd-3',
        communeId: 'dong-tien',
        text: 'Quảng cáo dịch vụ không liên quan đến nội dung kỳ họp.',
        consentToPublish: true,
      }),
    });
    expect(give.status).toBe(201);
    const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    await open(page, '/quan-ly/ky-hop/sua/?id=huu-lung-kh12');

    const entry = page.locator('#enter-views');
    await entry.getByLabel('Buổi tiếp xúc cử tri').selectOption('hl-txct-truoc-kh12-minh-tien');
    await entry.getByLabel('Nội dung kỳ họp').selectOption('huu-lung-kh12-nd-1');
    await entry.getByLabel('Xã/phường').selectOption('van-nham');
    await entry
      .locator('[name=text]')
      .fill('Cử tri đề nghị báo cáo làm rõ kết quả giải ngân vốn đầu tư công.');
    await entry.getByLabel('Số cử tri nêu ý kiến').fill('0');
    await entry.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => fieldError(page, 'voterCount', '#enter-views')).not.toBe('');
    await entry.getByLabel('Số cử tri nêu ý kiến').fill('8');
    await entry.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => statusText(page)).toContain('Đã nhập ý kiến.');
    await expect.poll(() => page.locator('main').textContent()).toContain('Tại buổi tiếp xúc, 8 cử tri');

    // The demo's pending online view: published.
    await page
      .locator('li', { hasText: 'trạm y tế xã' })
      .getByRole('button', { name: 'Đăng', exact: true })
      .click();
    await page.waitForLoadState('load');
    await expect.poll(() => statusText(page)).toContain('Đã đăng ý kiến.');
    // The advertisement: not published without a reason, then with one.
    const advert = page.locator('li', { hasText: 'Quảng cáo dịch vụ' });
    await advert.getByRole('button', { name: 'Không đăng' }).click();
    await expect.poll(() => advert.locator('[data-field="reason"] .field-error').textContent()).not.toBe('');
    await advert.getByLabel('Lý do không đăng').fill('Nội dung quảng cáo.');
    await advert.getByRole('button', { name: 'Không đăng' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => statusText(page)).toContain('Đã ghi nhận không đăng ý kiến.');

    const { views } = await env.stack.repos.sessions.contents('huu-lung-kh12');
    expect(views.find((v) => v.text.includes('trạm y tế xã'))?.status).toBe('published');
    expect(views.find((v) => v.text.includes('Quảng cáo dịch vụ'))).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Nội dung quảng cáo.',
    });
    expect(views.find((v) => v.text.includes('giải ngân vốn'))).toMatchObject({
      source: 'meeting',
      voterCount: 8,
    });
    await context.close();
  });

  it('the sessions screens have no axe violation and fit the screen, in both languages and at 360 px', async () => {
    const { env, browser } = use();
    const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    for (const english of [false, true]) {
      if (english) {
        await page.getByRole('button', { name: 'English' }).click();
        await page.waitForLoadState('load');
      }
      for (const path of ['/quan-ly/ky-hop/', '/quan-ly/ky-hop/sua/?id=huu-lung-kh12']) {
        for (const width of [1024, 360]) {
          await page.setViewportSize({ width, height: 800 });
          await open(page, path);
          const [scroll, inner] = (await page.evaluate(
            '[document.documentElement.scrollWidth, window.innerWidth]',
          )) as [number, number];
          expect(scroll, `${path} is ${scroll}px wide on a ${inner}px screen`).toBeLessThanOrEqual(inner);
          const violations = await axeViolations(page);
          expect(
            violations,
            `${path} ${english ? 'en' : 'vi'} ${width}: ${JSON.stringify(violations)}`,
          ).toEqual([]);
        }
      }
    }
    expect(await page.locator('h1').first().textContent()).toContain('Kỳ họp thứ 12');
    await context.close();
  });
});
