/**
 * The processing Lambda, on the bucket's object-created events under quarantine/ (locally
 * the same function, fed by the local S3 server's events: infra/local/s3-server.ts). A
 * failure that is not the file's fault is thrown, so Lambda tries the event again.
 */
import { attachmentObjectKeys } from '../../shared/attachments.ts';
import { createAttachmentStore } from '../lib/attachments/store.ts';
import { UploadRepository } from '../lib/data/attachment-repository.ts';
import { databaseFromConfig } from '../lib/data/client.ts';
import { readProcessorConfig } from './config.ts';
import { type ProcessorDependencies, processUpload } from './process-upload.ts';

export interface S3EventLike {
  Records?: readonly { eventName?: string; s3?: { object?: { key?: string } } }[];
}

/** The upload ids of an event's created objects (keys arrive URL-encoded, "+" for a space). */
export function uploadIdsOf(event: S3EventLike): string[] {
  return (event.Records ?? []).flatMap((record) => {
    if (!record.eventName?.startsWith('ObjectCreated:')) return [];
    const raw = record.s3?.object?.key ?? '';
    const id = attachmentObjectKeys.uploadIdOf(decodeURIComponent(raw.replace(/\+/g, ' ')));
    return id ? [id] : [];
  });
}

export function createProcessorHandler(deps: ProcessorDependencies) {
  return async (event: S3EventLike): Promise<void> => {
    for (const id of uploadIdsOf(event)) await processUpload(deps, id);
  };
}

let lambdaHandler: ((event: S3EventLike) => Promise<void>) | undefined;

export const handler = (event: S3EventLike) => {
  if (!lambdaHandler) {
    const config = readProcessorConfig();
    const db = databaseFromConfig(config);
    lambdaHandler = createProcessorHandler({
      repos: { uploads: new UploadRepository(db) },
      store: createAttachmentStore(config, db.doc.config.credentials),
    });
  }
  return lambdaHandler(event);
};
