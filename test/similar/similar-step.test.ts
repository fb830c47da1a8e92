import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { postForm, postJson, usePetitionTestApi, validSubmission, writesIn } from '../petitions/support.ts';
import { indexThroughStream } from './support.ts';

const api = usePetitionTestApi();

const title = 'Đèn đường Nà Lầu tắt suốt ba tháng';
const form = (extra: Record<string, unknown>) =>
  postForm(
    api.app,
    { ...validSubmission({ title: 'Đèn đường thôn Nà Lầu không sáng' }), ...extra },
    {},
    '/v1/petitions?lang=vi',
  );

describe('the no-JavaScript similar-petitions step', () => {
  it('shows similar petitions before storing, keeps everything typed in the page (not the URL), stores nothing', async () => {
    const first = await postJson(api.app, validSubmission({ title }));
    const { code } = (await first.json()) as { code: string };
    await indexThroughStream(api, code);
    api.database.resetSent();
    const response = await form({ similarStep: 'check' });
    expect(response.status).toBe(200);
    expect(writesIn(api.database.sent)).toEqual([]);
    const page = await response.text();
    expect(page).toContain('Kiểm tra kiến nghị tương tự trước khi gửi');
    expect(page).toContain(title);
    expect(page).toContain(`/tra-cuu?ma=${code}&amp;xa=van-nham&amp;lang=vi#ung-ho`);
    // What was typed travels on in hidden fields, personal data included, never in a link.
    expect(page).toContain('name="submitter.name" value="Nguyễn Thị Kiểm Thử"');
    expect(page).toContain('name="content" value="Cầu tràn thôn Làng Ngõa');
    expect(page).toContain('name="similarStep" value="send"');
    expect(page).not.toMatch(/href="[^"]*kiem\.thu/);
    // A lean page: no script, within the first round trip.
    expect(page).not.toMatch(/<script/i);
    expect(gzipSync(page).byteLength).toBeLessThan(14_000);
  });

  it('sends the petition when the citizen says it is not the same', async () => {
    const response = await form({ similarStep: 'send' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('/gui-kien-nghi/da-gui?ma=');
  });

  it('gives the filled form back to edit', async () => {
    api.database.resetSent();
    const response = await form({ similarStep: 'edit' });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('data-petition-form');
    expect(page).toContain('value="Đèn đường thôn Nà Lầu không sáng"');
    expect(writesIn(api.database.sent)).not.toContain('TransactWriteItemsCommand');
  });

  it('stores at once when nothing is similar, and for posts that do not ask for the step', async () => {
    const nothing = await postForm(api.app, {
      ...validSubmission({ title: 'Xin cấp sổ đỏ cho hộ Khuẩy Mạ' }),
      similarStep: 'check',
    });
    expect(nothing.status).toBe(303);
    expect((await form({})).status).toBe(303);
  });

  it('is asked for by the site form itself', async () => {
    const page = await (await form({ similarStep: 'edit' })).text();
    expect(page).toContain('<input type="hidden" name="similarStep" value="check">');
  });
});
