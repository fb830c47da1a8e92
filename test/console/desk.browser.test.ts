/**
 * The desk screens of issue #20 in real Chromium against the local stack and the built
 * site: one petition entered from the post, the secretariat's all-open view with its
 * filters and routing several petitions at once, the council's choice of working days,
 * the admin's holiday calendar, an agency's answer templates answering several petitions
 * at once; each screen axe-clean in both languages and at 360 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { expectScreensAccessible } from './browser/accessibility.ts';
import { routedPetition, useBrowserEnv } from './support/browser-env.ts';
import { open, screenReady, signIn, statusText } from './support/console-page.ts';

vi.setConfig({ testTimeout: 120_000 });
const use = useBrowserEnv();

const fieldError = (page: Page, name: string) =>
  page.locator(`main [data-field="${name}"] .field-error`).first().textContent();

describe('the secretariat’s desk', () => {
  it('enters a petition received by post, then finds it among the open ones and routes it with another', async () => {
    const { env, browser, submitPetition } = use();
    const other = await submitPetition({ title: 'Đường vào thôn Đồng Bé ngập nước khi mưa' });
    const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    await open(page, '/quan-ly/tiep-nhan/');
    await page.locator('[name=channel]').selectOption('post');
    await page.locator('[name="submitter.name"]').fill('Hà Văn Nam');
    await page.locator('[name="submitter.phone"]').fill('0912 555 010');
    await page.locator('[name="submitter.address"]').fill('Thôn Nà Pài, xã Thanh Sơn');
    await page.locator('[name="submitter.communeId"]').selectOption('thanh-son');
    await page.locator('[name=fieldId]').selectOption('dat-dai');
    await page.locator('[name=localityId]').selectOption('thanh-son');
    await page
      .locator('[name=content]')
      .fill('Thư gửi qua bưu điện: đề nghị đo đạc lại ranh giới đất của các hộ.');
    await page.getByRole('button', { name: 'Lưu kiến nghị' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await fieldError(page, 'title')).toBe('Trường này là bắt buộc.');
    await page.locator('[name=title]').fill('Đo đạc lại ranh giới đất thôn Nà Pài');
    await page.getByRole('button', { name: 'Lưu kiến nghị' }).click();
    await expect.poll(() => statusText(page)).toContain('Đã tiếp nhận kiến nghị');
    const code = ((await page.locator('#entered a').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    await open(page, '/quan-ly/tat-ca/?status=received&commune=thanh-son');
    const list = page.locator('main .paged-body');
    expect(await list.textContent()).toContain(code);
    expect(await list.textContent()).not.toContain(formatTrackingCode(other));
    await open(page, '/quan-ly/tat-ca/?status=received');
    await page.getByLabel(`Chọn kiến nghị ${code}`).check();
    await page.getByLabel(`Chọn kiến nghị ${formatTrackingCode(other)}`).check();
    await page.locator('#bulk-route [name=agencyId]').selectOption('phong-tnmt-huu-lung');
    await page.getByRole('button', { name: 'Chuyển các kiến nghị đã chọn' }).click();
    await expect
      .poll(() => page.locator('#bulk-outcome').textContent())
      .toContain('Đã thực hiện với 2 kiến nghị.');
    await screenReady(page);
    await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
    expect(await page.locator('dl.facts').first().textContent()).toContain('Đã chuyển');
    await context.close();
  });

  it('chooses working days for the council’s deadlines', async () => {
    const { env, browser } = use();
    const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    await open(page, '/quan-ly/cai-dat/');
    await page.locator('[name=deadlineCounting]').selectOption('working');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => statusText(page)).toContain('Đã lưu cài đặt.');
    await open(page, '/quan-ly/cai-dat/');
    expect(await page.locator('[name=deadlineCounting]').inputValue()).toBe('working');
    await page.locator('[name=deadlineCounting]').selectOption('calendar');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => statusText(page)).toContain('Đã lưu cài đặt.');
    await context.close();
  });
});

describe('the council’s structure', () => {
  it('adds an electoral unit with its communes, a delegate group for it and a delegate', async () => {
    const { env, browser } = use();
    const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    await open(page, '/quan-ly/co-cau/');
    const unit = page.locator('#electoral-units-new');
    await unit.locator('[name=number]').fill('9');
    await unit.getByRole('button', { name: 'Thêm' }).click();
    await unit.locator('.error-summary').waitFor();
    expect(await unit.locator('[data-field=name] .field-error').textContent()).toBe(
      'Trường này là bắt buộc.',
    );
    await unit.locator('[name=name]').fill('Đơn vị bầu cử số 9 (thử)');
    await unit.getByLabel('Thanh Sơn').check();
    await unit.getByRole('button', { name: 'Thêm' }).click();
    await expect.poll(() => statusText(page)).toContain('Đã lưu.');
    await screenReady(page);
    const group = page.locator('#groups-new');
    await group.locator('[name=name]').fill('Tổ đại biểu số 9 (thử)');
    await group.locator('[name=electoralUnitId]').selectOption({ label: '9. Đơn vị bầu cử số 9 (thử)' });
    await group.getByRole('button', { name: 'Thêm' }).click();
    await expect
      .poll(() => page.locator('#groups-title + details, section').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Tổ đại biểu số 9 (thử)')]));
    await screenReady(page);
    const delegate = page.locator('#delegates-new');
    await delegate.locator('[name=name]').fill('Lương Thị Thử');
    await delegate.locator('[name=groupId]').selectOption({ label: 'Tổ đại biểu số 9 (thử)' });
    await delegate.getByRole('button', { name: 'Thêm' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Lương Thị Thử');
    await context.close();
  });
});

describe('the holiday calendar', () => {
  it('the admin adds a day to a year; a weekday is refused as a day worked in exchange', async () => {
    const { env, browser } = use();
    const { context, page } = await signIn(browser, env.siteUrl, 'quan-tri');
    await open(page, '/quan-ly/ngay-nghi/');
    const year = page.locator('#year-2027');
    const before = await year.locator('fieldset.holiday').count();
    await year.getByRole('button', { name: 'Thêm ngày' }).click();
    const n = before;
    await year.locator(`[name="days.${n}.date"]`).fill('2027-03-02');
    await year.locator(`[name="days.${n}.kind"]`).selectOption('working');
    await year.locator(`[name="days.${n}.name"]`).fill('Ngày làm bù thử');
    await year.getByRole('button', { name: 'Lưu lịch năm 2027' }).click();
    await year.locator('.error-summary').waitFor();
    expect(await year.locator(`[data-field="days.${n}.date"] .field-error`).textContent()).toBe(
      'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
    );
    await year.locator(`[name="days.${n}.kind"]`).selectOption('off');
    await year.getByRole('button', { name: 'Lưu lịch năm 2027' }).click();
    await expect.poll(() => statusText(page)).toContain('Đã lưu lịch ngày nghỉ năm 2027.');
    await context.close();

    const reader = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    await open(reader.page, '/quan-ly/ngay-nghi/');
    const text = (await reader.page.locator('main').textContent()) ?? '';
    expect(text).toContain('02/03/2027 — Ngày làm bù thử');
    expect(text).toContain('Tết Nguyên đán');
    expect(await reader.page.locator('main form').count()).toBe(0);
    await reader.context.close();
  });
});

describe('an agency’s answer templates', () => {
  it('keeps a template, then acknowledges and answers two petitions from it, each with its commune', async () => {
    const { env, browser } = use();
    const first = await routedPetition(
      use,
      'Cấp giấy chứng nhận đất cho thôn Khe Nước',
      'phong-tnmt-huu-lung',
    );
    const second = await routedPetition(
      use,
      'Cấp giấy chứng nhận đất cho thôn Bãi Cả',
      'phong-tnmt-huu-lung',
    );
    const { context, page } = await signIn(browser, env.siteUrl, 'can-bo-tnmt-huu-lung');
    await open(page, '/quan-ly/mau-tra-loi/');
    const create = page.locator('#template-new');
    await create.locator('[name=name]').fill('Đất đai: đã cấp giấy');
    await create.locator('[name=text]').fill('Kính gửi cử tri xã {xa}: hồ sơ đã được cấp giấy.');
    await create.getByRole('button', { name: 'Thêm mẫu' }).click();
    await create.locator('.error-summary').waitFor();
    expect(await create.locator('[data-field=text] .field-error').textContent()).toContain('{commune}');
    await create
      .locator('[name=text]')
      .fill('Kính gửi cử tri xã {commune}: về kiến nghị {code}, {agency} đã cấp giấy chứng nhận cho các hộ.');
    await create.getByRole('button', { name: 'Thêm mẫu' }).click();
    await expect.poll(() => statusText(page)).toContain('Đã lưu mẫu trả lời.');
    await screenReady(page);

    await open(page, '/quan-ly/mau-tra-loi/?status=routed');
    for (const code of [first, second]) await page.getByLabel(`Chọn kiến nghị ${code}`).check();
    await page.getByRole('button', { name: 'Xác nhận đã nhận các kiến nghị đã chọn' }).click();
    await expect
      .poll(() => page.locator('#bulk-outcome').textContent())
      .toContain('Đã thực hiện với 2 kiến nghị.');

    await open(page, '/quan-ly/mau-tra-loi/?status=in_progress');
    for (const code of [first, second]) await page.getByLabel(`Chọn kiến nghị ${code}`).check();
    const bulk = page.locator('#bulk-answer');
    await bulk.locator('[name=templateId]').selectOption({ label: 'Đất đai: đã cấp giấy' });
    await bulk.locator('[name=documentNumber]').fill('77/TNMT');
    await bulk
      .locator('[name=documentDate]')
      .fill(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10));
    await bulk.locator('[name=result]').selectOption('resolved');
    await page.getByRole('button', { name: 'Trả lời các kiến nghị đã chọn' }).click();
    await expect
      .poll(() => page.locator('#bulk-outcome').textContent())
      .toContain('Đã thực hiện với 2 kiến nghị.');
    await open(page, `/quan-ly/kien-nghi/?ma=${first}`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Kính gửi cử tri xã Vân Nham');
    expect(main).toContain(first);
    await context.close();
  });
});

describe('the desk screens are accessible', () => {
  const SCREENS: Record<string, string[]> = {
    'thu-ky-huu-lung': ['/quan-ly/tat-ca/', '/quan-ly/tiep-nhan/', '/quan-ly/ngay-nghi/', '/quan-ly/co-cau/'],
    'can-bo-tnmt-huu-lung': ['/quan-ly/mau-tra-loi/'],
    'quan-tri': ['/quan-ly/ngay-nghi/'],
  };
  for (const [username, paths] of Object.entries(SCREENS)) {
    it(`has no axe violation in either language and fits 360 px: ${username}`, async () => {
      await expectScreensAccessible(use(), username, paths);
    }, 180_000);
  }
});
