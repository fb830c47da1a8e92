import { describe, expect, it } from 'vitest';
import { localOrigins } from '../../infra/local/ports.ts';

describe('the local stack’s printed address and allowed origins', () => {
  it.each([
    ['127.0.0.1', 'http://127.0.0.1:4321'],
    ['0.0.0.0', 'http://127.0.0.1:4321'],
  ])('on HOST=%s prints %s and allows both loopback names', (host, url) => {
    expect(localOrigins(host, 4321)).toEqual({
      url,
      origins: ['http://127.0.0.1:4321', 'http://localhost:4321'],
    });
  });

  it('prints a named address as given and adds it to the loopback names when it is one of them', () => {
    expect(localOrigins('localhost', 4321).url).toBe('http://localhost:4321');
    expect(localOrigins('localhost', 4321).origins).toEqual([
      'http://localhost:4321',
      'http://127.0.0.1:4321',
    ]);
    expect(localOrigins('::1', 4321).origins[0]).toBe('http://[::1]:4321');
  });

  it('allows only the address itself when HOST is another machine’s address', () => {
    expect(localOrigins('192.168.1.20', 4321)).toEqual({
      url: 'http://192.168.1.20:4321',
      origins: ['http://192.168.1.20:4321'],
    });
  });
});
