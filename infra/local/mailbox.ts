/**
 * The local SES endpoint: aws-ses-v2-local, which speaks the SES v1 API the notifier
 * calls (SendEmail), keeps every message in memory and shows them in a mailbox viewer
 * at its root URL. It runs inside this process; its JSON store is GET /store.
 */
import type { Server } from 'node:http';
import sesLocal from 'aws-ses-v2-local';
import { assertPortFree } from './ports.ts';

/** A message as the mailbox stores it. */
export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  /** Seconds since the epoch. */
  at: number;
}

type StartServer = typeof sesLocal.default;
// A CommonJS module whose `export default` is module.exports.default: Node hands the
// exports object to a default import, vitest (like bundlers) hands the function itself.
const startServer: StartServer =
  typeof sesLocal === 'function' ? (sesLocal as unknown as StartServer) : sesLocal.default;

export interface LocalMailbox {
  /** The mailbox viewer, and the endpoint to give the SES client. */
  url: string;
  port: number;
  /** Every message received so far (the JSON store). */
  emails(): Promise<StoredEmail[]>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export async function startMailbox(options: { port: number; host?: string }): Promise<LocalMailbox> {
  const host = options.host ?? '127.0.0.1';
  // The package resolves even when it cannot listen, so a taken port is checked first.
  await assertPortFree(options.port, 'the local mailbox (SES)', 'SES_PORT');
  const server: Server = await startServer({ host, port: options.port });
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${options.port}`;
  return {
    url,
    port: options.port,
    async emails() {
      const response = await fetch(`${url}/store`);
      if (!response.ok) throw new Error(`Local mailbox answered ${response.status}`);
      const store = (await response.json()) as { emails: StoredEmail[] };
      return store.emails;
    },
    async clear() {
      await fetch(`${url}/clear-store`, { method: 'POST' });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
