/**
 * `npm start` as a person runs it: it prints the URLs, answers /health after a real
 * DynamoDB round trip, and Ctrl-C leaves no process behind. A taken port is a clear message.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/ports.ts';

const children: ChildProcess[] = [];
// Each start runs in a process group of its own (`detached`), so a test that fails before its
// Ctrl-C still stops what the start spawned (DynamoDB Local, astro dev), not only the start.
afterEach(() => {
  for (const child of children.splice(0)) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group has already exited
    }
  }
});

async function localPorts() {
  const names = [
    'PUBLIC_API_PORT',
    'STAFF_API_PORT',
    'ISSUER_PORT',
    'DYNAMODB_PORT',
    'SES_PORT',
    'SITE_PORT',
  ];
  const env: Record<string, string> = {};
  for (const name of names) env[name] = String(await freePort());
  return env;
}

function startLocal(env: Record<string, string>) {
  const child = spawn(process.execPath, ['infra/local/start.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, ...env, LOCAL_DATA_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = async (text: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes(text)) {
      if (Date.now() > deadline) throw new Error(`"${text}" not printed within ${timeoutMs} ms:\n${output}`);
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, exited, waitFor, output: () => output };
}

const dynamoProcesses = (port: string) => {
  try {
    return execFileSync('pgrep', ['-f', `(DynamoDBLocal.jar|LoopbackDynamoDbLocal.java) -port ${port}`], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
};

describe('npm start', () => {
  // How long the start takes is the bench's to measure; the deadline here only catches a start
  // that hangs, wide enough for a machine busy with the rest of the suite (it took 61 s under load).
  it('serves /health, prints the URLs, and stops every process on Ctrl-C', async () => {
    const env = await localPorts();
    const run = startLocal(env);
    await run.waitFor('Press Ctrl-C', 180_000);
    expect(run.output()).toContain(`http://127.0.0.1:${env.PUBLIC_API_PORT}`);

    const response = await fetch(`http://127.0.0.1:${env.PUBLIC_API_PORT}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(dynamoProcesses(env.DYNAMODB_PORT!)).not.toBe('');

    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(dynamoProcesses(env.DYNAMODB_PORT!)).toBe('');
    await expect(fetch(`http://127.0.0.1:${env.PUBLIC_API_PORT}/health`)).rejects.toThrow();
  }, 240_000);

  it('says which port is taken instead of printing a stack trace', async () => {
    const env = await localPorts();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(env.PUBLIC_API_PORT), '127.0.0.1', resolve));
    try {
      const run = startLocal(env);
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${env.PUBLIC_API_PORT}`);
      expect(run.output()).toContain('PUBLIC_API_PORT=');
      expect(run.output()).not.toMatch(/\n\s+at /);
      expect(dynamoProcesses(env.DYNAMODB_PORT!)).toBe('');
    } finally {
      blocker.close();
    }
  }, 60_000);
});
