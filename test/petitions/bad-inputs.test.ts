import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/messages/index.ts';
import type { MessageKey } from '../../shared/messages/vi.ts';
import { formBody, postForm, usePetitionTestApi, validSubmission, writesIn } from './support.ts';
import { dumpTable } from './table-dump.ts';

const api = usePetitionTestApi();

const valid = validSubmission();
const submitter = valid.submitter as Record<string, unknown>;
const withSubmitter = (patch: Record<string, unknown>) =>
  validSubmission({ submitter: { ...submitter, ...patch } });
const without = (key: string) => {
  const copy = { ...valid };
  delete copy[key];
  return copy;
};

interface BadInput {
  name: string;
  body: string | Uint8Array | ReadableStream<Uint8Array>;
  contentType?: string;
  headers?: Record<string, string>;
  status: number;
  /** The error's message key; for a field error, the field's key. */
  key: MessageKey;
  field?: string;
  /** The numbers the message names (a length limit). */
  params?: Record<string, number>;
}

const json = (value: unknown) => JSON.stringify(value);
const bigText = (n: number) => 'a'.repeat(n);
/** A body stream with no Content-Length: only the bytes read can tell it is too large. */
const streamOf = (bytes: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let sent = 0; sent < bytes; sent += 8192) controller.enqueue(new Uint8Array(8192).fill(0x61));
      controller.close();
    },
  });

const cases: BadInput[] = [
  { name: 'an empty body', body: '', status: 400, key: 'request.emptyBody' },
  { name: 'only spaces', body: '   \n ', status: 400, key: 'request.emptyBody' },
  { name: 'a body that is not JSON', body: '{"submitter": ', status: 400, key: 'request.notJson' },
  {
    name: 'bytes that are not UTF-8',
    body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    status: 400,
    key: 'request.notJson',
  },
  {
    name: 'a text/plain body',
    body: json(valid),
    contentType: 'text/plain',
    status: 415,
    key: 'request.unsupportedMediaType',
  },
  // Multipart is the no-JS form with files, answered as a form: test/attachments/no-js-form.test.ts.
  {
    name: 'an XML body',
    body: '<petition/>',
    contentType: 'application/xml',
    status: 415,
    key: 'request.unsupportedMediaType',
  },
  {
    name: 'a body larger than 64 KB',
    body: json(validSubmission({ content: bigText(70_000) })),
    status: 413,
    key: 'request.tooLarge',
  },
  {
    name: 'a 100 KB stream without Content-Length',
    body: streamOf(100_000),
    status: 413,
    key: 'request.tooLarge',
  },
  {
    name: 'a Content-Length over the limit',
    body: json(valid),
    headers: { 'content-length': '70000' },
    status: 413,
    key: 'request.tooLarge',
  },
  { name: 'a JSON array', body: json([valid]), status: 400, key: 'field.invalidType', field: '_' },
  { name: 'JSON null', body: 'null', status: 400, key: 'field.invalidType', field: '_' },
  { name: 'a bare number', body: '42', status: 400, key: 'field.invalidType', field: '_' },
  {
    name: 'no submitter',
    body: json(without('submitter')),
    status: 400,
    key: 'field.required',
    field: 'submitter',
  },
  {
    name: 'no name',
    body: json(withSubmitter({ name: undefined })),
    status: 400,
    key: 'field.required',
    field: 'submitter.name',
  },
  {
    name: 'a name that is a number',
    body: json(withSubmitter({ name: 42 })),
    status: 400,
    key: 'field.invalidType',
    field: 'submitter.name',
  },
  {
    name: 'a blank name',
    body: json(withSubmitter({ name: '   ' })),
    status: 400,
    key: 'field.required',
    field: 'submitter.name',
  },
  {
    name: 'a name too long',
    body: json(withSubmitter({ name: bigText(121) })),
    status: 400,
    key: 'field.tooLong',
    field: 'submitter.name',
    params: { max: 120 },
  },
  {
    name: 'neither email nor phone',
    body: json(withSubmitter({ email: undefined, phone: undefined })),
    status: 400,
    key: 'field.contactRequired',
    field: 'submitter.email',
  },
  {
    name: 'an invalid email',
    body: json(withSubmitter({ email: 'not-an-email' })),
    status: 400,
    key: 'field.invalidEmail',
    field: 'submitter.email',
  },
  {
    name: 'a phone too short',
    body: json(withSubmitter({ phone: '12345' })),
    status: 400,
    key: 'field.invalidPhone',
    field: 'submitter.phone',
  },
  {
    name: 'a phone with letters',
    body: json(withSubmitter({ phone: '09123abc78' })),
    status: 400,
    key: 'field.invalidPhone',
    field: 'submitter.phone',
  },
  {
    name: 'a foreign phone number',
    body: json(withSubmitter({ phone: '+1 202 555 0100' })),
    status: 400,
    key: 'field.invalidPhone',
    field: 'submitter.phone',
  },
  {
    name: 'no address',
    body: json(withSubmitter({ address: undefined })),
    status: 400,
    key: 'field.required',
    field: 'submitter.address',
  },
  {
    name: 'an unknown commune',
    body: json(withSubmitter({ communeId: 'xa-khong-co' })),
    status: 400,
    key: 'field.unknownCommune',
    field: 'submitter.communeId',
  },
  {
    name: 'a district given as commune',
    body: json(withSubmitter({ communeId: 'huu-lung' })),
    status: 400,
    key: 'field.unknownCommune',
    field: 'submitter.communeId',
  },
  {
    name: 'a malformed commune id',
    body: json(withSubmitter({ communeId: 'Vân Nham!' })),
    status: 400,
    key: 'field.invalid',
    field: 'submitter.communeId',
  },
  {
    name: 'an unknown field',
    body: json(validSubmission({ fieldId: 'thien-van' })),
    status: 400,
    key: 'field.unknownField',
    field: 'fieldId',
  },
  {
    name: 'an unknown locality',
    body: json(validSubmission({ localityId: 'dao-hoang-sa-x' })),
    status: 400,
    key: 'field.unknownUnit',
    field: 'localityId',
  },
  {
    name: 'a locality no council covers',
    body: json(validSubmission({ localityId: 'lang-son' })),
    status: 400,
    key: 'field.noCouncil',
    field: 'localityId',
  },
  {
    name: 'a title too short',
    body: json(validSubmission({ title: 'Hỏi' })),
    status: 400,
    key: 'field.tooShort',
    field: 'title',
    params: { min: 5 },
  },
  {
    name: 'a title too long',
    body: json(validSubmission({ title: bigText(201) })),
    status: 400,
    key: 'field.tooLong',
    field: 'title',
    params: { max: 200 },
  },
  {
    name: 'a line break in the title',
    body: json(validSubmission({ title: 'Dòng một\nDòng hai' })),
    status: 400,
    key: 'field.controlCharacters',
    field: 'title',
  },
  {
    name: 'a bell character in the title',
    body: json(validSubmission({ title: 'Chuông \u0007 kêu mãi' })),
    status: 400,
    key: 'field.controlCharacters',
    field: 'title',
  },
  {
    name: 'a content too short',
    body: json(validSubmission({ content: 'Quá ngắn.' })),
    status: 400,
    key: 'field.tooShort',
    field: 'content',
    params: { min: 20 },
  },
  {
    name: 'a content of 10,001 characters',
    body: json(validSubmission({ content: bigText(10_001) })),
    status: 400,
    key: 'field.tooLong',
    field: 'content',
    params: { max: 10000 },
  },
  {
    name: 'a direction override in the content (Trojan Source)',
    body: json(validSubmission({ content: `Nội dung bình thường \u202e đảo chiều hiển thị ở đây` })),
    status: 400,
    key: 'field.controlCharacters',
    field: 'content',
  },
  // Text that is not text (shared/text.ts): refused with a field message, never stored
  {
    name: 'a lone surrogate (half an emoji) in the title',
    body: json(validSubmission({ title: 'Tiêu đề có \ud83d nửa emoji' })),
    status: 400,
    key: 'field.brokenText',
    field: 'title',
  },
  {
    name: 'a low surrogate alone in the content',
    body: json(validSubmission({ content: 'Nội dung đủ dài để hợp lệ \udc4d ở giữa câu.' })),
    status: 400,
    key: 'field.brokenText',
    field: 'content',
  },
  {
    name: 'a noncharacter U+FFFE in the name',
    body: json(withSubmitter({ name: 'Trần Thị\ufffe Hoa' })),
    status: 400,
    key: 'field.nonCharacter',
    field: 'submitter.name',
  },
  {
    name: 'a noncharacter U+FDD0 in the address',
    body: json(withSubmitter({ address: 'Thôn \ufdd0 Làng Ngõa' })),
    status: 400,
    key: 'field.nonCharacter',
    field: 'submitter.address',
  },
  {
    name: 'the last code point U+10FFFF in the title',
    body: json(validSubmission({ title: 'Đường làng \u{10ffff} bị hỏng' })),
    status: 400,
    key: 'field.nonCharacter',
    field: 'title',
  },
  {
    name: 'a lone surrogate in the email',
    body: json(withSubmitter({ email: 'hoa\ud800@example.vn' })),
    status: 400,
    key: 'field.brokenText',
    field: 'submitter.email',
  },
  {
    name: 'a lone surrogate in the phone',
    body: json(withSubmitter({ phone: '0912\udfff345678' })),
    status: 400,
    key: 'field.brokenText',
    field: 'submitter.phone',
  },
  {
    name: 'a lone surrogate in an id',
    body: json(validSubmission({ fieldId: 'dat-dai\ud83d' })),
    status: 400,
    key: 'field.brokenText',
    field: 'fieldId',
  },
  {
    name: 'a replacement character (broken UTF-8 upstream) in the title',
    body: json(validSubmission({ title: 'Đường làng \ufffd bị hỏng' })),
    status: 400,
    key: 'field.brokenText',
    field: 'title',
  },
  {
    name: 'no consent answer',
    body: json(without('consentToPublish')),
    status: 400,
    key: 'field.consentRequired',
    field: 'consentToPublish',
  },
  {
    name: 'a consent of "maybe"',
    body: json(validSubmission({ consentToPublish: 'maybe' })),
    status: 400,
    key: 'field.consentRequired',
    field: 'consentToPublish',
  },
  {
    name: 'an unknown meeting',
    body: json(validSubmission({ meetingId: 'khong-co-buoi-nay' })),
    status: 400,
    key: 'field.unknownMeeting',
    field: 'meetingId',
  },
  {
    name: 'a cancelled meeting',
    body: json(validSubmission({ meetingId: 'sd-tiep-cong-dan-an-ba' })),
    status: 400,
    key: 'field.unknownMeeting',
    field: 'meetingId',
  },
  {
    name: 'a meeting already held',
    body: json(validSubmission({ meetingId: 'hl-txct-sau-kh11-van-nham' })),
    status: 400,
    key: 'field.unknownMeeting',
    field: 'meetingId',
  },
  {
    name: "another council's meeting (Hậu Giang) for a Hữu Lũng commune",
    body: json(validSubmission({ meetingId: 'hg-chuyen-de-giao-thong' })),
    status: 400,
    key: 'field.meetingElsewhere',
    field: 'meetingId',
  },
  {
    name: 'a meeting of the right council in another commune',
    body: json(validSubmission({ meetingId: 'hl-txct-truoc-kh12-thanh-son' })),
    status: 400,
    key: 'field.meetingElsewhere',
    field: 'meetingId',
  },
  {
    name: "a meeting's locality but a submitter from another council's commune",
    body: json(
      validSubmission({
        meetingId: 'hg-chuyen-de-giao-thong',
        localityId: 'vi-thanh',
      }),
    ),
    status: 400,
    key: 'field.meetingElsewhere',
    field: 'meetingId',
  },
  {
    name: 'a fieldId that is an object',
    body: json(validSubmission({ fieldId: { $ne: null } })),
    status: 400,
    key: 'field.invalidType',
    field: 'fieldId',
  },
  {
    name: 'an Idempotency-Key with spaces',
    body: json(valid),
    headers: { 'idempotency-key': 'this is not a key' },
    status: 400,
    key: 'request.idempotencyKeyInvalid',
  },
];

describe('bad inputs to POST /v1/petitions', () => {
  it('covers at least 30 distinct cases', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$name → $status with its message, and the table unchanged', async (bad) => {
    const before = await dumpTable(api.database);
    api.database.resetSent();
    const response = await api.app.request('/v1/petitions', {
      method: 'POST',
      headers: { 'content-type': bad.contentType ?? 'application/json', ...bad.headers },
      body: bad.body,
      ...(bad.body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    expect(response.status).toBe(bad.status);
    const body = (await response.json()) as {
      error: string;
      message: string;
      fields?: Record<string, string>;
    };
    if (bad.field) {
      expect(body.message).toBe(translate('vi', 'request.invalid'));
      expect(body.fields?.[bad.field]).toBe(translate('vi', bad.key, bad.params));
    } else {
      expect(body.message).toBe(translate('vi', bad.key, { max: 64 }));
    }
    expect(writesIn(api.database.sent)).toEqual([]);
    expect(await dumpTable(api.database)).toBe(before);
  });

  it('answers in English with Accept-Language: en', async () => {
    const response = await api.app.request('/v1/petitions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en-GB,en;q=0.9' },
      body: json(withSubmitter({ email: 'nope' })),
    });
    expect(await response.json()).toEqual({
      error: 'validation',
      message: translate('en', 'request.invalid'),
      fields: { 'submitter.email': translate('en', 'field.invalidEmail') },
    });
  });

  it('names every bad field at once', async () => {
    const response = await api.app.request('/v1/petitions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: json({ ...withSubmitter({ email: 'x', name: '' }), title: '', fieldId: 'Bad Id' }),
    });
    const body = (await response.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual([
      'fieldId',
      'submitter.email',
      'submitter.name',
      'title',
    ]);
  });
});

describe('bad inputs from the no-JavaScript form', () => {
  it('answer 400 with the form again: the citizen’s values, each error next to its field, nothing in the URL', async () => {
    const before = await dumpTable(api.database);
    const response = await postForm(
      api.app,
      withSubmitter({ email: 'khong-hop-le', name: 'Trần <b>Thị</b> Hoa' }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    // The values come back, escaped: what was typed is shown as text, never as markup.
    expect(page).toContain('value="Trần &lt;b&gt;Thị&lt;/b&gt; Hoa"');
    expect(page).toContain('value="khong-hop-le"');
    expect(page).toContain(`<option value="van-nham" selected>`);
    // The error sits next to its field and is tied to it for screen readers.
    expect(page).toMatch(
      /<p class="field-error" id="e-submitter-email" data-label="Email">[^<]+<\/p><input type="email" id="f-submitter-email"[^>]*aria-describedby="contact-hint e-submitter-email" aria-invalid="true"/,
    );
    expect(page).toContain(translate('vi', 'field.invalidEmail'));
    expect(page).toContain('<a href="#f-submitter-email">');
    expect(page).not.toContain('<script');
    expect(await dumpTable(api.database)).toBe(before);
  });

  it.each([
    ['a noncharacter', 'Đường làng %EF%BF%BE bị hỏng', 'field.nonCharacter'],
    ['a UTF-8 encoded lone surrogate', 'Tiêu đề có %ED%A0%BD nửa emoji', 'field.brokenText'],
    ['a cut-off emoji', 'Tiêu đề có %F0%9F nửa emoji', 'field.brokenText'],
  ] as const)(
    'a form title with %s is refused next to the field, and the table unchanged',
    async (_, title, key) => {
      const before = await dumpTable(api.database);
      const form = formBody(validSubmission({ title: 'x' }));
      form.delete('title');
      const response = await api.app.request('/v1/petitions', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `${form.toString()}&title=${title.replace(/ /g, '+')}`,
      });
      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain(translate('vi', key));
      expect(page).toContain('<a href="#f-title">');
      expect(await dumpTable(api.database)).toBe(before);
    },
  );

  it('an empty form is refused with a page, not JSON', async () => {
    const response = await api.app.request('/v1/petitions', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain(translate('vi', 'request.emptyBody'));
    expect(page).toContain('<html lang="vi">');
  });
});
