/**
 * The staff API reads a body through the one streaming reader: a chunked body without a
 * Content-Length is refused with 413 as soon as it passes the limit, without reading
 * (or holding in memory) the rest of it, and nothing stored changes.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER, USERS } from './routes.ts';
import { makePetition, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed({ meetings: false });

const CHUNK = 16 * 1024;
const LIMIT = 256 * 1024;

/** A JSON body of `total` bytes, handed out one chunk per pull; counts what was pulled. */
function countedBody(total: number) {
  const counter = { pulled: 0 };
  const head = new TextEncoder().encode(`{"text":"`);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= total) return controller.close();
        const chunk = sent === 0 ? head : new Uint8Array(CHUNK).fill(0x78);
        sent += chunk.byteLength;
        counter.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

describe('a staff request body', () => {
  it('is refused at the limit while streaming, without reading the rest', async () => {
    const petition = await makePetition(bed, 'in_progress');
    const before = await bed.snapshot();
    const token = await bed.issuer.tokenFor(USERS.admin);
    const { stream, counter } = countedBody(8 * 1024 * 1024);
    const response = await bed.app.request(`/v1/petitions/${petition.code}/answer`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toContain('256 KB');
    expect(counter.pulled).toBeLessThanOrEqual(LIMIT + 2 * CHUNK);
    expect(await bed.snapshot()).toBe(before);
  });

  it('is still read whole when it fits, chunked and without a length', async () => {
    const petition = await makePetition(bed, 'in_progress');
    const token = await bed.issuer.tokenFor(USERS.admin);
    const text = new TextEncoder().encode(JSON.stringify(ANSWER));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < text.length; i += 7) controller.enqueue(text.slice(i, i + 7));
        controller.close();
      },
    });
    const response = await bed.app.request(`/v1/petitions/${petition.code}/answer`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(200);
  });
});
