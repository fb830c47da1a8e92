/**
 * The local S3 (s3rver) inside `npm start` and the tests: the same bucket layout and SDK
 * calls as on AWS, CORS for the site's origins, and its object-created events fed to the
 * same processing handler as the Lambda's (functions/attachment-processor). s3rver accepts
 * presigned POSTs without enforcing their conditions, so the processing step checks size
 * and type itself (and the tests assert on that step).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { createProcessorHandler, type S3EventLike } from '../../functions/attachment-processor/handler.ts';
import type { AttachmentsConfig } from '../../functions/lib/attachments/config.ts';
import { type AttachmentStore, createAttachmentStore } from '../../functions/lib/attachments/store.ts';
import type { Repositories } from '../../functions/lib/data/index.ts';
import { log } from '../../functions/lib/log.ts';

export interface LocalS3 {
  endpoint: string;
  config: AttachmentsConfig;
  store: AttachmentStore;
  /** Resolves once every event received so far has been processed. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export interface LocalS3Options {
  port: number;
  host?: string;
  /** Keep the objects in this folder (the stack's data folder); a temporary one when absent. */
  dataDir?: string;
  bucket?: string;
  /** The site's origins, allowed to POST uploads from a browser. */
  origins: readonly string[];
  repos: Pick<Repositories, 'uploads'>;
}

const corsXml = (origins: readonly string[]) =>
  `<CORSConfiguration>${origins
    .map(
      (origin) =>
        `<CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>POST</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>300</MaxAgeSeconds></CORSRule>`,
    )
    .join('')}</CORSConfiguration>`;

export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  const host = options.host ?? '127.0.0.1';
  const bucket = options.bucket ?? 'hdnd-local-attachments';
  const directory = options.dataDir ? join(options.dataDir, 's3') : mkdtempSync(join(tmpdir(), 'hdnd-s3-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    port: options.port,
    address: host,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [corsXml(options.origins)] }],
  });
  const address = (await server.run()) as AddressInfo;
  const endpoint = `http://${host}:${address.port}`;
  const config: AttachmentsConfig = {
    ATTACHMENTS_BUCKET: bucket,
    AWS_REGION: 'ap-southeast-1',
    S3_ENDPOINT: endpoint,
  };
  const store = createAttachmentStore(config);
  const process = createProcessorHandler({ repos: options.repos, store });

  let queue: Promise<void> = Promise.resolve();
  server.on('event', (event: S3EventLike) => {
    queue = queue
      .then(() => process(event))
      .catch((error: unknown) =>
        log.error('local attachment processing failed', { error: (error as Error).message }),
      );
  });

  return {
    endpoint,
    config,
    store,
    async settled() {
      let seen: Promise<void>;
      do {
        seen = queue;
        await seen;
      } while (seen !== queue);
    },
    async stop() {
      await queue.catch(() => undefined);
      await server.close();
      if (!options.dataDir) rmSync(directory, { recursive: true, force: true });
    },
  };
}
