/**
 * The petition form's files in real Chromium (DESIGN §10): without JavaScript the form posts
 * the photo with the petition (multipart) and it is attached; with JavaScript the upload
 * script (site/src/scripts/attachments.ts, bundled here as the site bundles it) shows each
 * file's progress, sends it straight to the local S3, and lets the citizen remove one.
 */
import { build } from 'esbuild';
import { Hono } from 'hono';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../functions/lib/data/index.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { listen, type RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import { type LocalS3, startLocalS3 } from '../../infra/local/s3-server.ts';
import { seedDemoData } from '../../infra/local/seed.ts';
import { petitionFormHtml } from '../../shared/ui/petition-form.ts';
import { testConfig } from '../petitions/support.ts';
import { launchChromium } from '../support/chromium.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { phonePhoto } from './support.ts';

let database: TestDatabase;
let s3: LocalS3;
let server: RunningServer;
let browser: Browser;
let script: string;
let formPage: string;

beforeAll(async () => {
  database = await createTestDatabase('attachments-browser');
  const repos = createRepositories(database.db);
  await seedDemoData(repos);
  const port = await freePort();
  s3 = await startLocalS3({ port: 0, origins: [`http://127.0.0.1:${port}`], repos });
  const app = createPublicApp({
    repos,
    config: testConfig({ PUBLIC_SITE_URL: `http://127.0.0.1:${port}` }),
    clientAddress: () => '203.0.113.50',
    attachments: s3.store,
  });
  // The site's form page and its script, served from the same (loopback) origin as on npm start.
  const served = new Hono();
  served.get('/test/form', (c) => c.html(formPage));
  served.get('/test/attachments.js', (c) => c.body(script, 200, { 'content-type': 'text/javascript' }));
  served.route('/', app);
  server = await listen(served, port);
  browser = await launchChromium();
  const bundled = await build({
    stdin: {
      contents:
        "import { enhanceAttachments } from './site/src/scripts/attachments.ts';" +
        // The words the submit page carries for its script (shared/ui/petition-form-messages.ts).
        "import { formMessages } from './shared/ui/petition-form-messages.ts';" +
        "const ui = enhanceAttachments(document.querySelector('form'), 'vi', formMessages('vi')); window.attachmentsPayload = () => ui.payload();",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  script = bundled.outputFiles[0]!.text;
  formPage = '';
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await s3?.stop();
  await database?.drop();
});

/** The site's form (the one renderer), served at the API's origin so its relative action posts there. */
async function openForm(javaScript: boolean): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    baseURL: server.url,
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  const choices = {
    communes: [{ label: 'Hữu Lũng', options: [{ value: 'van-nham', label: 'Vân Nham' }] }],
    localities: [{ label: 'Hữu Lũng', options: [{ value: 'van-nham', label: 'Vân Nham' }] }],
    fields: [{ value: 'dat-dai', label: 'Đất đai' }],
  };
  formPage = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Gửi kiến nghị</title></head><body><main>${
    petitionFormHtml(choices as never, 'vi').value
  }</main>${javaScript ? '<script src="/test/attachments.js"></script>' : ''}</body></html>`;
  await page.goto('/test/form');
  return { page, close: () => context.close() };
}

const photoFile = async (name: string) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: Buffer.from(await phonePhoto()),
});

describe('attachments in the petition form', () => {
  it('without JavaScript, posts a photo with the petition and it is attached without its metadata', async () => {
    const { page, close } = await openForm(false);
    try {
      await page.fill('#f-submitter-name', 'Lò Văn Công Dân');
      await page.fill('#f-submitter-email', 'lo.congdan@example.com');
      await page.fill('#f-submitter-address', 'Thôn Đồng Mười, xã Vân Nham');
      await page.selectOption('#f-submitter-communeId', 'van-nham');
      await page.selectOption('#f-fieldId', 'dat-dai');
      await page.selectOption('#f-localityId', 'van-nham');
      await page.fill('#f-title', 'Ổ gà trên đường liên thôn');
      await page.fill(
        '#f-content',
        'Đường liên thôn có nhiều ổ gà lớn, xe máy đi lại rất nguy hiểm vào ban đêm.',
      );
      await page.check('#f-consentToPublish');
      await page.setInputFiles('#f-files', [await photoFile('o-ga.jpg')]);
      await Promise.all([page.waitForURL('**/gui-kien-nghi/da-gui**'), page.click('button[type=submit]')]);
      const code = new URL(page.url()).searchParams.get('ma')!.replace(/-/g, '');
      const [attachment] = await createRepositories(database.db).uploads.listAttachments('petition', code);
      expect(attachment).toMatchObject({ type: 'image/jpeg', hasThumbnail: true });
    } finally {
      await close();
    }
  });

  it("with JavaScript, shows each file's progress, and lets the citizen remove one before sending", async () => {
    const { page, close } = await openForm(true);
    try {
      const big = Buffer.from(
        await sharp({ create: { width: 2400, height: 1800, channels: 3, background: 'gray' } })
          .jpeg({ quality: 100 })
          .toBuffer(),
      );
      await page.setInputFiles('#f-files', [
        await photoFile('mot.jpg'),
        { name: 'hai.jpg', mimeType: 'image/jpeg', buffer: big },
      ]);
      const rows = page.locator('[data-attachments] li');
      await expect.poll(() => rows.count()).toBe(2);
      await expect.poll(() => rows.locator('progress').count()).toBeGreaterThan(0);
      await expect
        .poll(async () => (await rows.locator('[role=status]').allTextContents()).join('|'), {
          timeout: 20_000,
        })
        .toBe('Đã sẵn sàng|Đã sẵn sàng');
      const before = (await page.evaluate('window.attachmentsPayload()')) as {
        attachments: { id: string }[];
      };
      expect(before.attachments).toHaveLength(2);
      await rows
        .nth(0)
        .getByRole('button', { name: /Bỏ tệp/ })
        .click();
      await expect.poll(() => rows.count()).toBe(1);
      const after = (await page.evaluate('window.attachmentsPayload()')) as { attachments: { id: string }[] };
      expect(after.attachments.map((a) => a.id)).toEqual([before.attachments[1]!.id]);
      // A file of another type is refused here, before any upload.
      await page.setInputFiles('#f-files', [
        { name: 'a.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') },
      ]);
      expect(await page.locator('#e-attachments').textContent()).toContain(
        'Chỉ nhận tệp ảnh JPEG, PNG, WebP',
      );
    } finally {
      await close();
    }
  });
});
