/**
 * Every response of both apps, called directly (as the local stack and the API's own
 * address serve them), carries the security headers CloudFront adds on AWS, from the one
 * shared definition; HTML is never stored, and what may be cached is keyed by language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { securityHeaders } from '../../shared/security-headers.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import {
  type PetitionTestApi,
  postForm,
  postJson,
  startPetitionTestApi,
  validSubmission,
} from '../petitions/support.ts';
import { STAFF_ROUTES, USERS } from '../staff/routes.ts';
import { type StaffTestbed, startStaffTestbed } from '../staff/support.ts';

let api: PetitionTestApi;
let bed: StaffTestbed;
beforeAll(async () => {
  [api, bed] = await Promise.all([startPetitionTestApi(), startStaffTestbed({})]);
});
afterAll(async () => {
  await api?.database.drop();
  await bed?.close();
});

function expectSecured(response: Response, what: string) {
  for (const [name, value] of Object.entries(securityHeaders()))
    expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
  const cache = response.headers.get('cache-control');
  expect(cache, `${what}: Cache-Control`).toBeTruthy();
  if ((response.headers.get('content-type') ?? '').startsWith('text/html'))
    expect(cache, `${what}: HTML is never stored`).toBe('no-store');
  if (!/no-store/.test(cache!))
    expect(response.headers.get('vary') ?? '', `${what}: keyed by language`).toMatch(/accept-language/i);
}

const code = formatTrackingCode(DEMO_CODES.answered);

describe('the public API', () => {
  const requests: [string, string, RequestInit?][] = [
    ['health', '/health'],
    ['results', '/v1/results'],
    ['statistics', '/v1/statistics'],
    ['councils', '/v1/councils'],
    ['meetings', '/v1/meetings?commune=van-nham'],
    ['meetings feed', '/v1/meetings.ics?commune=van-nham'],
    ['an unknown meeting', '/v1/meetings/khong-co'],
    ['reference', '/v1/reference'],
    ['track JSON', `/v1/petitions/${code}`],
    ['track JSON, unknown code', '/v1/petitions/ABC'],
    ['commune search, one match (303)', '/tim-xa?q=van+nham'],
    ['commune search, no match (page)', '/tim-xa?q=khong+co+xa+nay'],
    ['commune search, empty (page)', '/tim-xa?q='],
    ['commune search, several (page)', '/tim-xa?q=tien'],
    ['track page, lookup form', '/tra-cuu'],
    ['track page', `/tra-cuu?ma=${code}`],
    ['track page, bad code', '/tra-cuu?ma=ABC'],
    ['confirmation page', `/gui-kien-nghi/da-gui?ma=${code}`],
    ['unknown path', '/khong-co'],
  ];
  it.each(requests)('%s', async (what, path, init) => {
    expectSecured(await api.app.request(path, init), what);
  });

  it('submissions, feedback and their form error pages', async () => {
    const cases: [string, Response][] = [
      ['submit JSON', await postJson(api.app, validSubmission())],
      ['submit JSON, bad', await postJson(api.app, { title: 'x' })],
      ['submit form (303)', await postForm(api.app, validSubmission())],
      ['submit form, bad (page)', await postForm(api.app, validSubmission({ title: 'x' }))],
      [
        'feedback JSON, wrong token',
        await postJson(api.app, { token: 'x' }, {}, `/v1/petitions/${code}/feedback`),
      ],
      [
        'feedback form, wrong token (page)',
        await postForm(api.app, { token: 'x' }, {}, `/v1/petitions/${code}/feedback`),
      ],
    ];
    for (const [what, response] of cases) expectSecured(response, what);
  });
});

describe('the staff API', () => {
  it('health, an unknown path, a request without a token', async () => {
    expectSecured(await bed.call('GET', '/health'), 'health');
    expectSecured(await bed.call('GET', '/v1/khong-co', { as: USERS.admin }), 'unknown path');
    expectSecured(await bed.call('GET', '/v1/me'), 'no token');
  });

  it.each(STAFF_ROUTES.map((r) => ({ method: r.method, route: r.route, r })))(
    '$method $route, as a user it allows and as one it refuses',
    async ({ r }) => {
      const { path, body } = await r.prepare(bed);
      const allowed = USERS[r.allowed[0]!];
      expectSecured(await bed.call(r.method, path, { as: allowed, body }), `${r.route} as ${allowed}`);
      const refused = Object.values(USERS).find((u) => !r.allowed.some((a) => USERS[a] === u));
      if (refused)
        expectSecured(await bed.call(r.method, path, { as: refused, body }), `${r.route} as ${refused}`);
    },
  );
});
