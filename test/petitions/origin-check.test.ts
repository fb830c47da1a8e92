/**
 * On AWS the public API answers only requests that came through CloudFront: CloudFront adds
 * the origin secret header, the app checks it before any route, and anything else is a 403
 * with a message from the catalogues, reading and writing nothing. Locally the same check
 * is configured off.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/messages/index.ts';
import { ORIGIN_SECRET_HEADER } from '../../shared/origin.ts';
import { postJson, usePetitionTestApi, validSubmission } from './support.ts';
import { dumpTable } from './table-dump.ts';

const SECRET = 'an-origin-secret-only-cloudfront-knows-0123';
// Every test makes its own submissions: the reference data is all they need.
const api = usePetitionTestApi({ seed: 'reference' });

describe('the origin secret', () => {
  const guarded = () => api.withApp({ config: { ORIGIN_SECRET: SECRET } });

  it.each([
    ['without the header', {}],
    ['with a wrong value', { [ORIGIN_SECRET_HEADER]: 'an-origin-secret-only-cloudfront-knows-0124' }],
    ['with an empty value', { [ORIGIN_SECRET_HEADER]: '' }],
  ])('refuses a request %s with 403 before any route, storing nothing', async (_name, headers) => {
    const before = await dumpTable(api.database);
    api.database.resetSent();
    const submit = await postJson(guarded(), validSubmission(), headers);
    expect(submit.status).toBe(403);
    expect(await submit.json()).toEqual({
      error: 'forbidden',
      message: translate('vi', 'request.directAccess'),
    });
    for (const path of ['/health', '/v1/reference', '/tra-cuu', '/no-such-path']) {
      const response = await guarded().request(path, { headers: { ...headers, 'accept-language': 'en' } });
      expect(response.status, path).toBe(403);
      expect(((await response.json()) as { message: string }).message).toBe(
        translate('en', 'request.directAccess'),
      );
    }
    expect(api.database.sent).toEqual([]);
    expect(await dumpTable(api.database)).toBe(before);
  });

  it('lets through what CloudFront sends with the secret', async () => {
    const headers = { [ORIGIN_SECRET_HEADER]: SECRET };
    expect((await guarded().request('/v1/reference', { headers })).status).toBe(200);
    expect((await postJson(guarded(), validSubmission(), headers)).status).toBe(201);
  });

  it('is off where the configuration says so (npm start and the other tests)', async () => {
    expect((await api.withApp({ config: { ORIGIN_SECRET: 'off' } }).request('/v1/reference')).status).toBe(
      200,
    );
  });
});
