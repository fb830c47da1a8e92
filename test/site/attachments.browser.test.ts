/**
 * Files on the built site (issue #18), in real Chromium: the published result of a consented
 * petition whose photo the secretariat marked shows it (a thumbnail loaded from the public
 * API, linking to the file) with the agency's signed answer; a consented result whose photo
 * was not marked shows only the answer's document; a session's document is listed on the
 * session page. Neutral labels in each language, axe-clean, within 14 KB, no script, and no
 * built file holds a name a citizen gave a file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { sitePaths } from '../../shared/ui/routes.ts';
import { checkBuiltSite } from '../../site/check-built-site.ts';
import {
  answerWithDocumentOverHttp,
  staffCall,
  submitWithPhotoOverHttp,
  waitFor,
} from '../attachments/over-http.ts';
import { pdf, postToS3 } from '../attachments/support.ts';
import { axeViolations } from '../support/chromium.ts';
import { useBuiltSite } from './browser/context.ts';

const codes = { marked: '', unmarked: '' };
const FILE_NAMES = ['CCCD-mat-truoc-Do-Van-Nam.jpg', 'anh-nha-rieng-Do-Van-Nam.jpg', 'bien-ban-noi-bo.pdf'];

const ctx = useBuiltSite(async (stack) => {
  const urls = stack.urls;
  codes.marked = await submitWithPhotoOverHttp(urls.publicApi, {
    title: 'Mặt đường thôn Đồng Bé sụt lún sau mưa',
    consentToPublish: true,
    filename: FILE_NAMES[0]!,
  });
  codes.unmarked = await submitWithPhotoOverHttp(urls.publicApi, {
    title: 'Cống thoát nước thôn Đồng Bé bị tắc',
    consentToPublish: true,
    filename: FILE_NAMES[1]!,
  });
  for (const code of Object.values(codes)) await answerWithDocumentOverHttp(urls, code);
  const listed = (await staffCall(
    urls,
    'thu-ky-huu-lung',
    'GET',
    `/v1/petitions/${codes.marked}/attachments`,
  )) as {
    attachments: { id: string; owner: { kind: string } }[];
  };
  const photo = listed.attachments.find((a) => a.owner.kind === 'petition')!;
  await staffCall(
    urls,
    'thu-ky-huu-lung',
    'PUT',
    `/v1/petitions/${codes.marked}/attachments/${photo.id}/publishable`,
    {
      publishable: true,
    },
  );
  // A session document, through the secretariat's three steps.
  const grant = (await staffCall(
    urls,
    'thu-ky-huu-lung',
    'POST',
    '/v1/sessions/huu-lung-kh12/documents/uploads',
    {
      type: 'application/pdf',
      size: pdf().byteLength,
    },
  )) as { id: string; url: string; fields: Record<string, string> };
  await postToS3({ ...grant, token: '' }, pdf(), 'application/pdf', FILE_NAMES[2]!);
  await waitFor(
    () =>
      staffCall(urls, 'thu-ky-huu-lung', 'POST', '/v1/sessions/huu-lung-kh12/documents', {
        uploadId: grant.id,
      }).then(
        () => 'linked',
        (error: Error) => error.message,
      ),
    'linked',
  );
});

async function open(path: string) {
  const { site, browser } = ctx();
  const context = await browser.newContext({
    // The pages carry no script (checked below); axe needs one injected, past the CSP.
    javaScriptEnabled: true,
    bypassCSP: true,
    viewport: { width: 360, height: 900 },
    baseURL: site.url,
  });
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}

const resultPath = (l: 'vi' | 'en', code: string) => sitePaths.result(l, code.replace(/-/g, ''));

describe('files on the built site', () => {
  it('shows the photo on a result only when the submitter consented and the secretariat marked it', async () => {
    const marked = await open(resultPath('vi', codes.marked));
    try {
      const thumbnail = marked.page.getByRole('img', { name: 'Ảnh 1' });
      await thumbnail.waitFor();
      // Visible is not loaded: wait for the bytes (under load the image lands after the element).
      await expect
        .poll(() => thumbnail.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
        .toBe(320);
      const link = marked.page.locator('a', { has: thumbnail });
      expect(await link.getAttribute('href')).toMatch(
        new RegExp(
          `^/v1/petitions/${formatTrackingCode(codes.marked.replace(/-/g, ''))}/attachments/[a-z2-7]{26}$`,
        ),
      );
      expect(await marked.page.getByRole('link', { name: 'Văn bản trả lời' }).count()).toBe(1);
      expect(await axeViolations(marked.page)).toEqual([]);
    } finally {
      await marked.close();
    }
    const unmarked = await open(resultPath('vi', codes.unmarked));
    try {
      expect(await unmarked.page.locator('main img').count()).toBe(0);
      expect(await unmarked.page.getByRole('link', { name: 'Văn bản trả lời' }).count()).toBe(1);
    } finally {
      await unmarked.close();
    }
    const english = await open(resultPath('en', codes.marked));
    try {
      await english.page.getByRole('img', { name: 'Photo 1' }).waitFor();
      expect(await english.page.getByRole('link', { name: 'Answer document' }).count()).toBe(1);
      expect(await axeViolations(english.page)).toEqual([]);
    } finally {
      await english.close();
    }
  });

  it("lists the session's document on the session page, in both languages", async () => {
    for (const [path, label] of [
      ['/ky-hop/huu-lung-kh12/', 'Tài liệu 1'],
      ['/en/sessions/huu-lung-kh12/', 'Document 1'],
    ] as const) {
      const { page, close } = await open(path);
      try {
        expect(await page.getByRole('link', { name: label }).count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('keeps those pages within 14 KB and script-free, and no built file names a citizen’s file', () => {
    const report = checkBuiltSite(ctx().site.outDir);
    for (const path of [
      resultPath('vi', codes.marked),
      resultPath('en', codes.marked),
      '/ky-hop/huu-lung-kh12/',
    ]) {
      const built = report.pages.find((r) => r.path === path);
      expect(built, path).toBeDefined();
      expect(built!.gzipBytes, path).toBeLessThanOrEqual(14 * 1024);
      expect(built!.scripts, path).toEqual([]);
    }
    const files = readdirSync(ctx().site.outDir, { withFileTypes: true, recursive: true }).filter((e) =>
      e.isFile(),
    );
    for (const e of files) {
      const text = readFileSync(join(e.parentPath, e.name), 'latin1');
      for (const name of ['CCCD', 'Do-Van-Nam', 'bien-ban-noi-bo']) expect(text, e.name).not.toContain(name);
    }
  });
});
