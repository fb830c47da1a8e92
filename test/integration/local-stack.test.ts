/**
 * What the local stack exposes and to whom: the console may be opened at
 * http://127.0.0.1:<port> or http://localhost:<port>, and the staff API and the issuer take a
 * browser's preflight from either (and from no other origin); the stack prints one form.
 * DynamoDB Local, which answers anyone with any credentials, listens on the loopback only.
 */
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/ports.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';

let stack: LocalStack;
let sitePort: number;
let previewPort: number;
beforeAll(async () => {
  sitePort = await freePort();
  previewPort = await freePort();
  stack = await startLocalStack({
    ports: { dynamodb: await freePort(), publicApi: await freePort(), site: sitePort, preview: previewPort },
    seed: false,
  });
});
afterAll(() => stack?.stop());

function preflight(url: string, origin: string, headers = 'authorization, content-type') {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': headers,
    },
  });
}

/** True when something accepts a TCP connection on host:port. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

const otherAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
  .map((a) => a!.address);

describe('the local stack’s origins', () => {
  it('prints the site with 127.0.0.1, as every other service', () => {
    expect(stack.urls.site).toBe(`http://127.0.0.1:${sitePort}`);
    for (const url of Object.values(stack.urls)) expect(new URL(url).hostname).toBe('127.0.0.1');
  });

  it.each([
    ['127.0.0.1', () => `http://127.0.0.1:${sitePort}`],
    ['localhost', () => `http://localhost:${sitePort}`],
    ['the preview of a build (npm run preview:site)', () => `http://127.0.0.1:${previewPort}`],
  ])('lets the console opened on %s call the staff API and sign in at the issuer', async (_, originOf) => {
    const origin = originOf();
    const api = await preflight(`${stack.urls.staffApi}/v1/me`, origin, 'authorization, accept-language');
    expect(api.status).toBe(204);
    expect(api.headers.get('access-control-allow-origin')).toBe(origin);
    const issuer = await preflight(`${stack.urls.issuer}/token`, origin, 'content-type');
    expect(issuer.status).toBe(204);
    expect(issuer.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('allows no other origin, nor the site’s address on another port', async () => {
    const otherPort = [sitePort, previewPort].reduce((a, b) => Math.max(a, b)) + 1;
    for (const origin of ['https://evil.example', `http://127.0.0.1:${otherPort}`]) {
      for (const url of [`${stack.urls.staffApi}/v1/me`, `${stack.urls.issuer}/token`]) {
        const answer = await preflight(url, origin);
        expect(answer.headers.get('access-control-allow-origin'), `${url} from ${origin}`).toBeNull();
      }
    }
  });
});

describe('DynamoDB Local on the local stack', () => {
  const port = () => Number(new URL(stack.urls.dynamodb).port);

  it('answers on the loopback', async () => {
    expect(await accepts('127.0.0.1', port())).toBe(true);
  });

  it.skipIf(otherAddresses.length === 0)('is not reachable on this machine’s other addresses', async () => {
    for (const address of otherAddresses) expect(await accepts(address, port()), address).toBe(false);
  });

  const ss = spawnSync('ss', ['-ltnH'], { encoding: 'utf8' });
  it.skipIf(ss.status !== 0)('listens on 127.0.0.1 only (ss -ltn)', () => {
    const listening = spawnSync('ss', ['-ltnH', `sport = :${port()}`], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim().split(/\s+/)[3]);
    expect(listening).toEqual([`127.0.0.1:${port()}`]);
  });
});
