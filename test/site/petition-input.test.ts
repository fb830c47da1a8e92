import { describe, expect, it } from 'vitest';
// The site's build loads English with its words (site/src/lib/i18n); so does this test.
import '../../shared/messages/with-english.ts';
import { PetitionSubmission } from '../../shared/schemas/petition.ts';
import { formMessages } from '../../shared/ui/petition-form-messages.ts';
import { collectInput, fieldMessages } from '../../site/src/scripts/petition-input.ts';

const form = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

const filled = {
  'submitter.name': 'Lò Văn Công Dân',
  'submitter.email': '',
  'submitter.phone': '0987 111 222',
  'submitter.address': 'Thôn Đồng Mười',
  'submitter.communeId': 'van-nham',
  fieldId: 'dat-dai',
  localityId: 'van-nham',
  title: 'Cầu tràn bị ngập',
  content: 'Cầu tràn thôn Đồng Mười bị ngập mỗi khi mưa lớn.',
  consentToPublish: 'false',
};

describe('the petition form’s values and messages (the script’s pure part)', () => {
  it('names the values as the API’s JSON contract does, leaving out an empty email', () => {
    const input = collectInput(form(filled));
    expect(input).toEqual({
      submitter: {
        name: 'Lò Văn Công Dân',
        phone: '0987 111 222',
        address: 'Thôn Đồng Mười',
        communeId: 'van-nham',
      },
      fieldId: 'dat-dai',
      localityId: 'van-nham',
      title: 'Cầu tràn bị ngập',
      content: 'Cầu tràn thôn Đồng Mười bị ngập mỗi khi mưa lớn.',
      consentToPublish: false,
    });
    expect(PetitionSubmission.safeParse(input).success).toBe(true);
  });

  it('keeps the meeting a petition is sent for (the meeting’s own form), and leaves it out when there is none', () => {
    const input = collectInput(form({ ...filled, meetingId: 'hl-txct-truoc-kh12-minh-tien' }));
    expect(input).toMatchObject({ meetingId: 'hl-txct-truoc-kh12-minh-tien' });
    expect(PetitionSubmission.safeParse(input).success).toBe(true);
    expect(collectInput(form(filled))).not.toHaveProperty('meetingId');
  });

  it('gives one message per field in Vietnamese, with the limits filled in', () => {
    const input = collectInput(
      form({ ...filled, 'submitter.phone': '', title: 'Cầu', fieldId: '', consentToPublish: '' }),
    );
    const result = PetitionSubmission.safeParse(input, { reportInput: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldMessages(result.error.issues, formMessages('vi'))).toEqual({
      'submitter.email': 'Vui lòng cho biết email hoặc số điện thoại để nhận thông báo.',
      fieldId: 'Trường này là bắt buộc.',
      title: 'Cần ít nhất 5 ký tự.',
      consentToPublish: 'Vui lòng cho biết bạn có đồng ý công khai nội dung (đã ẩn danh) hay không.',
    });
  });

  it('gives the same messages in English on English pages', () => {
    const input = collectInput(form({ ...filled, 'submitter.phone': '12345', 'submitter.name': '' }));
    const result = PetitionSubmission.safeParse(input, { reportInput: true });
    if (result.success) throw new Error('expected problems');
    expect(fieldMessages(result.error.issues, formMessages('en'))).toEqual({
      'submitter.name': 'This field is required.',
      'submitter.phone': expect.stringMatching(/phone/i),
    });
  });
});
