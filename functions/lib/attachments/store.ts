/**
 * The attachments bucket, through the same SDK calls on AWS and against the local S3 server:
 * presigned POSTs into quarantine, the processing step's reads and writes, presigned GETs for
 * staff and for published files. Keys come from shared/attachments.ts only.
 */
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  type AttachmentType,
  attachmentObjectKeys,
  UPLOAD_POST_SECONDS,
} from '../../../shared/attachments.ts';
import type { AttachmentsConfig } from './config.ts';

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
  delete(keys: readonly string[]): Promise<void>;
  /** A short-lived GET link; `filename` is ours (code and number), never the citizen's. */
  presignGet(key: string, seconds: number, filename: string, type: string): Promise<string>;
}

export function createS3Client(config: Pick<AttachmentsConfig, 'AWS_REGION' | 'S3_ENDPOINT'>): S3Client {
  const local = config.S3_ENDPOINT !== undefined;
  return new S3Client({
    region: config.AWS_REGION,
    ...(local
      ? {
          endpoint: config.S3_ENDPOINT,
          forcePathStyle: true,
          // The local server's fixed keys keep a developer's real ones out of it.
          credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
          // The local server predates S3's default checksums; AWS gets them.
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }
      : {}),
  });
}

export function createAttachmentStore(
  config: AttachmentsConfig,
  client = createS3Client(config),
): AttachmentStore {
  const Bucket = config.ATTACHMENTS_BUCKET;
  return {
    bucket: Bucket,
    async presignUpload(uploadId, type, maxBytes) {
      const { url, fields } = await createPresignedPost(client, {
        Bucket,
        Key: attachmentObjectKeys.quarantine(uploadId),
        // S3 enforces these; the local server does not, so the processing step checks again.
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', type],
        ],
        Fields: { 'Content-Type': type },
        Expires: UPLOAD_POST_SECONDS,
      });
      return { url, fields };
    },
    async putQuarantine(uploadId, bytes, type) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: attachmentObjectKeys.quarantine(uploadId),
          Body: bytes,
          ContentType: type,
        }),
      );
    },
    async readQuarantine(uploadId, maxBytes) {
      const Key = attachmentObjectKeys.quarantine(uploadId);
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key }));
        if ((head.ContentLength ?? 0) > maxBytes) return 'tooLarge';
        const object = await client.send(new GetObjectCommand({ Bucket, Key }));
        const bytes = await object.Body?.transformToByteArray();
        if (!bytes) return undefined;
        return bytes.byteLength > maxBytes ? 'tooLarge' : bytes;
      } catch (error) {
        if (error instanceof NoSuchKey || error instanceof NotFound) return undefined;
        throw error;
      }
    },
    async put(key, bytes, type) {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: type }));
    },
    async delete(keys) {
      if (keys.length === 0) return;
      await client.send(
        new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
      );
    },
    presignGet(key, seconds, filename, type) {
      return getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket,
          Key: key,
          ResponseContentDisposition: `inline; filename="${filename}"`,
          ResponseContentType: type,
        }),
        { expiresIn: seconds },
      );
    },
  };
}
