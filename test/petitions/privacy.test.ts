import { describe, expect, it } from 'vitest';
import { issueApiKey } from '../../functions/lib/open311/api-keys.ts';
import { feedbackToken } from '../../functions/lib/petitions/feedback-token.ts';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { captureLogs } from '../support/log-capture.ts';
import { postForm, postJson, usePetitionTestApi, validSubmission } from './support.ts';

const api = usePetitionTestApi();

/** Each personal value as it could appear: as typed, and HTML-escaped. */
function personalData(contact: { name: string; email?: string; phone?: string; address: string }): string[] {
  const values = [contact.name, contact.email, contact.phone, contact.address].filter((v): v is string =>
    Boolean(v),
  );
  const escaped = values.map((v) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;'));
  return [...new Set([...values, ...escaped, ...values.map((v) => encodeURIComponent(v))])];
}

/** Every public response about one petition, as text (JSON bodies, pages, headers). */
async function publicResponses(code: string, councilId: string): Promise<{ what: string; text: string }[]> {
  const answeredAt = (await api.repos.petitions.get(code))?.answer?.answeredAt ?? new Date().toISOString();
  const token = feedbackToken(api.config.FEEDBACK_TOKEN_SECRET, code, answeredAt);
  const formatted = formatTrackingCode(code);
  const requests: [string, string, RequestInit?][] = [
    ['track JSON', `/v1/petitions/${formatted}`],
    ['track JSON (en)', `/v1/petitions/${code.toLowerCase()}`, { headers: { 'accept-language': 'en' } }],
    ['track page', `/tra-cuu?ma=${formatted}`],
    ['track page (en)', `/tra-cuu?ma=${formatted}&lang=en`],
    ['track page with the feedback link', `/tra-cuu?ma=${formatted}&phan-hoi=${token}`],
    ['confirmation page', `/gui-kien-nghi/da-gui?ma=${formatted}`],
    ['reference', '/v1/reference'],
    ['Open311 request XML', `/open311/v2/requests/${formatted}.xml?jurisdiction_id=${councilId}`],
    ['Open311 request JSON', `/open311/v2/requests/${formatted}.json?jurisdiction_id=${councilId}`],
    [
      'Open311 requests XML',
      `/open311/v2/requests.xml?jurisdiction_id=${councilId}&service_request_id=${formatted}`,
    ],
    ['Open311 requests JSON', `/open311/v2/requests.json?jurisdiction_id=${councilId}`],
    [
      'feedback refused',
      `/v1/petitions/${formatted}/feedback`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"token":"x"}' },
    ],
  ];
  return Promise.all(
    requests.map(async ([what, path, init]) => {
      const response = await api.app.request(path, init);
      const headers = JSON.stringify([...response.headers]);
      return { what, text: `${response.status} ${headers} ${await response.text()}` };
    }),
  );
}

describe('no personal data of a submitter in any public response', () => {
  const seeded = demoActivity().petitions;

  it.each(seeded.map((p) => [p.petition.status, p.petition.code, p.contact, p.petition] as const))(
    'the seeded %s petition %s',
    async (_, code, contact, petition) => {
      const responses = await publicResponses(code, petition.councilId);
      // A published petition really is answered by Open311 (so nothing is hidden by a 404).
      if (petition.publishedAt)
        expect(responses.find((r) => r.what === 'Open311 request XML')!.text.startsWith('200')).toBe(true);
      // The pages really are about this petition (a 404 would hide nothing by accident).
      expect(responses.find((r) => r.what === 'track JSON')!.text.startsWith('200')).toBe(true);
      expect(responses.find((r) => r.what === 'track page')!.text).toContain(formatTrackingCode(code));
      for (const { what, text } of responses) {
        for (const secret of personalData(contact)) {
          expect(text.includes(secret), `${what} shows "${secret}"`).toBe(false);
        }
      }
    },
  );

  it('nor in the answers to a submission, nor in any log line written while handling it', async () => {
    const { lines, restore } = captureLogs();
    const submission = validSubmission();
    const answers: string[] = [];
    try {
      const json = await postJson(api.app, submission);
      answers.push(JSON.stringify([...json.headers]), await json.text());
      const form = await postForm(api.app, submission);
      answers.push(JSON.stringify([...form.headers]), await form.text());
      const honeypot = await postJson(api.app, { ...submission, website: 'x' });
      answers.push(JSON.stringify([...honeypot.headers]), await honeypot.text());
      const tooMany = api.withApp({ config: { SUBMIT_RATE_LIMIT: 1 }, clientAddress: '192.0.2.99' });
      await postJson(tooMany, submission);
      const refused = await postJson(tooMany, submission);
      answers.push(JSON.stringify([...refused.headers]), await refused.text());
      // The same person through an integrator's app (Open311), accepted and refused.
      const { key } = await issueApiKey(
        api.repos,
        { integrator: 'Ứng dụng', hourlyLimit: 100 },
        'quan-tri',
        new Date(),
      );
      const contactOf = submission.submitter as { name: string; email: string; address: string };
      for (const [format, extra] of [
        ['xml', {}],
        ['json', { media_url: 'https://example.com/a.jpg' }],
      ] as const) {
        const open311 = await api.app.request(`/open311/v2/requests.${format}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            api_key: key,
            jurisdiction_id: 'huu-lung',
            service_code: 'dat-dai',
            address_string: contactOf.address,
            last_name: contactOf.name,
            email: contactOf.email,
            phone: '0912 345 678',
            description: String(submission.content),
            ...extra,
          }).toString(),
        });
        answers.push(JSON.stringify([...open311.headers]), await open311.text());
      }
    } finally {
      restore();
    }
    const contact = submission.submitter as { name: string; email: string; address: string };
    const secrets = [...personalData(contact), '0912345678', '0912 345 678', '203.0.113.7', '192.0.2.99'];
    for (const text of [...answers, ...lines]) {
      for (const secret of secrets)
        expect(text.includes(secret), `"${secret}" in ${text.slice(0, 80)}`).toBe(false);
    }
    expect(lines.some((l) => l.includes('honeypot'))).toBe(true);
  });
});
