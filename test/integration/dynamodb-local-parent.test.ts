/**
 * DynamoDB Local never outlives the process that started it: a test worker killed after a
 * timeout (or any SIGKILL) used to leave its Java server running, a few hundred megabytes
 * and a port each, until someone found it. The launcher exits when its standard input, a
 * pipe from the parent, closes.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Running: a process that has exited but not been reaped yet (a zombie) is not. */
function alive(pid: number): boolean {
  if (existsSync('/proc')) {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

it('exits when the process that started it is killed', async () => {
  const script = `
    import { startDynamoDbLocal } from './infra/local/dynamodb-local.ts';
    import { freePort } from './infra/local/ports.ts';
    const dynamo = await startDynamoDbLocal({ port: await freePort() });
    console.log(dynamo.process.pid);
    setInterval(() => undefined, 1000);
  `;
  const parent = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let javaPid = 0;
  try {
    const [line] = (await once(parent.stdout, 'data')) as [Buffer];
    javaPid = Number(line.toString().trim());
    expect(javaPid).toBeGreaterThan(0);
    expect(alive(javaPid)).toBe(true);
    parent.kill('SIGKILL');
    const deadline = Date.now() + 20_000;
    while (alive(javaPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(javaPid)).toBe(false);
  } finally {
    parent.kill('SIGKILL');
    if (javaPid && alive(javaPid)) process.kill(javaPid, 'SIGKILL');
  }
}, 90_000);
