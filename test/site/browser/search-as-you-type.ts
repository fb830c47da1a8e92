/** The search page with JavaScript: hits appear as the reader types, from the index's small files. */
import { describe, expect, it } from 'vitest';
import { type Context, openPage } from './context.ts';

export function searchAsYouType(ctx: Context) {
  describe('search as you type', () => {
    it('shows the published result for "sua chua doa" while typing, marked, reading only a few small index files', async () => {
      const { page, close } = await openPage(ctx(), { width: 360 });
      try {
        const indexReads: string[] = [];
        page.on('request', (r) => {
          const path = new URL(r.url()).pathname;
          if (path.startsWith('/tim-kiem/chi-muc/')) indexReads.push(path);
        });
        await page.goto('/tim-kiem/');
        await page.locator('input[name="q"]').pressSequentially('sua chua doa', { delay: 30 });
        const hit = page.locator('#search-results li h2 a', {
          hasText: 'Sửa chữa đoạn đường liên xã Vân Nham – Minh Tiến bị sạt lở',
        });
        await hit.first().waitFor({ timeout: 10_000 });
        // The hits of the last keystroke: every typed word marked, "doa" as the start of "đoạn".
        await expect
          .poll(() => page.locator('#search-results mark').allTextContents(), { timeout: 10_000 })
          .toEqual(expect.arrayContaining(['Sửa', 'chữa', 'đoạn']));
        expect(await hit.first().getAttribute('href')).toMatch(/^\/ket-qua\/[a-z0-9-]+\/$/);
        // Each shard is fetched once however many keystrokes need it.
        expect(new Set(indexReads).size).toBe(indexReads.length);
        expect(indexReads.length).toBeLessThan(12);
      } finally {
        await close();
      }
    });
  });
}
