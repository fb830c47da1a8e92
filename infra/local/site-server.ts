/**
 * Serves a built site (site/dist) the way CloudFront does: static files, with the public
 * API's paths on the same origin (/v1/*, /tra-cuu, /gui-kien-nghi/da-gui, /tim-xa, see
 * shared/ui/routes.ts) passed through to the API. The browser tests and `npm run
 * preview:site` use it; nothing here is needed on AWS.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { isApiPath } from '../../shared/ui/routes.ts';
import type { RunningServer } from './http-server.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

function proxy(req: IncomingMessage, res: ServerResponse, api: URL): void {
  const upstream = request(
    {
      protocol: api.protocol,
      hostname: api.hostname,
      port: api.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: api.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.once('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The public API did not answer.');
  });
  req.pipe(upstream);
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(pathname);
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return target;
  if (info?.isDirectory()) {
    const index = join(target, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, url: URL) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const file = await fileFor(root, url.pathname).catch(() => undefined);
  if (!file) {
    // The site's own 404 page, as CloudFront's error response serves it.
    const notFound = await fileFor(root, '/404.html');
    res.writeHead(404, { 'content-type': TYPES[notFound ? '.html' : '.txt'] });
    if (notFound && req.method === 'GET') createReadStream(notFound).pipe(res);
    else res.end(notFound ? undefined : 'Not found');
    return;
  }
  if (!url.pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !url.pathname.endsWith('.html')) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

export function serveSite(options: {
  root: string;
  apiUrl: string;
  port: number;
  host?: string;
}): Promise<RunningServer> {
  const root = resolve(options.root);
  const api = new URL(options.apiUrl);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.local');
    if (isApiPath(url.pathname)) proxy(req, res, api);
    else void serveStatic(req, res, root, url);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        url: `http://${host}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
