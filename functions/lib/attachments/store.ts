/**
 * The attachments bucket, through the same signed S3 requests on AWS and against the local
 * S3 server: presigned POSTs into quarantine, the processing step's reads and writes,
 * presigned GETs for staff and for published files. Keys come from shared/attachments.ts only.
 */
import {
  type AttachmentType,
  attachmentObjectKeys,
  UPLOAD_POST_SECONDS,
} from '../../../shared/attachments.ts';
import type { AttachmentsConfig } from './config.ts';
import { type S3Credentials, S3Signer } from './s3-signer.ts';

export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
}

export interface AttachmentStore {
  readonly bucket: string;
  presignUpload(uploadId: string, type: AttachmentType, maxBytes: number): Promise<PresignedUpload>;
  putQuarantine(uploadId: string, bytes: Uint8Array, type: string): Promise<void>;
  /** The quarantined bytes, or `tooLarge` (without reading them) past `maxBytes`; undefined when gone. */
  readQuarantine(uploadId: string, maxBytes: number): Promise<Uint8Array | 'tooLarge' | undefined>;
  put(key: string, bytes: Uint8Array, type: string): Promise<void>;
  /** A private object's bytes (a thumbnail the public API serves itself), or undefined when gone. */
  read(key: string): Promise<Uint8Array | undefined>;
  delete(keys: readonly string[]): Promise<void>;
  /** A short-lived GET link; `filename` is ours (code and number), never the citizen's. */
  presignGet(key: string, seconds: number, filename: string, type: string): Promise<string>;
}

/** An S3 answer that is neither success nor "no such key": the caller's error handler decides. */
export class S3RequestError extends Error {
  readonly status: number;
  constructor(operation: string, status: number) {
    super(`S3 ${operation} answered ${status}`);
    this.name = 'S3RequestError';
    this.status = status;
  }
}

/** The local server's fixed keys keep a developer's real ones out of it. */
const LOCAL_CREDENTIALS: S3Credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function createAttachmentStore(
  config: AttachmentsConfig,
  /** The function's credentials (on AWS: its role's, e.g. the DynamoDB client's provider). */
  credentials?: () => Promise<S3Credentials>,
): AttachmentStore {
  const local = config.S3_ENDPOINT !== undefined;
  const signer = new S3Signer({
    bucket: config.ATTACHMENTS_BUCKET,
    region: config.AWS_REGION,
    ...(local ? { endpoint: config.S3_ENDPOINT } : {}),
    credentials: local || !credentials ? async () => LOCAL_CREDENTIALS : credentials,
  });
  const ok = async (operation: string, response: Response) => {
    if (!response.ok) throw new S3RequestError(operation, response.status);
    await response.arrayBuffer();
  };
  return {
    bucket: config.ATTACHMENTS_BUCKET,
    presignUpload(uploadId, type, maxBytes) {
      // S3 enforces these; the local server does not, so the processing step checks again.
      return signer.presignPost(
        attachmentObjectKeys.quarantine(uploadId),
        [['content-length-range', 1, maxBytes]],
        { 'Content-Type': type },
        UPLOAD_POST_SECONDS,
      );
    },
    async putQuarantine(uploadId, bytes, type) {
      await ok(
        'PutObject',
        await signer.request('PUT', attachmentObjectKeys.quarantine(uploadId), bytes, type),
      );
    },
    async readQuarantine(uploadId, maxBytes) {
      const key = attachmentObjectKeys.quarantine(uploadId);
      const head = await signer.request('HEAD', key);
      if (head.status === 404) return undefined;
      if (!head.ok) throw new S3RequestError('HeadObject', head.status);
      if (Number(head.headers.get('content-length') ?? 0) > maxBytes) return 'tooLarge';
      const object = await signer.request('GET', key);
      if (object.status === 404) return undefined;
      if (!object.ok) throw new S3RequestError('GetObject', object.status);
      const bytes = new Uint8Array(await object.arrayBuffer());
      return bytes.byteLength > maxBytes ? 'tooLarge' : bytes;
    },
    async put(key, bytes, type) {
      await ok('PutObject', await signer.request('PUT', key, bytes, type));
    },
    async read(key) {
      const object = await signer.request('GET', key);
      if (object.status === 404) {
        await object.arrayBuffer();
        return undefined;
      }
      if (!object.ok) throw new S3RequestError('GetObject', object.status);
      return new Uint8Array(await object.arrayBuffer());
    },
    async delete(keys) {
      for (const key of keys) {
        const response = await signer.request('DELETE', key);
        if (response.status !== 404) await ok('DeleteObject', response);
      }
    },
    presignGet(key, seconds, filename, type) {
      return signer.presignGet(key, seconds, {
        'response-content-disposition': `inline; filename="${filename}"`,
        'response-content-type': type,
      });
    },
  };
}
