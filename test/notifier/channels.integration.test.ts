/**
 * SMS and Zalo through the local stack's pieces: a submission with only a phone number
 * (the public API), the DynamoDB stream, the local poller, the notifier and the SMS and
 * Zalo stand-ins, nothing mocked. Each notice (received, routed, answered) is exactly one
 * SMS and one Zalo message, read back from the stand-ins' /store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgePetition, answerPetition, routePetition } from '../../functions/lib/petitions/actions.ts';
import { streamArnOf } from '../../infra/local/create-table.ts';
import { DEMO_AGENCIES } from '../../infra/local/demo/reference.ts';
import { demoStaff } from '../../infra/local/demo/staff.ts';
import { startLocalNotifier } from '../../infra/local/notifier.ts';
import { freePort } from '../../infra/local/ports.ts';
import type { StoredSms } from '../../infra/local/sms-gateway.ts';
import type { StoredZaloMessage } from '../../infra/local/zalo-gateway.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import {
  type PetitionTestApi,
  postJson,
  startPetitionTestApi,
  validSubmission,
} from '../petitions/support.ts';
import { localClient } from '../support/database.ts';

let api: PetitionTestApi;
let notifier: Awaited<ReturnType<typeof startLocalNotifier>>;

beforeAll(async () => {
  api = await startPetitionTestApi();
  const admin = localClient(api.database.endpoint);
  const streamArn = await streamArnOf(admin, api.database.tableName);
  admin.destroy();
  notifier = await startLocalNotifier({
    repos: api.repos,
    config: { ...api.config, TABLE_NAME: api.database.tableName, DYNAMODB_ENDPOINT: api.database.endpoint },
    consoleUrl: api.config.PUBLIC_SITE_URL,
    streamArn,
    mailboxPort: await freePort(),
    smsPort: await freePort(),
    zaloPort: await freePort(),
  });
});

afterAll(async () => {
  await notifier?.stop();
  await api?.database.drop();
});

async function store<T>(url: string): Promise<T[]> {
  const response = await fetch(`${url}/store`);
  return ((await response.json()) as { messages: T[] }).messages;
}

describe('a submitter who gave only a phone number', () => {
  it('gets exactly one SMS and one Zalo message per notice, with the code and the link', async () => {
    const body = validSubmission();
    const submitter = {
      ...(body.submitter as Record<string, unknown>),
      email: undefined,
      phone: '0912.345.678',
    };
    const response = await postJson(api.app, { ...body, submitter });
    expect(response.status).toBe(201);
    const printed = ((await response.json()) as { code: string }).code;
    const code = parseTrackingCode(printed);

    const now = new Date();
    const secretariat = { repos: api.repos, user: demoStaff('thu-ky-huu-lung').user, now };
    const officer = { repos: api.repos, user: demoStaff('can-bo-ubnd-huu-lung').user, now };
    const forCode = (texts: string[]) => texts.filter((t) => t.includes(printed));
    const smsTexts = async () => forCode((await store<StoredSms>(notifier.sms.url)).map((m) => m.body));
    await expect.poll(async () => (await smsTexts()).length, { timeout: 20_000 }).toBe(1);

    await routePetition(secretariat, code, {
      agencyId: 'ubnd-huu-lung',
      reason: 'Việc thuộc thẩm quyền của UBND huyện.',
    });
    await expect.poll(async () => (await smsTexts()).length, { timeout: 20_000 }).toBe(2);
    await acknowledgePetition(officer, code, {});
    await answerPetition(officer, code, {
      text: 'UBND huyện đã bố trí kinh phí sửa chữa cầu tràn trong quý I năm sau.',
      documentNumber: '245/UBND-KT',
      documentDate: '2026-11-20',
      result: 'resolved',
    });
    await expect.poll(async () => (await smsTexts()).length, { timeout: 20_000 }).toBe(3);
    const zaloOf = async () =>
      (await store<StoredZaloMessage>(notifier.zalo.url)).filter((m) => m.templateData.code === printed);
    await expect.poll(async () => (await zaloOf()).length, { timeout: 20_000 }).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 500)); // anything more would arrive now

    const sms = (await store<StoredSms>(notifier.sms.url)).filter((m) => m.body.includes(printed));
    expect(sms.map((m) => m.to)).toEqual(['+84912345678', '+84912345678', '+84912345678']);
    expect(sms.map((m) => m.body)).toEqual([
      expect.stringMatching(/da duoc tiep nhan\. Tra cuu: http.*tra-cuu\?ma=/),
      expect.stringContaining('da duoc chuyen den co quan co tham quyen'),
      expect.stringContaining('da co ket qua tra loi'),
    ]);
    for (const m of sms) expect(m.body).toMatch(/^[\x20-\x7e]+$/);

    const zalo = await zaloOf();
    expect(zalo.map((m) => [m.phone, m.templateId, m.templateData.status])).toEqual([
      ['84912345678', '310001', 'đã được tiếp nhận'],
      ['84912345678', '310002', 'đã được chuyển đến cơ quan có thẩm quyền'],
      ['84912345678', '310003', 'đã có kết quả trả lời'],
    ]);
    expect(new Set(zalo.map((m) => m.trackingId)).size).toBe(3);
    // The only email is the agency's assignment: the submitter gave no address.
    const emails = (await notifier.mailbox.emails()).filter((e) => e.subject.includes(printed));
    const agency = DEMO_AGENCIES.find((a) => a.id === 'ubnd-huu-lung')!;
    expect(emails.map((e) => e.destination.to)).toEqual([[agency.email]]);
  }, 90_000);
});
