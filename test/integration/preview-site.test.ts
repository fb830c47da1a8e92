/**
 * `npm run preview:site`: the built site served as CloudFront serves it, with the public
 * API's paths passed through to a running API (here a stand-in that names the path it got).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/ports.ts';

const SCRIPT = 'infra/local/preview-site.ts';
let siteDir: string;
let api: Server;
let apiUrl: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'hdnd-preview-'));
  writeFileSync(join(siteDir, 'index.html'), '<h1>Trang chủ</h1>');
  writeFileSync(join(siteDir, '404.html'), '<h1>Không tìm thấy</h1>');
  mkdirSync(join(siteDir, 'quan-ly'));
  writeFileSync(join(siteDir, 'quan-ly', 'index.html'), '<h1>Quản lý</h1>');
  api = createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`api ${req.url}`),
  );
  const port = await freePort();
  await new Promise<void>((done) => api.listen(port, '127.0.0.1', done));
  apiUrl = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((done) => api.close(done));
  rmSync(siteDir, { recursive: true, force: true });
});

/** Runs the preview; settles with what it printed once it serves (or exits). */
function preview(env: Record<string, string>): Promise<{ output: string; code: number | null }> {
  const child = spawn(process.execPath, [SCRIPT], { env: { ...process.env, ...env }, stdio: 'pipe' });
  children.push(child);
  let output = '';
  return new Promise((done) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C')) done({ output, code: null });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => done({ output, code }));
  });
}

describe('npm run preview:site', () => {
  it('is a script of the project', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts['preview:site']).toBe(`node ${SCRIPT}`);
  });

  it('serves the built site on 127.0.0.1 with the API’s paths passed to the running API', async () => {
    const port = await freePort();
    const { output, code } = await preview({
      SITE_DIR: siteDir,
      PUBLIC_API_URL: apiUrl,
      PREVIEW_PORT: `${port}`,
    });
    expect(code, output).toBeNull();
    const url = `http://127.0.0.1:${port}`;
    expect(output).toContain(url);
    expect(await (await fetch(`${url}/`)).text()).toContain('Trang chủ');
    expect(await (await fetch(`${url}/quan-ly/`)).text()).toContain('Quản lý');
    expect(await (await fetch(`${url}/v1/reference`)).text()).toBe('api /v1/reference');
    const missing = await fetch(`${url}/khong-co/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Không tìm thấy');
  });

  it('says to build the site first when there is no build', async () => {
    const { output, code } = await preview({
      SITE_DIR: join(siteDir, 'chua-build'),
      PUBLIC_API_URL: apiUrl,
      PREVIEW_PORT: `${await freePort()}`,
    });
    expect(code).toBe(1);
    expect(output).toContain('npm run build:site');
  });
});
