import { describe, expect, it } from 'vitest';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { postForm, postJson, SITE_URL, usePetitionTestApi, validSubmission, writesIn } from './support.ts';

const api = usePetitionTestApi();

async function submit(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  api.database.resetSent();
  const response = await postJson(api.app, body, headers);
  expect(response.status).toBe(201);
  const receipt = (await response.json()) as { code: string; statusUrl: string };
  const code = parseTrackingCode(receipt.code);
  return { response, receipt, code, record: await api.repos.petitions.getWithContact(code) };
}

describe('POST /v1/petitions (JSON)', () => {
  it('answers 201 with the formatted code, the public status URL and the resource location', async () => {
    const { response, receipt, code } = await submit(validSubmission());
    expect(receipt.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(receipt.statusUrl).toBe(`${SITE_URL}/tra-cuu?ma=${receipt.code}&lang=vi`);
    expect(response.headers.get('location')).toBe(`/v1/petitions/${receipt.code}`);
    expect(Object.keys(receipt).sort()).toEqual(['code', 'statusUrl']);
    expect(await api.repos.petitions.get(code)).toBeDefined();
  });

  it('writes the petition, its text, its contact, its consent record, its first events, the idempotency record and the rate-limit count in ONE transaction', async () => {
    api.database.resetSent();
    const response = await postJson(api.app, validSubmission(), {
      'Idempotency-Key': 'one-transaction-0001',
    });
    expect(response.status).toBe(201);
    const writes = api.database.sent.filter((s) => writesIn([s]).length > 0);
    // The rate-limit count is a step of the same transaction (DESIGN §7): one write call.
    expect(writes.map((w) => w.name)).toEqual(['TransactWriteItemsCommand']);
    type Step = {
      Put?: { Item: Record<string, unknown> };
      Update?: { ExpressionAttributeValues: Record<string, unknown> };
    };
    const items = (writes[0]!.input.TransactItems as Step[]).map(
      (i) => i.Put?.Item.entity ?? i.Update?.ExpressionAttributeValues[':entity'],
    );
    // Hữu Lũng does not auto-route: the proposal is a second, non-public event. The citizen's
    // text is its own item (petition-texts.ts), written once here, so status changes rewrite less.
    expect(items).toEqual([
      'petition',
      'petition-text',
      'contact',
      'consent',
      'event',
      'event',
      'idempotency',
      'rate-limit',
    ]);
  });

  it('keeps personal data in the contact item only, NFC-normalised and with the phone in its usual form', async () => {
    const decomposed = 'Nguyễn Văn Thử'.normalize('NFD');
    const { code, record } = await submit(
      validSubmission({
        title: 'Đề nghị làm đèn chiếu sáng đường thôn'.normalize('NFD'),
        submitter: { ...(validSubmission().submitter as object), name: decomposed, phone: '+84 912.345.678' },
      }),
    );
    expect(record?.contact).toEqual({
      code,
      name: 'Nguyễn Văn Thử'.normalize('NFC'),
      email: 'kiem.thu@example.com',
      phone: '0912345678',
      address: 'Thôn Làng Ngõa, xã Vân Nham',
      communeId: 'van-nham',
    });
    expect(record?.petition.title).toBe('Đề nghị làm đèn chiếu sáng đường thôn'.normalize('NFC'));
    const petitionText = JSON.stringify(record?.petition);
    for (const secret of ['Thử', 'kiem.thu@example.com', '0912345678', 'Làng Ngõa, xã']) {
      expect(petitionText).not.toContain(secret);
    }
  });

  it('auto-route off (Hữu Lũng): stays received with the proposed agency and no deadline', async () => {
    const { record } = await submit(validSubmission());
    expect(record?.petition).toMatchObject({
      councilId: 'huu-lung',
      status: 'received',
      proposedAgencyId: 'phong-tnmt-huu-lung',
      channel: 'online',
      voterCount: 1,
      version: 1,
    });
    expect(record?.petition.agencyId).toBeUndefined();
    expect(record?.petition.deadline).toBeUndefined();
    expect(record?.events.map((e) => e.type)).toEqual(['received', 'proposed']);
  });

  it('auto-route on (Sơn Động): routed at once to the matrix agency, with a deadline and a system event', async () => {
    const before = Date.now();
    const { record } = await submit(
      validSubmission({
        fieldId: 'lam-nghiep',
        localityId: 'an-ba',
        submitter: { ...(validSubmission().submitter as object), communeId: 'an-ba' },
      }),
    );
    const petition = record!.petition;
    expect(petition).toMatchObject({
      councilId: 'son-dong',
      status: 'routed',
      agencyId: 'hat-kiem-lam-son-dong',
    });
    expect(petition.routedAt).toBe(petition.receivedAt);
    // 30 days (the council's setting) to the end of a Vietnam day.
    const days = (Date.parse(petition.deadline!) - before) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(31.1);
    expect(petition.deadline!.endsWith('16:59:59.999Z')).toBe(true);
    expect(record!.events.map((e) => [e.type, e.actor.role, e.agencyId])).toEqual([
      ['received', 'citizen', undefined],
      ['routed', 'system', 'hat-kiem-lam-son-dong'],
    ]);
  });

  it('no matching rule: stays received in the triage queue, with no proposal', async () => {
    await api.repos.reference.create('units', {
      id: 'binh-an',
      name: 'Bình An',
      type: 'commune',
      parentId: 'ha-noi',
    });
    await api.repos.reference.create('councils', {
      id: 'binh-an',
      name: 'HĐND xã Bình An',
      unitId: 'binh-an',
      level: 'commune',
      settings: { deadlineDays: 30, feedbackDays: 90, contactRetentionMonths: 12, autoRoute: true },
    });
    const { code, record } = await submit(validSubmission({ localityId: 'binh-an' }));
    expect(record?.petition).toMatchObject({ councilId: 'binh-an', status: 'received' });
    expect(record?.petition.proposedAgencyId).toBeUndefined();
    expect(record?.events.map((e) => e.type)).toEqual(['received']);
    const queue = await api.repos.petitions.listCouncilQueue('binh-an', 'received');
    expect(queue.items.map((p) => p.code)).toEqual([code]);
  });

  it('a petition for a meeting, about one of its communes, goes to the meeting’s council', async () => {
    const { record } = await submit(
      validSubmission({
        meetingId: 'hg-chuyen-de-giao-thong',
        localityId: 'nga-bay',
        submitter: { ...(validSubmission().submitter as object), communeId: 'vi-thanh' },
      }),
    );
    expect(record?.petition).toMatchObject({
      councilId: 'hau-giang',
      meetingId: 'hg-chuyen-de-giao-thong',
      proposedAgencyId: 'so-tnmt-hau-giang',
    });
    const ofMeeting = await api.repos.petitions.listByMeeting('hg-chuyen-de-giao-thong');
    expect(ofMeeting.items.map((p) => p.code)).toContain(record?.petition.code);
  });

  it('fifty submissions without a key make fifty distinct codes', async () => {
    // From fifty clients: one client's fifty at once contend on its rate-limit counter, and a
    // conflict past the transaction's retries is a 503 that a request without a key cannot
    // safely repeat (the form always sends one). What this test proves is the codes.
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        postJson(api.withApp({ clientAddress: `198.51.100.${100 + i}` }), validSubmission()),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const codes = await Promise.all(responses.map(async (r) => ((await r.json()) as { code: string }).code));
    expect(new Set(codes).size).toBe(50);
    const stored = await Promise.all(codes.map((c) => api.repos.petitions.get(parseTrackingCode(c))));
    expect(stored.every((p) => p !== undefined)).toBe(true);
  });
});

describe('POST /v1/petitions (the no-JavaScript form)', () => {
  it('answers 303 to the site’s confirmation page with only the code and the language in the URL', async () => {
    const response = await postForm(api.app, validSubmission({ consentToPublish: 'true' }));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${SITE_URL}/gui-kien-nghi/da-gui`);
    expect([...location.searchParams.keys()]).toEqual(['ma', 'lang']);
    const code = parseTrackingCode(location.searchParams.get('ma')!);
    const record = await api.repos.petitions.getWithContact(code);
    expect(record?.petition.consentToPublish).toBe(true);
    expect(record?.contact?.name).toBe('Nguyễn Thị Kiểm Thử');
  });

  it('takes "false" from the consent radio button as a refusal to publish', async () => {
    const response = await postForm(api.app, validSubmission({ consentToPublish: 'false' }));
    const code = parseTrackingCode(new URL(response.headers.get('location')!).searchParams.get('ma')!);
    expect((await api.repos.petitions.get(code))?.consentToPublish).toBe(false);
  });
});

describe('the honeypot', () => {
  it.each([
    ['JSON', () => postJson(api.app, validSubmission({ website: 'https://spam.example' }))],
    ['form', () => postForm(api.app, validSubmission({ website: 'https://spam.example' }))],
  ])(
    'a filled honeypot (%s) is answered like a success, and nothing is stored or counted',
    async (_, send) => {
      api.database.resetSent();
      const response = await send();
      expect([201, 303]).toContain(response.status);
      const code =
        response.status === 201
          ? ((await response.json()) as { code: string }).code
          : new URL(response.headers.get('location')!).searchParams.get('ma')!;
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(writesIn(api.database.sent)).toEqual([]);
      expect(await api.repos.petitions.get(parseTrackingCode(code))).toBeUndefined();
    },
  );
});
