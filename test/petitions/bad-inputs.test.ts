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

/** A valid-looking JSON body with one field wrong: 400 naming `field` with `key` (and `params`). */
const badField = (
  name: string,
  submission: unknown,
  field: string,
  key: MessageKey,
  params?: Record<string, number>,
): BadInput => ({ name, body: json(submission), status: 400, key, field, ...(params ? { params } : {}) });

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
  badField('no submitter', without('submitter'), 'submitter', 'field.required'),
  badField('no name', withSubmitter({ name: undefined }), 'submitter.name', 'field.required'),
  badField('a name that is a number', withSubmitter({ name: 42 }), 'submitter.name', 'field.invalidType'),
  badField('a blank name', withSubmitter({ name: '   ' }), 'submitter.name', 'field.required'),
  badField('a name too long', withSubmitter({ name: bigText(121) }), 'submitter.name', 'field.tooLong', {
    max: 120,
  }),
  badField(
    'neither email nor phone',
    withSubmitter({ email: undefined, phone: undefined }),
    'submitter.email',
    'field.contactRequired',
  ),
  badField(
    'an invalid email',
    withSubmitter({ email: 'not-an-email' }),
    'submitter.email',
    'field.invalidEmail',
  ),
  badField('a phone too short', withSubmitter({ phone: '12345' }), 'submitter.phone', 'field.invalidPhone'),
  badField(
    'a phone with letters',
    withSubmitter({ phone: '09123abc78' }),
    'submitter.phone',
    'field.invalidPhone',
  ),
  badField(
    'a foreign phone number',
    withSubmitter({ phone: '+1 202 555 0100' }),
    'submitter.phone',
    'field.invalidPhone',
  ),
  badField('no address', withSubmitter({ address: undefined }), 'submitter.address', 'field.required'),
  badField(
    'an unknown commune',
    withSubmitter({ communeId: 'xa-khong-co' }),
    'submitter.communeId',
    'field.unknownCommune',
  ),
  badField(
    'a district given as commune',
    withSubmitter({ communeId: 'huu-lung' }),
    'submitter.communeId',
    'field.unknownCommune',
  ),
  badField(
    'a malformed commune id',
    withSubmitter({ communeId: 'Vân Nham!' }),
    'submitter.communeId',
    'field.invalid',
  ),
  badField('an unknown field', validSubmission({ fieldId: 'thien-van' }), 'fieldId', 'field.unknownField'),
  badField(
    'an unknown locality',
    validSubmission({ localityId: 'dao-hoang-sa-x' }),
    'localityId',
    'field.unknownUnit',
  ),
  badField(
    'a locality no council covers',
    validSubmission({ localityId: 'lang-son' }),
    'localityId',
    'field.noCouncil',
  ),
  badField('a title too short', validSubmission({ title: 'Hỏi' }), 'title', 'field.tooShort', { min: 5 }),
  badField('a title too long', validSubmission({ title: bigText(201) }), 'title', 'field.tooLong', {
    max: 200,
  }),
  badField(
    'a line break in the title',
    validSubmission({ title: 'Dòng một\nDòng hai' }),
    'title',
    'field.controlCharacters',
  ),
  badField(
    'a bell character in the title',
    validSubmission({ title: 'Chuông \u0007 kêu mãi' }),
    'title',
    'field.controlCharacters',
  ),
  badField('a content too short', validSubmission({ content: 'Quá ngắn.' }), 'content', 'field.tooShort', {
    min: 20,
  }),
  badField(
    'a content of 10,001 characters',
    validSubmission({ content: bigText(10_001) }),
    'content',
    'field.tooLong',
    { max: 10000 },
  ),
  badField(
    'a direction override in the content (Trojan Source)',
    validSubmission({ content: `Nội dung bình thường \u202e đảo chiều hiển thị ở đây` }),
    'content',
    'field.controlCharacters',
  ),
  // Text that is not text (shared/text.ts): refused with a field message, never stored
  badField(
    'a lone surrogate (half an emoji) in the title',
    validSubmission({ title: 'Tiêu đề có \ud83d nửa emoji' }),
    'title',
    'field.brokenText',
  ),
  badField(
    'a low surrogate alone in the content',
    validSubmission({ content: 'Nội dung đủ dài để hợp lệ \udc4d ở giữa câu.' }),
    'content',
    'field.brokenText',
  ),
  badField(
    'a noncharacter U+FFFE in the name',
    withSubmitter({ name: 'Trần Thị\ufffe Hoa' }),
    'submitter.name',
    'field.nonCharacter',
  ),
  badField(
    'a noncharacter U+FDD0 in the address',
    withSubmitter({ address: 'Thôn \ufdd0 Làng Ngõa' }),
    'submitter.address',
    'field.nonCharacter',
  ),
  badField(
    'the last code point U+10FFFF in the title',
    validSubmission({ title: 'Đường làng \u{10ffff} bị hỏng' }),
    'title',
    'field.nonCharacter',
  ),
  badField(
    'a lone surrogate in the email',
    withSubmitter({ email: 'hoa\ud800@example.vn' }),
    'submitter.email',
    'field.brokenText',
  ),
  badField(
    'a lone surrogate in the phone',
    withSubmitter({ phone: '0912\udfff345678' }),
    'submitter.phone',
    'field.brokenText',
  ),
  badField(
    'a lone surrogate in an id',
    validSubmission({ fieldId: 'dat-dai\ud83d' }),
    'fieldId',
    'field.brokenText',
  ),
  badField(
    'a replacement character (broken UTF-8 upstream) in the title',
    validSubmission({ title: 'Đường làng \ufffd bị hỏng' }),
    'title',
    'field.brokenText',
  ),
  badField('no consent answer', without('consentToPublish'), 'consentToPublish', 'field.consentRequired'),
  badField(
    'a consent of "maybe"',
    validSubmission({ consentToPublish: 'maybe' }),
    'consentToPublish',
    'field.consentRequired',
  ),
  badField(
    'an unknown meeting',
    validSubmission({ meetingId: 'khong-co-buoi-nay' }),
    'meetingId',
    'field.unknownMeeting',
  ),
  badField(
    'a cancelled meeting',
    validSubmission({ meetingId: 'sd-tiep-cong-dan-an-ba' }),
    'meetingId',
    'field.unknownMeeting',
  ),
  badField(
    'a meeting already held',
    validSubmission({ meetingId: 'hl-txct-sau-kh11-van-nham' }),
    'meetingId',
    'field.unknownMeeting',
  ),
  badField(
    "another council's meeting (Hậu Giang) for a Hữu Lũng commune",
    validSubmission({ meetingId: 'hg-chuyen-de-giao-thong' }),
    'meetingId',
    'field.meetingElsewhere',
  ),
  badField(
    'a meeting of the right council in another commune',
    validSubmission({ meetingId: 'hl-txct-truoc-kh12-thanh-son' }),
    'meetingId',
    'field.meetingElsewhere',
  ),
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
  badField(
    'a fieldId that is an object',
    validSubmission({ fieldId: { $ne: null } }),
    'fieldId',
    'field.invalidType',
  ),
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
