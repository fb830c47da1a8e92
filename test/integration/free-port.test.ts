/**
 * freePort() hands a port out once per process: a stack probes all its ports before it starts
 * any server, so a port handed out twice made the second stand-in fail with EADDRINUSE.
 */
import { describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/ports.ts';

describe('freePort', () => {
  it('never hands out the same port twice in a process, even before any is listened on', async () => {
    const ports: number[] = [];
    for (let i = 0; i < 300; i++) ports.push(await freePort());
    expect(new Set(ports).size).toBe(ports.length);
  });
});
