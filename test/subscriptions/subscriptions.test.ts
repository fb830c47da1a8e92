import { SendEmailCommand, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { subscriptionKeys } from '../../functions/lib/data/subscription-keys.ts';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { eventOf, eventRecord, streamRecordOf, testNotifier } from '../notifier/fixtures.ts';
import { postForm, postJson, usePetitionTestApi, validSubmission } from '../petitions/support.ts';
import { captureLogs } from '../support/log-capture.ts';
import { useSesMock } from '../support/ses-mock.ts';

const api = usePetitionTestApi();
const ses = useSesMock();
beforeEach(() => {
  ses.reset();
  ses.on(SendRawEmailCommand).resolves({ MessageId: 'raw' });
  ses.on(SendEmailCommand).resolves({ MessageId: 'plain' });
});

const notifier = () =>
  testNotifier(api.repos, {
    siteUrl: api.config.PUBLIC_SITE_URL,
    feedbackSecret: api.config.FEEDBACK_TOKEN_SECRET,
    recipients: { salt: 'test-recipient-salt', maxPerDay: 20 },
  });

const subscribe = (body: unknown, headers: Record<string, string> = {}) =>
  postJson(api.app, body, headers, '/v1/subscriptions');

/** The raw emails SES was asked to send, to one address, as text (base64 parts decoded). */
function rawEmailsTo(address: string): string[] {
  return ses
    .commandCalls(SendRawEmailCommand)
    .filter((c) => c.args[0].input.Destinations?.includes(address))
    .map((c) => {
      const raw = Buffer.from(c.args[0].input.RawMessage!.Data!).toString('utf8');
      const decoded = raw.replace(
        /\r\n\r\n([A-Za-z0-9+/=\r\n]+)\r\n--/g,
        (_, b64: string) =>
          `\r\n\r\n${Buffer.from(b64.replace(/\r\n/g, ''), 'base64').toString('utf8')}\r\n--`,
      );
      return decoded;
    });
}

/** The subscription item written for an address (read back from the commands the API sent: no index finds an address). */
function subscriptionItemOf(address: string): Record<string, unknown> {
  return api.database.history
    .map((s) => (s.input as { TransactItems?: { Put?: { Item: Record<string, unknown> } }[] }).TransactItems)
    .flatMap((items) => items ?? [])
    .map((i) => i.Put?.Item)
    .find((item) => item?.entity === 'subscription' && item.address === address)!;
}

/** What the notifier does when the stream shows the newest subscription of an address. */
async function deliverConfirmation(id: string) {
  const { Item } = await api.repos.db.doc.send(
    new GetCommand({
      TableName: api.database.tableName,
      Key: { pk: subscriptionKeys.pk(id), sk: subscriptionKeys.sk },
    }),
  );
  return notifier()({ Records: [streamRecordOf(Item!)] });
}

const linkIn = (text: string, path: string) => {
  const found = text.match(new RegExp(`https?://[^\\s"<>]*${path.replace(/\//g, '\\/')}\\?[^\\s"<>]+`));
  return found ? new URL(found[0].replace(/&amp;/g, '&')) : undefined;
};

describe('following a petition (double opt-in)', () => {
  it('sends a confirmation link, confirms by POST (never by GET), tells of changes once, stops in one click', async () => {
    const created = await postJson(api.app, validSubmission());
    const { code } = (await created.json()) as { code: string };
    const address = 'theo.doi@example.com';
    const response = await subscribe({ petition: code, email: address });
    expect(response.status).toBe(202);
    const answer = await response.text();
    expect(answer).toBe('{"state":"pending"}');

    const id = subscriptionItemOf(address).id as string;
    await deliverConfirmation(id);
    await deliverConfirmation(id); // the record redelivered: no second message
    const [confirmation, ...more] = rawEmailsTo(address);
    expect(more).toEqual([]);
    expect(confirmation).toMatch(
      /List-Unsubscribe: <https:\/\/[^>]+\/v1\/subscriptions\/[^>]+\/unsubscribe\?khoa=[^>]+>/,
    );
    expect(confirmation).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const confirmUrl = linkIn(confirmation!, '/theo-doi/xac-nhan')!;
    expect(confirmUrl.search).not.toContain('theo.doi');

    // Opening the link asks; it confirms nothing by itself.
    const page = await api.app.request(`${confirmUrl.pathname}${confirmUrl.search}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Xác nhận theo dõi');
    expect((await api.repos.subscriptions.get(id))?.state).toBe('pending');
    const wrong = await postJson(api.app, { token: 'x'.repeat(43) }, {}, `/v1/subscriptions/${id}/confirm`);
    expect(wrong.status).toBe(403);
    const confirmed = await postJson(
      api.app,
      { token: confirmUrl.searchParams.get('khoa') },
      {},
      `/v1/subscriptions/${id}/confirm`,
    );
    expect(await confirmed.json()).toEqual({ state: 'confirmed' });

    // A change of status reaches the follower, once, with the stop link and its headers.
    const routed = eventOf(code.replace(/-/g, ''), 'routed', { agencyId: 'phong-tnmt-huu-lung' });
    await notifier()({ Records: [eventRecord(routed)] });
    await notifier()({ Records: [eventRecord(routed)] });
    const updates = rawEmailsTo(address).slice(1);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toContain(code);
    const { Item: record } = await api.repos.db.doc.send(
      new GetCommand({
        TableName: api.database.tableName,
        Key: {
          pk: petitionKeys.pk(code.replace(/-/g, '')),
          sk: petitionKeys.notifiedSk(routed.id, `follower#${id}`),
        },
      }),
    );
    expect(record).toMatchObject({ state: 'sent' });

    // One click from the mail client (RFC 8058): the address is erased, nothing more is sent.
    const oneClick = new URL(updates[0]!.match(/List-Unsubscribe: <([^>]+)>/)![1]!);
    const stop = await api.app.request(`${oneClick.pathname}${oneClick.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(stop.status).toBe(200);
    const ended = await api.repos.subscriptions.get(id);
    expect(ended).toMatchObject({ state: 'unsubscribed' });
    expect(ended?.address).toBeUndefined();
    await notifier()({
      Records: [eventRecord(eventOf(code.replace(/-/g, ''), 'rejected', { reason: 'x' }))],
    });
    expect(rawEmailsTo(address)).toHaveLength(2);
  });

  it('lets an unconfirmed subscription expire, and sends an address at most three confirmations a day', async () => {
    const address = 'gioi.han@example.com';
    for (let i = 0; i < 3; i++)
      expect((await subscribe({ commune: 'van-nham', email: address })).status).toBe(202);
    const fourth = await subscribe({ commune: 'van-nham', email: address });
    expect(fourth.status).toBe(429);
    expect(((await fourth.json()) as { message: string }).message).toContain('ngày mai');
    const item = subscriptionItemOf(address);
    const ttl = Number(item.expiresAt) * 1000 - Date.parse(String(item.createdAt));
    expect(Math.abs(ttl - 48 * 3600 * 1000)).toBeLessThan(1000);
  });

  it('tells the followers of a commune about a newly published answer', async () => {
    const address = 'xa.van.nham@example.com';
    await subscribe({ commune: 'van-nham', email: address });
    const s = subscriptionItemOf(address);
    await api.repos.subscriptions.confirm((await api.repos.subscriptions.get(String(s.id)))!, new Date());
    const answered = (await api.repos.petitions.get(DEMO_CODES.answered))!;
    expect(answered.publishedAt).toBeTruthy();
    await notifier()({ Records: [eventRecord(eventOf(answered.code, 'answered'))] });
    expect(rawEmailsTo(address)).toHaveLength(1);
  });

  it('names the bad field, in Vietnamese or English, and answers nothing personal', async () => {
    const both = await subscribe({
      petition: DEMO_CODES.routed,
      commune: 'van-nham',
      email: 'a@example.com',
    });
    expect(both.status).toBe(400);
    expect(((await both.json()) as { fields: Record<string, string> }).fields.petition).toContain(
      'một kiến nghị',
    );
    const none = await subscribe({ commune: 'van-nham' }, { 'accept-language': 'en' });
    expect(((await none.json()) as { fields: Record<string, string> }).fields.email).toContain(
      'email address',
    );
    const landline = await subscribe({ commune: 'van-nham', phone: '024 3826 1234' });
    expect(((await landline.json()) as { fields: Record<string, string> }).fields.phone).toContain('di động');
  });

  it("works as a no-JavaScript form from the track page, with no address in any answer or log line but the refused form's own field", async () => {
    const { lines, restore } = captureLogs();
    const texts: string[] = [];
    try {
      const track = await (await api.app.request(`/tra-cuu?ma=${DEMO_CODES.routed}`)).text();
      expect(track).toContain('action="/v1/subscriptions?lang=vi"');
      const form = await postForm(
        api.app,
        { petition: DEMO_CODES.routed, email: 'bi.mat@example.com' },
        {},
        '/v1/subscriptions?lang=vi',
      );
      expect(form.status).toBe(202);
      texts.push(JSON.stringify([...form.headers]), await form.text());
      const bad = await postForm(
        api.app,
        { petition: DEMO_CODES.routed, phone: '024 3826 1234' },
        {},
        '/v1/subscriptions',
      );
      expect(bad.status).toBe(400);
      // The refused form comes back to the one who typed it (no-store) with the number in its
      // field, as every no-JavaScript form does (form-state.ts); nowhere else on the page.
      const page = await bad.text();
      expect(page).toContain('value="024 3826 1234"');
      expect(bad.headers.get('cache-control')).toContain('no-store');
      texts.push(page.replace('value="024 3826 1234"', ''));
    } finally {
      restore();
    }
    for (const text of [...texts, ...lines]) {
      expect(text).not.toContain('bi.mat@example.com');
      expect(text).not.toContain('3826');
    }
  });
});
