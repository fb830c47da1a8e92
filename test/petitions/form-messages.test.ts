/**
 * One mapping from the schema's issues to messages, shared by the API (the no-JavaScript
 * form shown again) and the form's script, and an error summary whose every line names
 * its field, as the staff console does ("Tiêu đề: Cần ít nhất 5 ký tự.").
 */
import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../../functions/lib/http/validation.ts';
import { translate } from '../../shared/messages/index.ts';
import { PetitionSubmission } from '../../shared/schemas/petition.ts';
import { formMessages } from '../../shared/ui/petition-form-messages.ts';
import { fieldMessages } from '../../site/src/scripts/petition-input.ts';
import { postForm, usePetitionTestApi, validSubmission } from './support.ts';

const api = usePetitionTestApi();

/** The error summary's lines, as text. */
function summaryLines(html: string): string[] {
  const summary = /<div class="error-summary"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return [...summary.matchAll(/<li>(?:<a [^>]*>)?([^<]*)/g)].map((m) => m[1]!);
}

describe('the petition form’s error messages', () => {
  it('name their field in the summary of the form shown again without JavaScript', async () => {
    const response = await postForm(
      api.app,
      validSubmission({
        title: '',
        fieldId: '',
        localityId: '',
        submitter: { name: '', address: '', communeId: '', phone: '0912 345 678' },
      }),
      {},
      '/v1/petitions?lang=vi',
    );
    expect(response.status).toBe(400);
    const lines = summaryLines(await response.text());
    expect(lines).toContain('Họ và tên: Trường này là bắt buộc.');
    expect(lines).toContain('Tiêu đề: Trường này là bắt buộc.');
    expect(lines).toContain('Lĩnh vực: Trường này là bắt buộc.');
    expect(lines).toContain('Địa bàn liên quan: Trường này là bắt buộc.');
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('name their field in English on the English form', async () => {
    const response = await postForm(api.app, validSubmission({ title: 'abc' }), {}, '/v1/petitions?lang=en');
    const lines = summaryLines(await response.text());
    expect(lines).toEqual([`Title: ${translate('en', 'field.tooShort', { min: 5 })}`]);
  });

  it('are the same from the API and from the script, an empty drop-down included', () => {
    const input = {
      submitter: { name: '', address: 'x', communeId: '', email: 'not-an-email' },
      fieldId: '',
      localityId: 'NOT AN ID',
      title: 'abc',
      content: '',
    };
    const result = PetitionSubmission.safeParse(input, { reportInput: true });
    expect(result.success).toBe(false);
    const api = validationErrorOf(result.error!).fields;
    const script = fieldMessages(result.error!.issues, formMessages('vi'));
    const fromApi = Object.fromEntries(
      Object.entries(api).map(([path, p]) => [path, translate('vi', p.key, p.params ?? {})]),
    );
    expect(script).toEqual(fromApi);
    expect(script.fieldId).toBe(translate('vi', 'field.required'));
    expect(script.localityId).toBe(translate('vi', 'field.invalid'));
  });
});
