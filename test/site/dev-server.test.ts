/**
 * `npm start` serves the public site from the Astro dev server on live data: a meeting
 * published a moment ago is on the schedule at the next request, the API's paths answer on
 * the site's origin, and stopping the stack stops the dev server.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/ports.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import type { Meeting } from '../../shared/schemas/index.ts';

const cache = process.env.SITE_DATA_CACHE_MS;
let stack: LocalStack | undefined;
afterAll(async () => {
  await stack?.stop();
  if (cache === undefined) delete process.env.SITE_DATA_CACHE_MS;
  else process.env.SITE_DATA_CACHE_MS = cache;
});

describe('the public site in npm start', () => {
  it('shows live data from the local public API, proxies the API’s paths, and stops with the stack', async () => {
    // The dev server inherits the environment: read the API on every request.
    process.env.SITE_DATA_CACHE_MS = '0';
    const port = await freePort();
    stack = await startLocalStack({
      ports: { dynamodb: await freePort(), publicApi: await freePort(), site: port },
      site: true,
    });
    const site = `http://127.0.0.1:${port}`;
    const schedule = async () => {
      const response = await fetch(`${site}/lich-tiep-xuc/`);
      expect(response.status).toBe(200);
      return response.text();
    };
    expect(await schedule()).toContain('Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Minh Tiến và xã Vân Nham');

    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    const meeting: Meeting = {
      id: 'vn-moi-cong-bo',
      councilId: 'huu-lung',
      kind: 'ad_hoc',
      title: 'Tiếp xúc cử tri đột xuất vừa công bố tại xã Vân Nham',
      delegateIds: [],
      communeIds: ['van-nham'],
      venue: { name: 'Nhà văn hóa thôn Làng Ngõa', address: 'Xã Vân Nham, huyện Hữu Lũng' },
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      invitedBodies: [],
      status: 'confirmed',
      published: true,
      sequence: 0,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    };
    await stack.repos.meetings.create(meeting);
    expect(await schedule()).toContain(meeting.title);
    const detail = await fetch(`${site}/lich-tiep-xuc/buoi/${meeting.id}/`);
    expect(detail.status).toBe(200);
    expect(await detail.text()).toContain('Nhà văn hóa thôn Làng Ngõa');

    const search = await fetch(`${site}/tim-xa?q=van+nham`, { redirect: 'manual' });
    expect(search.status).toBe(303);
    expect(search.headers.get('location')).toBe('/lich-tiep-xuc/xa/van-nham/');
    const reference = await fetch(`${site}/v1/reference`);
    expect(reference.status).toBe(200);

    await stack.stop();
    stack = undefined;
    await expect(fetch(`${site}/`)).rejects.toThrow();
  }, 180_000);
});
