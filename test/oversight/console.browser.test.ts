/**
 * Oversight in the staff console, in real Chromium against the local stack: the agency finds
 * an item in its queue (kind filter) and reports it done; the secretariat sends it back with
 * a reason, then accepts the next report; a delegate of the unit adds a follow-up note. The
 * screens are axe-clean.
 */

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { oversightRepository } from '../../functions/lib/data/oversight-repository.ts';
import type { FollowUpItem } from '../../shared/schemas/index.ts';
import { deadlineAfter } from '../../shared/time.ts';
import { open, signIn } from '../console/support/console-page.ts';
import { type ConsoleStack, startConsoleStack } from '../console/support/console-stack.ts';
import { axeViolations, launchChromium } from '../support/chromium.ts';

vi.setConfig({ testTimeout: 90_000 });

let env: ConsoleStack;
let browser: Browser;
const TEXT = 'Cấp giấy chứng nhận cho 40 hộ thôn Đồng Bé đã nộp hồ sơ hợp lệ.';

beforeAll(async () => {
  [env, browser] = await Promise.all([startConsoleStack(), launchChromium()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

async function newItem(): Promise<FollowUpItem> {
  const at = new Date().toISOString();
  const item: FollowUpItem = {
    id: `hm-browser-${Date.now()}`,
    councilId: 'huu-lung',
    source: { kind: 'resolution', id: 'huu-lung-nq-7', title: 'Nghị quyết về quản lý đất đai năm 2026' },
    text: TEXT,
    agencyId: 'phong-tnmt-huu-lung',
    deadline: deadlineAfter(at, -2),
    communeId: 'van-nham',
    status: 'open',
    reports: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await oversightRepository(env.stack.repos.db).createItem(item, []);
  return item;
}

const badges = (page: import('playwright-core').Page) => page.locator('main p.badges').first().textContent();

describe('oversight in the console', () => {
  it('is followed from the agency’s report through re-supervision to acceptance, with a delegate’s note', async () => {
    const item = await newItem();
    const agency = await signIn(browser, env.siteUrl, 'can-bo-tnmt-huu-lung');
    await agency.page.getByLabel('Loại việc').selectOption('all');
    await agency.page.locator('form:has(select[name=kind])').getByRole('button').click();
    const card = agency.page.locator('li.follow-up', { hasText: TEXT });
    await card.waitFor();
    expect(await card.textContent()).toContain('Quá hạn');
    await card.getByRole('link').click();
    await agency.page.locator('#progress').waitFor();
    expect(await axeViolations(agency.page)).toEqual([]);
    await agency.page.locator('#progress [name=text]').fill('Đã cấp giấy chứng nhận cho đủ 40 hộ.');
    await agency.page.locator('#progress [name=percent]').fill('100');
    await agency.page.locator('#progress [name=done]').check();
    await agency.page.locator('#progress').getByRole('button').click();
    await expect.poll(() => badges(agency.page)).toContain('Đã báo cáo hoàn thành');
    expect(await agency.page.locator('#accept').count()).toBe(0);

    const secretariat = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    await open(secretariat.page, `/quan-ly/giam-sat/hang-muc/?id=${item.id}`);
    await secretariat.page.locator('#resupervise').getByRole('button').click();
    await expect
      .poll(() => secretariat.page.locator('#resupervise .field-error').first().textContent())
      .toBeTruthy();
    await secretariat.page
      .locator('#resupervise [name=reason]')
      .fill('Kiểm tra thực tế: 6 hộ chưa nhận được giấy.');
    await secretariat.page.locator('#resupervise').getByRole('button').click();
    await expect.poll(() => badges(secretariat.page)).toContain('Đang thực hiện');
    expect(await secretariat.page.locator('.timeline').textContent()).toContain('6 hộ chưa nhận được giấy');

    await agency.page.reload();
    await agency.page.locator('#progress [name=text]').fill('Đã trao giấy cho 6 hộ còn lại.');
    await agency.page.locator('#progress [name=milestone]').fill('Trao đủ giấy chứng nhận');
    await agency.page.locator('#progress [name=done]').check();
    await agency.page.locator('#progress').getByRole('button').click();
    await expect.poll(() => badges(agency.page)).toContain('Đã báo cáo hoàn thành');

    await secretariat.page.reload();
    await secretariat.page.locator('#accept').getByRole('button').click();
    await expect.poll(() => badges(secretariat.page)).toContain('Đã hoàn thành');

    const delegate = await signIn(browser, env.siteUrl, 'dai-bieu-huu-lung-dv6');
    const mine = delegate.page.locator('li.follow-up', { hasText: TEXT });
    await mine.waitFor();
    await mine.getByRole('link').click();
    await delegate.page.locator('#note [name=note]').fill('Cử tri thôn Đồng Bé đã xác nhận nhận đủ giấy.');
    await delegate.page.locator('#note').getByRole('button').click();
    await expect
      .poll(() => delegate.page.locator('.timeline').textContent())
      .toContain('Cử tri thôn Đồng Bé');
    for (const staff of [agency, secretariat, delegate]) await staff.context.close();
  });

  it("shows the secretariat the council's activities and an activity's items, axe-clean", async () => {
    const secretariat = await signIn(browser, env.siteUrl, 'quan-tri');
    await open(secretariat.page, '/quan-ly/giam-sat/?hd=luc-ngan');
    const activity = secretariat.page.getByRole('link', { name: /đường giao thông nông thôn/ });
    await activity.first().waitFor();
    expect(await axeViolations(secretariat.page)).toEqual([]);
    await activity.first().click();
    await secretariat.page.locator('li.follow-up').first().waitFor();
    expect(await secretariat.page.locator('li.follow-up').count()).toBe(7);
    expect(await axeViolations(secretariat.page)).toEqual([]);
    await secretariat.context.close();
  });
});
