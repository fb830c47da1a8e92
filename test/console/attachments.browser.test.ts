/**
 * A petition's files in the console, in real Chromium against the local stack (DynamoDB
 * Local, the APIs, the local S3 and its processing step) and the built site: the secretariat
 * sees the citizen's photo as a thumbnail through a short-lived link, named "Ảnh 1" and never
 * by its file name, and marks it publishable; the agency attaches its signed answer (PDF)
 * from the answer form (upload → processed → linked). Axe-clean in both languages.
 */
import { describe, expect, it, vi } from 'vitest';
import { submitWithPhotoOverHttp } from '../attachments/over-http.ts';
import { pdf } from '../attachments/support.ts';
import { axeViolations } from '../support/chromium.ts';
import { asStaff, useBrowserEnv } from './support/browser-env.ts';
import { open, screenReady, signIn, statusText } from './support/console-page.ts';

vi.setConfig({ testTimeout: 120_000 });
const use = useBrowserEnv();
const FILE_NAME = 'CCCD-Nguyen-Van-Nam.jpg';

type Listed = { attachments: { id: string; owner: { kind: string }; publishable: boolean }[] };

const petitionWithPhoto = () =>
  submitWithPhotoOverHttp(use().env.stack.urls.publicApi, {
    title: 'Mặt đường thôn Đồng Bé sụt lún sau mưa',
    consentToPublish: true,
    filename: FILE_NAME,
  });

/** A PDF as the file input takes it, under the name it had on the staff member's computer. */
const pdfFile = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(pdf()) });

describe("a petition's files in the console", () => {
  it('shows the secretariat the photo as a thumbnail, and marks it publishable', async () => {
    const { env, browser } = use();
    const code = await petitionWithPhoto();
    const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
    const files = page.locator('section.files');
    const thumbnail = files.getByRole('img', { name: 'Ảnh 1' });
    await thumbnail.waitFor();
    // Loaded through the presigned link: a real image, 320 px on its longest side.
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(320);
    expect(await files.textContent()).toMatch(/JPG, \d+ KB, 640 × 480 px, đã kiểm tra/);
    expect(await page.content()).not.toContain('CCCD');
    expect(await axeViolations(page)).toEqual([]);

    await files.getByLabel('Công khai Ảnh 1 cùng kết quả').check();
    await expect.poll(() => statusText(page)).toContain('Đã đánh dấu công khai Ảnh 1.');
    const listed = (await asStaff(use, 'thu-ky-huu-lung', {
      method: 'GET',
      path: `/v1/petitions/${code}/attachments`,
    })) as Listed;
    expect(listed.attachments.map((a) => a.publishable)).toEqual([true]);
    expect(await files.getByLabel('Công khai Ảnh 1 cùng kết quả').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await screenReady(page);
    await page.locator('section.files').getByRole('img', { name: 'Photo 1' }).waitFor();
    expect(await page.locator('section.files').textContent()).toContain('Publish Photo 1 with the result');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets the agency attach its signed answer from the answer form', async () => {
    const { env, browser } = use();
    const code = await petitionWithPhoto();
    await asStaff(use, 'thu-ky-huu-lung', {
      method: 'POST',
      path: `/v1/petitions/${code}/route`,
      body: { agencyId: 'phong-tnmt-huu-lung' },
    });
    const { context, page } = await signIn(browser, env.siteUrl, 'can-bo-tnmt-huu-lung');
    await open(page, `/quan-ly/kien-nghi/?ma=${code}`);
    const answer = page.locator('#answer');
    await answer
      .getByLabel('Nội dung trả lời')
      .fill('Phòng sẽ sửa chữa mặt đường thôn Đồng Bé trong tháng này.');
    await answer.getByLabel('Số văn bản').fill('88/TNMT');
    await answer.getByLabel('Ngày văn bản').fill('2026-11-20');
    await answer.getByLabel('Kết quả').selectOption('resolved');
    await answer.getByLabel('Văn bản trả lời đã ký (PDF)').setInputFiles(pdfFile('cong-van-88-ky-so.pdf'));
    await answer.getByRole('button', { name: 'Gửi trả lời' }).click();
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toContain('Đã ghi nhận văn bản trả lời.');
    const files = page.locator('section.files');
    await files.getByRole('link', { name: 'Văn bản trả lời' }).waitFor();
    expect(await files.textContent()).toMatch(/PDF, \d+ KB, đã kiểm tra/);
    // The agency does not mark citizens' files; no form offers it the document again.
    expect(await files.getByRole('checkbox').count()).toBe(0);
    expect(await page.locator('#signed-answer').count()).toBe(0);
    const listed = (await asStaff(use, 'thu-ky-huu-lung', {
      method: 'GET',
      path: `/v1/petitions/${code}/attachments`,
    })) as Listed;
    expect(listed.attachments.map((a) => a.owner.kind).sort()).toEqual(['answer', 'petition']);
    expect(JSON.stringify(listed)).not.toContain('cong-van-88');
    await context.close();
  });

  it('lets the secretariat attach a session document, listed under a neutral name', async () => {
    const { env, browser } = use();
    const { context, page } = await signIn(browser, env.siteUrl, 'thu-ky-huu-lung');
    await open(page, '/quan-ly/ky-hop/sua/?id=huu-lung-kh12');
    const documents = page.locator('section.documents');
    await documents
      .getByLabel('Tài liệu kỳ họp (PDF)')
      .setInputFiles(pdfFile('to-trinh-du-thao-ban-cuoi.pdf'));
    await documents.getByRole('button', { name: 'Đính kèm văn bản' }).click();
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toContain('Đã đính kèm văn bản.');
    await documents.getByRole('link', { name: 'Tài liệu 1' }).waitFor();
    expect(await page.content()).not.toContain('to-trinh-du-thao');
    expect(await axeViolations(page)).toEqual([]);
    const session = (await (await fetch(`${env.stack.urls.publicApi}/v1/sessions/huu-lung-kh12`)).json()) as {
      documents?: { role: string }[];
    };
    expect(session.documents?.map((d) => d.role)).toEqual(['session']);
    await context.close();
  });
});
