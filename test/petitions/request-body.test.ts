import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { handleError } from '../../functions/lib/http/errors.ts';
import { formToObject, honeypotFilled, readBody } from '../../functions/public-api/request-body.ts';

describe('formToObject', () => {
  it('nests dotted names and keeps the first value of a repeated name', () => {
    const params = new URLSearchParams('submitter.name=An&submitter.email=a%40b.vn&title=T&title=second');
    expect(formToObject(params)).toEqual({ submitter: { name: 'An', email: 'a@b.vn' }, title: 'T' });
  });

  it('ignores names that would reach a prototype, empty segments and deep paths', () => {
    const params = new URLSearchParams(
      '__proto__.polluted=1&submitter.constructor.prototype.x=1&a..b=1&a.b.c.d=1&ok=1',
    );
    const value = formToObject(params);
    expect(value).toEqual({ ok: '1' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a nested name under a plain value instead of overwriting it', () => {
    expect(formToObject(new URLSearchParams('submitter=x&submitter.name=An'))).toEqual({ submitter: 'x' });
  });
});

describe('honeypotFilled', () => {
  it.each([
    [{ website: 'http://x' }, true],
    [{ website: ['x'] }, true],
    [{ website: '' }, false],
    [{ website: '   ' }, false],
    [{}, false],
    [null, false],
    ['website', false],
  ])('%o → %s', (value, filled) => {
    expect(honeypotFilled(value)).toBe(filled);
  });
});

describe('readBody', () => {
  const app = new Hono();
  app.post('/', async (c) => c.json(await readBody(c, 16)));
  app.onError(handleError);

  it('accepts JSON with a charset parameter', async () => {
    const response = await app.request('/', {
      method: 'POST',
      headers: { 'content-type': 'Application/JSON; charset=utf-8' },
      body: '{"a":1}',
    });
    expect(await response.json()).toEqual({ kind: 'json', value: { a: 1 } });
  });

  it('stops at the limit even when Content-Length is absent', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":"0123456789'));
        controller.enqueue(new TextEncoder().encode('0123456789"}'));
        controller.close();
      },
    });
    const response = await app.request('/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});
