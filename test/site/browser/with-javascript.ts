/** The petition form with JavaScript: inline Vietnamese messages from the shared schema, and one petition per submission. */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Context, fillPetitionForm, openPage } from './context.ts';

const petitionPosts = (page: Page) => {
  const posts: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/v1/petitions') posts.push(r);
  });
  return posts;
};

async function petitionsTitled(ctx: Context, title: string): Promise<number> {
  const page = await ctx().site.stack.repos.petitions.listCouncilQueue('huu-lung', 'received', {
    limit: 100,
  });
  return page.items.filter((p) => p.title === title).length;
}

export function withJavaScript(ctx: Context) {
  describe('with JavaScript enabled', () => {
    it('shows the schema’s messages in Vietnamese beside each field, as the citizen goes', async () => {
      const { page, close } = await openPage(ctx());
      try {
        const posts = petitionPosts(page);
        await page.goto('/gui-kien-nghi/');
        await page.click('form[data-petition-form] button[type=submit]');
        await expect(page.locator('#error-summary').isVisible()).resolves.toBe(true);
        await expect(page.locator('#e-submitter-name').textContent()).resolves.toBe(
          'Trường này là bắt buộc.',
        );
        await expect(page.locator('#f-submitter-name').getAttribute('aria-invalid')).resolves.toBe('true');
        await expect(page.locator('#e-submitter-email').textContent()).resolves.toBe(
          'Vui lòng cho biết email hoặc số điện thoại để nhận thông báo.',
        );
        await expect(page.locator('#e-consentToPublish').textContent()).resolves.toBe(
          'Vui lòng cho biết bạn có đồng ý công khai nội dung (đã ẩn danh) hay không.',
        );
        await page.fill('#f-submitter-phone', '12345');
        await page.fill('#f-content', 'Quá ngắn');
        await page.locator('#f-content').blur();
        await expect(page.locator('#e-submitter-phone').textContent()).resolves.toBe(
          'Số điện thoại không hợp lệ. Ví dụ: 0912345678 hoặc +84912345678.',
        );
        await expect(page.locator('#e-content').textContent()).resolves.toBe('Cần ít nhất 20 ký tự.');
        await page.fill('#f-submitter-name', 'Lò Văn Công Dân');
        await page.locator('#f-submitter-name').blur();
        await expect(page.locator('#e-submitter-name').isHidden()).resolves.toBe(true);
        expect(posts).toHaveLength(0);
      } finally {
        await close();
      }
    });

    it('sends one petition when the button is double-clicked, with an Idempotency-Key, and shows the code', async () => {
      const { page, close } = await openPage(ctx());
      try {
        const posts = petitionPosts(page);
        await page.goto('/gui-kien-nghi/');
        const title = `Cầu tràn thôn Đồng Mười (nhấp đúp ${Date.now()})`;
        await fillPetitionForm(page, title);
        await Promise.all([
          page.waitForURL('**/gui-kien-nghi/da-gui?ma=*'),
          page.dblclick('form[data-petition-form] button[type=submit]'),
        ]);
        expect(posts).toHaveLength(1);
        expect(posts[0]!.headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
        expect(posts[0]!.headers()['content-type']).toBe('application/json');
        expect(await petitionsTitled(ctx, title)).toBe(1);
      } finally {
        await close();
      }
    });

    it('retries a submission whose connection dropped with the same Idempotency-Key, making one petition', async () => {
      const { page, close } = await openPage(ctx());
      try {
        const posts = petitionPosts(page);
        let dropped = false;
        // The first request reaches the API, but its answer is lost on the way back.
        await page.route('**/v1/petitions', async (route) => {
          if (dropped) return route.continue();
          dropped = true;
          await route.fetch();
          await route.abort('connectionreset');
        });
        await page.goto('/gui-kien-nghi/');
        const title = `Cầu tràn thôn Đồng Mười (mất kết nối ${Date.now()})`;
        await fillPetitionForm(page, title);
        await Promise.all([
          page.waitForURL('**/gui-kien-nghi/da-gui?ma=*'),
          page.click('form[data-petition-form] button[type=submit]'),
        ]);
        expect(posts).toHaveLength(2);
        const keys = new Set(posts.map((p) => p.headers()['idempotency-key']));
        expect(keys.size).toBe(1);
        expect(await petitionsTitled(ctx, title)).toBe(1);
      } finally {
        await close();
      }
    });
  });
}
