/**
 * The public site as it ships: built by Astro into a temporary folder with the console's
 * build-time settings (where the staff API and the sign-in are), then served from a tiny
 * static server that sends the public API's paths on to it, as CloudFront does on AWS.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { isApiPath } from '../../../shared/ui/routes.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  url: string;
  stop(): Promise<void>;
}

/** Runs `astro build` with `env` into a fresh folder; rejects with Astro's output when it fails. */
export function buildSite(env: Record<string, string>): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'hdnd-site-'));
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [astro, 'build', '--root', 'site', '--outDir', outDir, '--silent'],
      {
        cwd: ROOT,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done(outDir) : fail(new Error(`astro build failed (${code}):\n${output.slice(-4000)}`)),
    );
  });
}

function fileFor(outDir: string, pathname: string): string | undefined {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(outDir, path), join(outDir, path, 'index.html')]) {
    if (candidate.startsWith(outDir) && existsSync(candidate) && statSync(candidate).isFile())
      return candidate;
  }
  return undefined;
}

export async function serveSite(
  outDir: string,
  options: { port: number; publicApi: string },
): Promise<StaticSite> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://site');
    try {
      if (isApiPath(url.pathname)) {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers.set(name, value);
        }
        const answer = await fetch(`${options.publicApi}${url.pathname}${url.search}`, {
          method: req.method ?? 'GET',
          headers,
          redirect: 'manual',
          ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
        });
        const out: Record<string, string> = {};
        answer.headers.forEach((value, name) => {
          if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding')
            out[name] = value;
        });
        res.writeHead(answer.status, out);
        res.end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      const file = fileFor(outDir, url.pathname);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((ready) => server.listen(options.port, '127.0.0.1', ready));
  return {
    url: `http://localhost:${options.port}`,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(outDir, { recursive: true, force: true });
          done();
        });
      }),
  };
}
