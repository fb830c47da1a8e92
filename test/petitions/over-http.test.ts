import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { listen, nodeClientAddress, type RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import {
  type PetitionTestApi,
  startPetitionTestApi,
  testConfig,
  validSubmission,
  writesIn,
} from './support.ts';

// The same app on @hono/node-server, as `npm start` serves it: real sockets, real streams.
let api: PetitionTestApi;
let server: RunningServer;
beforeAll(async () => {
  api = await startPetitionTestApi();
  const app = createPublicApp({
    repos: api.repos,
    config: testConfig({ SUBMIT_RATE_LIMIT: 1 }),
    clientAddress: nodeClientAddress,
  });
  server = await listen(app, await freePort());
});
afterAll(async () => {
  await server.close();
  await api.database.drop();
});

/** A raw request, so the test controls chunking and Content-Length. */
function send(chunks: string[], headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL('/v1/petitions', server.url);
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may answer and close before the whole body is sent: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the public API over HTTP on Node', () => {
  it('refuses a chunked body past 64 KB with 413, having written nothing', async () => {
    api.database.resetSent();
    const chunk = 'a'.repeat(16 * 1024);
    const response = await send(Array(6).fill(chunk), {
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ error: 'payloadTooLarge' });
    expect(writesIn(api.database.sent)).toEqual([]);
  });

  it('counts the rate limit by the socket’s address', async () => {
    const body = JSON.stringify(validSubmission());
    const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    expect((await send([body], headers)).status).toBe(201);
    const refused = await send([body], headers);
    expect(refused.status).toBe(429);
  });
});
