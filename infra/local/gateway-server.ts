/**
 * What the SMS and Zalo stand-ins share: a small node:http server on loopback, JSON in
 * and out, and a viewer page listing what was received (every value escaped), like the
 * mailbox's. Each stand-in keeps what it received in memory, as JSON at GET /store.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { escapeHtml } from '../../shared/ui/html.ts';
import { assertPortFree } from './ports.ts';

export type Route = (req: IncomingMessage, body: string, res: ServerResponse) => Promise<void> | void;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  type = 'application/json',
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** The viewer: one table row per stored message, newest first. */
export function viewerPage(title: string, columns: string[], rows: string[][]): string {
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = rows
    .toReversed()
    .map((r) => `<tr>${r.map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top;white-space:pre-wrap}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>${rows.length} message(s). JSON: <a href="/store">/store</a></p>
<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></body></html>`;
}

/**
 * The routes every stand-in has over what it stored: GET /store (JSON), POST /clear-store,
 * and GET / (the viewer, one row per message from `row`).
 */
export function storeRoutes<T>(
  stored: T[],
  viewer: { title: string; columns: string[]; row: (message: T) => string[] },
): Record<string, Route> {
  return {
    'GET /store': (_req, _body, res) => sendJson(res, 200, { messages: stored }),
    'POST /clear-store': (_req, _body, res) => {
      stored.length = 0;
      sendJson(res, 200, { cleared: true });
    },
    'GET /': (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(viewerPage(viewer.title, viewer.columns, stored.map(viewer.row)));
    },
  };
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startGateway(options: {
  port: number;
  host?: string;
  what: string;
  variable: string;
  routes: Record<string, Route>;
}): Promise<RunningGateway> {
  const host = options.host ?? '127.0.0.1';
  await assertPortFree(options.port, options.what, options.variable);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = options.routes[`${req.method} ${path}`];
    if (!route) return sendJson(res, 404, { message: 'Not found' });
    readBody(req)
      .then((body) => route(req, body, res))
      .catch((error: unknown) => sendJson(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${options.port}`,
    port: options.port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
