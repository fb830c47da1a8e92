/**
 * The site build's reads of the public API are retried with backoff when the API under load
 * drops the connection, answers 502–504 or 429, or does not answer in time (site/src/lib/
 * fetch-retry.ts); any other answer is the caller's at once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchWithRetry } from '../../site/src/lib/fetch-retry.ts';

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

const servers: Server[] = [];

/** A server answering its n-th request with answers[n] (the last one thereafter); the count of requests. */
async function serve(answers: Answer[]): Promise<{ url: string; requests: () => number }> {
  let count = 0;
  const server = createServer((request, response) => {
    const answer = answers[Math.min(count, answers.length - 1)]!;
    count++;
    answer(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1/statistics`, requests: () => count };
}

const dropConnection: Answer = (request) => request.socket.destroy();
const status =
  (code: number): Answer =>
  (_request, response) =>
    response.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify({ code }));
const silence: Answer = () => undefined;

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const quickly = { backoffMs: 10, timeoutMs: 300 };
const headers = { accept: 'application/json' };

describe('fetchWithRetry', () => {
  it('retries a dropped connection and a 503 until the API answers', async () => {
    const api = await serve([dropConnection, status(503), status(200)]);
    const response = await fetchWithRetry(api.url, { headers }, quickly);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ code: 200 });
    expect(api.requests()).toBe(3);
  });

  it('retries an answer that does not come in time', async () => {
    const api = await serve([silence, status(200)]);
    const response = await fetchWithRetry(api.url, { headers }, quickly);
    expect(response.status).toBe(200);
    expect(api.requests()).toBe(2);
  });

  it('hands back any other answer at once: a 404 or a 500 is not retried', async () => {
    for (const code of [404, 500]) {
      const api = await serve([status(code), status(200)]);
      expect((await fetchWithRetry(api.url, { headers }, quickly)).status).toBe(code);
      expect(api.requests()).toBe(1);
    }
  });

  it('gives up after its attempts with the last failure', async () => {
    const api = await serve([dropConnection]);
    await expect(fetchWithRetry(api.url, { headers }, { ...quickly, attempts: 3 })).rejects.toThrow();
    expect(api.requests()).toBe(3);
    const busy = await serve([status(503)]);
    expect((await fetchWithRetry(busy.url, { headers }, { ...quickly, attempts: 2 })).status).toBe(503);
    expect(busy.requests()).toBe(2);
  });
});
