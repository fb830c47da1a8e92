/**
 * `npm start` serves the public site from the Astro dev server on live data: a meeting
 * published a moment ago is on the schedule at the next request, the API's paths answer on
 * the site's origin, and stopping the stack stops the dev server.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, LocalStackError } from '../../infra/local/ports.ts';
import { startSiteDevServer } from '../../infra/local/site-dev-server.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import type { Meeting } from '../../shared/schemas/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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

    // Only the site and what it imports are served: not the stack, the functions, the tests.
    const served = async (path: string) => {
      const response = await fetch(`${site}${path}`);
      return { status: response.status, text: await response.text() };
    };
    for (const file of [
      'infra/local/stack.ts',
      'functions/lib/config.ts',
      'test/site/dev-server.test.ts',
      'package.json',
      'infra/local/demo/staff.ts',
    ]) {
      const answer = await served(`/@fs${repoRoot}/${file}`);
      expect(answer.status, file).toBe(403);
      expect(answer.text, file).not.toContain(readFileSync(resolve(repoRoot, file), 'utf8').slice(0, 60));
    }
    expect((await served(`/@fs/etc/passwd`)).status).toBe(403);
    expect((await served(`/@fs${repoRoot}/shared/ui/routes.ts`)).status).toBe(200);
    // The pages' own scripts, and what they import from shared/ and node_modules, still load.
    for (const page of ['/gui-kien-nghi/', '/quan-ly/']) {
      const html = (await served(page)).text;
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const src of scripts) {
        const script = await served(src);
        expect(script.status, src).toBe(200);
        for (const [, imported] of script.text.matchAll(/\bfrom\s*"(\/[^"]+)"/g))
          expect((await served(imported!)).status, `${src} imports ${imported}`).toBe(200);
      }
    }
    // No image endpoint to ask for files with: the site has no images.
    for (const href of ['/etc/passwd', `/@fs${repoRoot}/infra/local/stack.ts`, 'https://example.com/a.png']) {
      const image = await served(`/_image?href=${encodeURIComponent(href)}&w=10&h=10&f=png`);
      expect(image.status, href).toBe(404);
    }
    // The local secrets are made at start, not written in a file.
    for (const secret of [stack.config.FEEDBACK_TOKEN_SECRET, stack.config.RATE_LIMIT_SALT]) {
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(readFileSync(resolve(repoRoot, 'infra/local/stack.ts'), 'utf8')).not.toContain(secret);
    }

    await stack.stop();
    stack = undefined;
    await expect(fetch(`${site}/`)).rejects.toThrow();
  }, 180_000);
});

describe('the dev server on the network', () => {
  it.each(['0.0.0.0', '192.168.1.20', '::'])(
    'refuses to listen on %s (a non-loopback address)',
    async (host) => {
      const started = startSiteDevServer({ port: await freePort(), host, apiUrl: 'http://127.0.0.1:1' });
      await expect(started).rejects.toThrow(LocalStackError);
      await expect(started).rejects.toThrow(/loopback/);
    },
  );
});

describe('the public site in npm start on a network address', () => {
  it('is the built site, which serves pages and the API’s paths but no source file', async () => {
    const port = await freePort();
    // `site: 'built'` is what HOST=0.0.0.0 chooses; here on loopback, so the test exposes nothing.
    const lan = await startLocalStack({
      ports: { dynamodb: await freePort(), publicApi: await freePort(), site: port },
      site: 'built',
    });
    try {
      const site = `http://127.0.0.1:${port}`;
      expect((await fetch(`${site}/lich-tiep-xuc/`)).status).toBe(200);
      expect((await fetch(`${site}/v1/reference`)).status).toBe(200);
      const source = await fetch(`${site}/@fs${repoRoot}/infra/local/stack.ts`);
      expect(source.status).toBe(404);
      expect(await source.text()).not.toContain('startLocalStack');
    } finally {
      await lan.stop();
    }
  }, 240_000);
});
