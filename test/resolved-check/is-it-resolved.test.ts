import { SendEmailCommand } from '@aws-sdk/client-ses';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { askWhetherResolved } from '../../functions/deadlines/resolution-checks.ts';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import { resolutionToken } from '../../functions/lib/petitions/resolved-token.ts';
import { vietnamDate } from '../../shared/time.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { testSender } from '../notifier/fixtures.ts';
import { saveAnswered } from '../petitions/answered.ts';
import { postForm, postJson, usePetitionTestApi, validSubmission } from '../petitions/support.ts';
import { useSesMock } from '../support/ses-mock.ts';

const api = usePetitionTestApi();
const ses = useSesMock();
beforeEach(() => {
  ses.reset();
  ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
});

const DAY = 86_400_000;
const day = (offset: number) => vietnamDate(new Date(Date.now() + offset * DAY));

/** A petition answered "will be resolved by" `resolveBy`, some weeks ago. */
async function promised(resolveBy: string, email = 'hoi.giai.quyet@example.com'): Promise<string> {
  const response = await postJson(
    api.app,
    validSubmission({ submitter: { ...(validSubmission().submitter as object), email } }),
  );
  const code = parseTrackingCode(((await response.json()) as { code: string }).code);
  const answeredAt = new Date(Date.now() - 40 * DAY).toISOString();
  await saveAnswered(api.repos, code, answeredAt, { result: 'scheduled', resolveBy });
  return code;
}

const ask = () =>
  askWhetherResolved(
    {
      repos: api.repos,
      sender: testSender(),
      siteUrl: api.config.PUBLIC_SITE_URL,
      feedbackSecret: api.config.FEEDBACK_TOKEN_SECRET,
    },
    new Date(),
  );

const mailsTo = (address: string) =>
  ses.commandCalls(SendEmailCommand).filter((c) => c.args[0].input.Destination?.ToAddresses?.[0] === address);

const tokenOf = async (code: string) =>
  resolutionToken(
    api.config.FEEDBACK_TOKEN_SECRET,
    code,
    (await api.repos.petitions.get(code))!.answer!.answeredAt,
  );

const reply = (code: string, body: Record<string, unknown>) =>
  postJson(api.app, body, {}, `/v1/petitions/${code}/resolution`);

const counts = async () =>
  (await (
    await api.app.request(
      `/v1/statistics/citizen-resolutions?council=huu-lung&year=${new Date().getUTCFullYear()}`,
    )
  ).json()) as {
    confirmed: number;
    notResolved: number;
  };

describe('"is it resolved?"', () => {
  it('asks the submitter once after the promised date, with their private link, and not before it', async () => {
    const due = await promised(day(-2), 'den.han@example.com');
    const early = await promised(day(5), 'chua.den.han@example.com');
    await ask();
    await ask(); // a second run (or a retried one) asks nothing again
    const mails = mailsTo('den.han@example.com');
    expect(mails).toHaveLength(1);
    const text = mails[0]!.args[0].input.Message!.Body!.Text!.Data!;
    expect(text).toContain('giai-quyet=');
    expect(text).toContain(encodeURIComponent(await tokenOf(due)).replace(/%2E/g, '.'));
    expect(mailsTo('chua.den.han@example.com')).toHaveLength(0);
    // The index holds it while answered; the track page with the link asks the question.
    const { Item } = await api.repos.db.doc.send(
      new GetCommand({
        TableName: api.database.tableName,
        Key: { pk: petitionKeys.pk(early), sk: petitionKeys.petitionSk },
      }),
    );
    expect(Item?.gsi10pk).toBe('COUNCIL#huu-lung#RESOLVE_BY');
    const page = await (
      await api.app.request(`/tra-cuu?ma=${due}&giai-quyet=${encodeURIComponent(await tokenOf(due))}`)
    ).text();
    expect(page).toContain('Việc này đã được giải quyết chưa?');
    expect(page).toContain('name="resolved" value="no"');
  });

  it('records "yes" once and counts it among resolutions confirmed by citizens', async () => {
    const code = await promised(day(-1));
    const before = await counts();
    const yes = await reply(code, { token: await tokenOf(code), resolved: 'yes' });
    expect(yes.status).toBe(200);
    expect(((await yes.json()) as { status: string }).status).toBe('answered');
    const again = await reply(code, { token: await tokenOf(code), resolved: 'no' });
    expect(again.status).toBe(410);
    expect(await counts()).toMatchObject({
      confirmed: before.confirmed + 1,
      notResolved: before.notResolved,
    });
    expect((await api.repos.petitions.get(code))!.status).toBe('answered');
  });

  it('reopens follow-up on "no" as "not satisfied" does, from the no-JavaScript form', async () => {
    const code = await promised(day(-3));
    const before = await counts();
    const response = await postForm(
      api.app,
      { token: await tokenOf(code), resolved: 'no', reason: 'Cầu vẫn hỏng' },
      {},
      `/v1/petitions/${code}/resolution?lang=vi`,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('chuyển lại để tiếp tục giải quyết');
    const record = await api.repos.petitions.getWithContact(code);
    expect(record!.petition).toMatchObject({ status: 'in_progress', unsatisfied: true });
    expect(record!.events.at(-1)).toMatchObject({ type: 'reopened', actor: { role: 'citizen' } });
    expect(await counts()).toMatchObject({
      confirmed: before.confirmed,
      notResolved: before.notResolved + 1,
    });
    // Reopened: no longer in the index of promised dates.
    const { Item } = await api.repos.db.doc.send(
      new GetCommand({
        TableName: api.database.tableName,
        Key: { pk: petitionKeys.pk(code), sk: petitionKeys.petitionSk },
      }),
    );
    expect(Item?.gsi10pk).toBeUndefined();
  });

  it('refuses a wrong token (403) and a reply before the promised date (410), changing nothing', async () => {
    const code = await promised(day(4));
    expect((await reply(code, { token: '1.abc', resolved: 'yes' })).status).toBe(403);
    const early = await reply(code, { token: await tokenOf(code), resolved: 'no' });
    expect(early.status).toBe(410);
    expect((await api.repos.petitions.get(code))!.status).toBe('answered');
    const bad = await reply(code, { token: await tokenOf(code), resolved: 'maybe' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: Record<string, string> }).fields.resolved).toBeTruthy();
  });
});
