/**
 * The secretariat's daily work in the console: merge a duplicate found by words typed
 * without diacritics, reject with a reason, enter a meeting's petitions together, plan a
 * meeting (with its compliance warning), publish and cancel it, download the summary
 * report. Every form shows the API's field errors beside the fields.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { asStaff, type BrowserEnv } from '../support/browser-env.ts';
import { open, screenReady, signIn, statusText } from '../support/console-page.ts';

/** The error shown beside the field named `name` (empty when there is none), in `scope`. */
const fieldError = (page: Page, name: string, scope = 'main') =>
  page.locator(`${scope} [data-field="${name}"] .field-error`).first().textContent();

/** A Vietnam wall-clock time `days` from now, as a datetime-local input takes it. */
function vietnamInput(days: number, hhmm: string): string {
  const date = new Date(Date.now() + days * 86_400_000 + 7 * 3600_000).toISOString().slice(0, 10);
  return `${date}T${hhmm}`;
}

/** Fills the `n`th petition of the form that enters a meeting's petitions together. */
async function fillEntry(page: Page, n: number, name: string, title: string): Promise<void> {
  await page.locator(`[name="petitions.${n}.submitter.name"]`).fill(name);
  await page.locator(`[name="petitions.${n}.submitter.phone"]`).fill(`0912 000 11${n}`);
  await page.locator(`[name="petitions.${n}.submitter.address"]`).fill('Thôn Làng Ngõa, xã Vân Nham');
  await page.locator(`[name="petitions.${n}.submitter.communeId"]`).selectOption('van-nham');
  await page.locator(`[name="petitions.${n}.fieldId"]`).selectOption('an-toan-giao-thong');
  await page.locator(`[name="petitions.${n}.localityId"]`).selectOption('van-nham');
  await page.locator(`[name="petitions.${n}.title"]`).fill(title);
  await page
    .locator(`[name="petitions.${n}.content"]`)
    .fill('Cử tri nêu tại buổi tiếp xúc, đề nghị các cơ quan xem xét giải quyết.');
}

export function secretariatSuite(use: () => BrowserEnv): void {
  describe('the secretariat’s work', () => {
    it('merges a duplicate into a primary found by words typed without diacritics', async () => {
      const { env, browser, submitPetition } = use();
      const primary = await submitPetition({ title: 'Đèn chiếu sáng trên đường trục thôn Đồng Bé bị hỏng' });
      const duplicate = await submitPetition({ title: 'Đèn đường thôn Đồng Bé hỏng đã nhiều tháng' });
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, `/quan-ly/kien-nghi/?ma=${duplicate}`);

      const merge = page.locator('#merge');
      await merge.locator('[name=q]').fill('den chieu sang dong be');
      const into = merge.getByRole('button', { name: `Gộp vào ${primary}` });
      // Found through the staff search API once the stream has indexed the primary: within seconds,
      // later on a busy machine, so the clerk searches again until it is there.
      await expect
        .poll(
          async () => {
            await merge.getByRole('button', { name: 'Tìm' }).click();
            return into.waitFor({ timeout: 3000 }).then(
              () => true,
              () => false,
            );
          },
          { timeout: 60_000, interval: 500 },
        )
        .toBe(true);
      expect(await merge.locator('.merge-into').first().textContent()).toContain(primary);
      expect(await merge.locator('.merge-into', { hasText: duplicate }).count()).toBe(0);
      expect(await merge.locator('.merge-into mark').first().textContent()).toBe('chiếu');
      await into.click();
      await expect.poll(() => statusText(page)).toContain(`Đã gộp kiến nghị vào ${primary}.`);
      const facts = page.locator('dl.facts').first();
      expect(await facts.textContent()).toContain('Đã gộp');
      expect(await facts.getByRole('link', { name: primary }).count()).toBe(1);

      await open(page, `/quan-ly/kien-nghi/?ma=${primary}`);
      expect(await page.locator('dl.facts').first().textContent()).toContain('Số cử tri cùng kiến nghị2');
      await context.close();
    });

    it('finds any petition of the council from triage, by words or code, the words marked, from the keyboard', async () => {
      const { env, browser, submitPetition } = use();
      const code = await submitPetition({ title: 'Mương thủy lợi Nà Khoang bị bồi lấp' });
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, '/quan-ly/phan-loai/');
      const panel = page.locator('#staff-search');
      const box = panel.getByLabel('Mã theo dõi hoặc từ cần tìm');
      const result = panel.locator('.search-results a', { hasText: code });
      // The stream indexes the new petition within seconds: search again until it is there.
      await expect
        .poll(
          async () => {
            await box.fill('muong thuy loi na khoang');
            await box.press('Enter');
            await panel.locator('.search-found > h3').waitFor();
            return result.count();
          },
          { timeout: 20_000, interval: 500 },
        )
        .toBe(1);
      expect(await result.locator('mark').allTextContents()).toEqual([
        'Mương',
        'thủy',
        'lợi',
        'Nà',
        'Khoang',
      ]);
      // Focus goes to the results' heading once they are drawn (the last search's answer may still
      // be on its way when the count above is read); Tab reaches the first result's link.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
      await box.fill(code.toLowerCase().replaceAll('-', ''));
      await box.press('Enter');
      await expect
        .poll(() => panel.locator('.search-results a').allTextContents())
        .toEqual([expect.stringContaining(code)]);
      await box.fill('khongcotukhoanay');
      await box.press('Enter');
      await expect
        .poll(() => panel.locator('.search-found').textContent())
        .toContain('Không tìm thấy kiến nghị nào cho “khongcotukhoanay”.');
      await box.press('Escape');
      expect(await panel.locator('.search-found').textContent()).toBe('');
      await context.close();
    });

    it('rejects with a reason, saying beside the reason field when it is missing', async () => {
      const { env, browser, submitPetition } = use();
      const code = await submitPetition({ title: 'Quảng cáo dịch vụ vay tiền nhanh' });
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
      const reject = page.locator('#reject');
      await reject.getByRole('button', { name: 'Không tiếp nhận' }).click();
      await reject.locator('.error-summary').waitFor();
      expect(await fieldError(page, 'reason', '#reject')).toBe('Trường này là bắt buộc.');
      const reason = reject.locator('[name=reason]');
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      const errorId = await reject.locator('[data-field=reason] .field-error').getAttribute('id');
      expect(await reason.getAttribute('aria-describedby')).toContain(errorId!);

      await reason.fill('Nội dung là quảng cáo, không phải kiến nghị của cử tri.');
      await reject.getByRole('button', { name: 'Không tiếp nhận' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã ghi nhận không tiếp nhận kiến nghị.');
      expect(await page.locator('dl.facts').first().textContent()).toContain('Không tiếp nhận');
      expect(await page.locator('.timeline').textContent()).toContain('Nội dung là quảng cáo');
      await context.close();
    });

    it('enters the petitions raised at a meeting together, with an error beside the petition it concerns', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, '/quan-ly/nhap-kien-nghi/');
      await page.locator('[name=meetingId]').selectOption('hl-txct-sau-kh11-van-nham');
      await fillEntry(page, 0, 'Hoàng Văn Tư', 'Lắp biển báo tại ngã ba Làng Ngõa');
      await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
      await fillEntry(page, 1, 'Vi Thị Năm', 'Gờ');
      await page.getByRole('button', { name: 'Lưu các kiến nghị' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await fieldError(page, 'petitions.1.title')).toContain('Cần ít nhất 5 ký tự');
      expect(await fieldError(page, 'petitions.0.title')).toBe('');
      expect(await page.locator('[name="petitions.0.title"]').inputValue()).toBe(
        'Lắp biển báo tại ngã ba Làng Ngõa',
      );

      await page
        .locator('[name="petitions.1.title"]')
        .fill('Gờ giảm tốc trước cổng trường tiểu học Vân Nham');
      await page.getByRole('button', { name: 'Lưu các kiến nghị' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã nhập 2 kiến nghị.');
      const entered = page.locator('#entered a');
      expect(await entered.count()).toBe(2);
      await entered.first().click();
      await screenReady(page);
      expect(await page.locator('dl.facts').first().textContent()).toContain('Tại buổi tiếp xúc cử tri');
      await context.close();
    });

    it('plans a meeting, warns that it is late for its session, edits it (409 for a stale editor), publishes, postpones and cancels it', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, '/quan-ly/tiep-xuc/sua/');
      const title = 'Tiếp xúc cử tri trước kỳ họp thứ 12 tại xã Đồng Tiến';
      await page.locator('[name=kind]').selectOption('before_session');
      await page.locator('[name=title]').fill(title);
      await page.locator('[name=sessionId]').selectOption('huu-lung-kh12');
      await page.locator('[name=groupId]').selectOption('to-huu-lung-dv6');
      await page.getByRole('checkbox', { name: 'Đồng Tiến' }).check();
      await page.locator('[name="venue.name"]').fill('Nhà văn hóa xã Đồng Tiến');
      await page.locator('[name="venue.address"]').fill('Thôn Đồng Tiến, xã Đồng Tiến');
      await page.locator('[name=startsAt]').fill(vietnamInput(20, '10:00'));
      // Ending before it starts: the API's error appears beside "ends".
      await page.locator('[name=endsAt]').fill(vietnamInput(20, '08:00'));
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await fieldError(page, 'endsAt')).toBe('Thời gian kết thúc phải sau thời gian bắt đầu.');
      await page.locator('[name=endsAt]').fill(vietnamInput(20, '11:30'));
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/quan-ly\/tiep-xuc\/$/);
      await screenReady(page);
      expect(await statusText(page)).toContain('Đã lưu buổi tiếp xúc.');
      expect(await page.locator('section', { hasText: 'Cảnh báo tuân thủ' }).textContent()).toMatch(
        new RegExp(`“${title}” dự kiến chỉ \\d+ ngày trước kỳ họp`),
      );

      // Two editors: the first renames it; the second, who read it before, gets a 409 and the form again.
      const created = page.locator('ul.meetings > li', { hasText: title });
      const editHref = (await created.getByRole('link', { name: `Sửa ${title}` }).getAttribute('href'))!;
      const other = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(other.page, editHref);
      await open(page, editHref);
      const renamed = `${title} (điều chỉnh)`;
      await page.locator('[name=title]').fill(renamed);
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/quan-ly\/tiep-xuc\/$/);
      await screenReady(page);
      await other.page.locator('[name="venue.name"]').fill('Hội trường UBND xã Đồng Tiến');
      await other.page.getByRole('button', { name: 'Lưu' }).click();
      await expect.poll(() => statusText(other.page)).toContain('Dữ liệu vừa được người khác thay đổi');
      expect(await other.page.locator('[name=title]').inputValue()).toBe(renamed);
      await other.context.close();

      const card = page.locator('ul.meetings > li', { hasText: renamed });
      await card.getByRole('button', { name: `Công bố ${renamed}` }).click();
      await expect.poll(() => statusText(page)).toContain('Đã công bố buổi tiếp xúc.');
      expect(await card.locator('.badges').textContent()).toContain('Đã công bố');

      await card.locator('summary', { hasText: 'Tạm hoãn' }).click();
      await card.getByLabel(`Lý do tạm hoãn (${renamed})`).fill('Chờ lịch của Thường trực HĐND huyện.');
      await card.getByRole('button', { name: `Tạm hoãn ${renamed}` }).click();
      await expect.poll(() => statusText(page)).toContain('Đã tạm hoãn buổi tiếp xúc.');
      expect(await card.locator('.badges').textContent()).toContain('Tạm hoãn');

      await card.locator('summary', { hasText: 'Hủy buổi' }).click();
      await card.getByLabel(`Lý do hủy (${renamed})`).fill('Trùng lịch họp của Thường trực HĐND huyện.');
      await card.getByRole('button', { name: 'Hủy buổi' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã hủy buổi tiếp xúc.');
      expect(await card.locator('.badges').textContent()).toContain('Đã hủy');
      await context.close();
    }, 60_000);

    it('records a meeting that has taken place as held, after which its report can be downloaded', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      await open(page, '/quan-ly/tiep-xuc/sua/');
      const title = 'Tiếp xúc cử tri chuyên đề về đất đai tại xã Minh Tiến';
      await page.locator('[name=kind]').selectOption('thematic');
      await page.locator('[name=title]').fill(title);
      await page.getByRole('checkbox', { name: 'Minh Tiến' }).check();
      await page.locator('[name="venue.name"]').fill('Nhà văn hóa xã Minh Tiến');
      await page.locator('[name="venue.address"]').fill('Thôn Đồng Ván, xã Minh Tiến');
      await page.locator('[name=startsAt]').fill(vietnamInput(-2, '08:00'));
      await page.locator('[name=endsAt]').fill(vietnamInput(-2, '11:00'));
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/quan-ly\/tiep-xuc\/$/);
      await screenReady(page);

      const card = page.locator('ul.meetings > li', { hasText: title });
      await card.locator('summary', { hasText: 'Ghi nhận đã diễn ra' }).click();
      await card.getByLabel(`Số cử tri tham dự (${title})`).fill('-3');
      await card.getByRole('button', { name: `Ghi nhận đã diễn ra ${title}` }).click();
      await card.locator('.error-summary').waitFor();
      expect(await card.locator('[data-field=attendance] .field-error').textContent()).not.toBe('');
      await card.getByLabel(`Số cử tri tham dự (${title})`).fill('85');
      await card.getByRole('button', { name: `Ghi nhận đã diễn ra ${title}` }).click();
      await expect.poll(() => statusText(page)).toContain('Đã ghi nhận buổi tiếp xúc đã diễn ra.');
      expect(await card.locator('.badges').textContent()).toContain('Đã diễn ra');
      expect(await card.getByRole('button', { name: 'Tải báo cáo (.docx)' }).count()).toBe(1);
      await context.close();
    });

    it('downloads the summary report of a meeting as .docx and as .csv holding its petitions', async () => {
      const { env, browser } = use();
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
      // A petition of its own, raised at the demo meeting held in Vân Nham, for the table to hold.
      const raised = 'Nạo vét kênh mương nội đồng thôn Làng Ngõa';
      await open(page, '/quan-ly/nhap-kien-nghi/');
      await page.locator('[name=meetingId]').selectOption('hl-txct-sau-kh11-van-nham');
      await fillEntry(page, 0, 'Lộc Văn Sáu', raised);
      await page.getByRole('button', { name: 'Lưu các kiến nghị' }).click();
      await expect.poll(() => statusText(page)).toContain('Đã nhập 1 kiến nghị.');

      await open(page, '/quan-ly/tiep-xuc/');
      const card = page.locator('ul.meetings > li', { has: page.getByRole('heading', { name: /Vân Nham/ }) });
      const held = card.filter({ hasText: 'Đã diễn ra' }).first();
      for (const [button, extension] of [
        ['Tải báo cáo (.docx)', '.docx'],
        ['Tải bảng (.csv)', '.csv'],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          held.getByRole('button', { name: new RegExp(`^${button.replace(/[().]/g, '\\$&')}`) }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(
          new RegExp(`^bao-cao-tong-hop-kien-nghi-cu-tri-.*\\${extension}$`),
        );
        const bytes = await readFile((await download.path())!);
        if (extension === '.docx') expect(bytes.subarray(0, 2).toString()).toBe('PK');
        else expect(bytes.toString('utf8')).toContain(raised);
      }
      expect(await statusText(page)).toContain('Đã tải bao-cao-tong-hop-kien-nghi-cu-tri-');
      await context.close();
    });

    it('pages through the triage queue, forward and back', async () => {
      const { env, browser, submitPetition } = use();
      // Sơn Động's queue, so that Hữu Lũng's, where the other tests look for their petitions, stays
      // short. Sơn Động routes without review, which would leave its queue empty: not while this runs.
      const routeWithoutReview = (autoRoute: boolean) =>
        asStaff(use, 'thu-ky-son-dong', {
          method: 'PUT',
          path: '/v1/councils/son-dong/settings',
          body: { deadlineDays: 30, autoRoute },
        });
      await routeWithoutReview(false);
      for (let i = 0; i < 26; i += 1)
        await submitPetition({ title: `Kiến nghị số ${i + 1} về đất đai xã An Châu`, communeId: 'an-chau' });
      await routeWithoutReview(true);
      const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-son-dong');
      const codes = () => page.locator('li.petition .mono').allTextContents();
      const first = await codes();
      expect(first).toHaveLength(25);
      await page.getByRole('button', { name: 'Trang sau' }).click();
      await expect.poll(() => page.locator('.page-number').textContent()).toBe('Trang 2');
      const second = await codes();
      expect(second.length).toBeGreaterThan(0);
      expect(second.filter((c) => first.includes(c))).toEqual([]);
      expect(await page.evaluate('document.activeElement.className')).toContain('paged-body');
      await page.getByRole('button', { name: 'Trang trước' }).click();
      await expect.poll(() => page.locator('.page-number').textContent()).toBe('Trang 1');
      expect(await codes()).toEqual(first);
      expect(await page.getByRole('button', { name: 'Trang trước' }).isDisabled()).toBe(true);
      expect(first.every((c) => formatTrackingCode(c) === c)).toBe(true);
      await context.close();
    }, 60_000);
  });
}
