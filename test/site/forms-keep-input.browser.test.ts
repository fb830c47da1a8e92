/**
 * A citizen without JavaScript whose post is refused gets the same page back with what they
 * typed and the message beside the field (issue #14, items 7 and 13's class): the "not
 * satisfied" reason, the "is it resolved?" note, the follow form's address, "me too", a
 * voter's view on a session's agenda item. The track page is served by the public API; the
 * session page's form is drawn by the renderer the site uses; real Chromium with JavaScript off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_TOKEN_PARAM, feedbackToken } from '../../functions/lib/petitions/feedback-token.ts';
import { RESOLUTION_TOKEN_PARAM, resolutionToken } from '../../functions/lib/petitions/resolved-token.ts';
import type { Answer } from '../../shared/schemas/index.ts';
import { vietnamDate } from '../../shared/time.ts';
import { sessionViewFormHtml } from '../../shared/ui/session-view-form.ts';
import { saveAnswered } from '../petitions/answered.ts';
import { useServedPublicApi } from './support/served-public-api.ts';

const site = useServedPublicApi();

const DAY = 86_400_000;
/** A control character: refused by every text field of the service (field.controlCharacters). */
const BELL = '\u0007';

/** A petition answered `daysAgo` days ago with `answer`. */
async function answered(daysAgo: number, answer: Pick<Answer, 'result' | 'resolveBy'>): Promise<string> {
  const code = await site.submitted();
  await saveAnswered(site.api.repos, code, new Date(Date.now() - daysAgo * DAY).toISOString(), answer);
  return code;
}

const withoutJavaScript = (run: (page: Page) => Promise<void>) => site.withPage({ javaScript: false }, run);

/** Submits the form holding `selector` and waits for the page that comes back; its status. */
async function submit(page: Page, form: string, button = 'button[type=submit]'): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.click(`${form} ${button}`),
  ]);
  await page.waitForLoadState();
  return response.status();
}

describe('a refused no-JavaScript form keeps what was typed', () => {
  it('"not satisfied": the track page again with the reason as typed and its message beside it', async () => {
    const code = await answered(1, { result: 'resolved' });
    const token = feedbackToken(
      site.api.config.FEEDBACK_TOKEN_SECRET,
      code,
      (await site.api.repos.petitions.get(code))!.answer!.answeredAt,
    );
    const reason = `Cầu tràn vẫn ngập mỗi khi mưa to, chưa ai đến sửa.${BELL}`;
    await withoutJavaScript(async (page) => {
      await page.goto(`/tra-cuu?ma=${code}&${FEEDBACK_TOKEN_PARAM}=${token}`);
      await page.fill('#reason', reason);
      expect(await submit(page, '#feedback-title ~ form')).toBe(400);
      expect(await page.inputValue('#reason')).toContain('Cầu tràn vẫn ngập mỗi khi mưa to');
      expect(await page.locator('#reason-error').textContent()).toMatch(/\S/);
      expect(await page.getAttribute('#reason', 'aria-invalid')).toBe('true');
    });
    // Refused: nothing changed.
    expect((await site.api.repos.petitions.get(code))?.status).toBe('answered');
  });

  it('"is it resolved?": the note as typed after a refusal', async () => {
    const resolveBy = vietnamDate(new Date(Date.now() - 3 * DAY));
    const code = await answered(40, { result: 'scheduled', resolveBy });
    const token = resolutionToken(
      site.api.config.FEEDBACK_TOKEN_SECRET,
      code,
      (await site.api.repos.petitions.get(code))!.answer!.answeredAt,
    );
    await withoutJavaScript(async (page) => {
      await page.goto(`/tra-cuu?ma=${code}&${RESOLUTION_TOKEN_PARAM}=${token}`);
      await page.fill('#r-reason', `Mới sửa một nửa cây cầu.${BELL}`);
      expect(await submit(page, '#giai-quyet form', 'button[value=no]')).toBe(400);
      expect(await page.inputValue('#r-reason')).toContain('Mới sửa một nửa cây cầu.');
      expect(await page.locator('#r-reason-error').textContent()).toMatch(/\S/);
    });
  });

  it('follow a petition: the address and phone as typed, the message beside the wrong one', async () => {
    const code = await answered(1, { result: 'resolved' });
    await withoutJavaScript(async (page) => {
      await page.goto(`/tra-cuu?ma=${code}`);
      await page.fill('#t-email', 'theo.doi@example.com');
      await page.fill('#t-phone', '12');
      expect(await submit(page, '#theo-doi form')).toBe(400);
      expect(await page.inputValue('#t-email')).toBe('theo.doi@example.com');
      expect(await page.inputValue('#t-phone')).toBe('12');
      expect(await page.locator('#t-phone-error').textContent()).toMatch(/\S/);
      expect(await page.locator('#t-email-error').isHidden()).toBe(true);
    });
  });

  it('"me too": the commune and phone as typed', async () => {
    const code = await answered(1, { result: 'resolved' });
    await withoutJavaScript(async (page) => {
      await page.goto(`/tra-cuu?ma=${code}`);
      await page.selectOption('#s-communeId', 'van-nham');
      await page.fill('#s-phone', '12');
      expect(await submit(page, '#ung-ho form')).toBe(400);
      expect(await page.inputValue('#s-communeId')).toBe('van-nham');
      expect(await page.inputValue('#s-phone')).toBe('12');
      expect(await page.locator('#s-phone-error').textContent()).toMatch(/\S/);
    });
  });

  it("a voter's view on a session: the commune, text and name as typed, beside the session's item", async () => {
    const session = (await (await site.api.app.request('/v1/sessions/huu-lung-kh12')).json()) as {
      id: string;
      communes: { id: string; name: string }[];
      agenda: { id: string; title: string; viewsOpen: boolean; viewsUntil?: string }[];
    };
    const item = session.agenda.find((i) => i.viewsOpen)!;
    expect(item).toBeDefined();
    // The session page's form, as the site draws it (SessionViewForm.astro renders the same HTML).
    const form = sessionViewFormHtml({ sessionId: session.id, item, communes: session.communes }, 'vi').value;
    await withoutJavaScript(async (page) => {
      await page.goto('/health');
      await page.setContent(`<!DOCTYPE html><html lang="vi"><body><main>${form}</main></body></html>`);
      await page.selectOption('select[name=communeId]', 'van-nham');
      await page.fill('textarea[name=text]', `Đề nghị làm rõ nguồn kinh phí cho dự án đường liên xã.${BELL}`);
      await page.fill('input[name=name]', 'Lê Văn Góp Ý');
      await page.check('input[name=consentToPublish][value=false]');
      expect(await submit(page, 'main form')).toBe(400);
      expect(await page.locator('h2').first().textContent()).toBe(item.title);
      expect(await page.inputValue('select[name=communeId]')).toBe('van-nham');
      expect(await page.inputValue('textarea[name=text]')).toContain('Đề nghị làm rõ nguồn kinh phí');
      expect(await page.inputValue('input[name=name]')).toBe('Lê Văn Góp Ý');
      expect(await page.isChecked('input[name=consentToPublish][value=false]')).toBe(true);
      expect(await page.locator(`#v-${item.id}-text-error`).textContent()).toMatch(/\S/);
    });
  });
});
