/**
 * The processing step (DESIGN §10): the quarantined bytes are checked for what they really
 * are, refused or made safe, copied to the private prefix, and only then is the upload
 * marked `ready`, so that nothing half-processed can ever be linked. Every outcome is
 * recorded on the upload, and the quarantined object is deleted either way.
 */
import {
  attachmentObjectKeys,
  IMAGE_TYPES,
  MAX_ATTACHMENT_BYTES,
  TYPES_FOR_PURPOSE,
} from '../../shared/attachments.ts';
import type { MessageKey } from '../../shared/messages/index.ts';
import type { ProcessedFile, Upload } from '../../shared/schemas/index.ts';
import { detectType, TYPE_NAMES } from '../lib/attachments/file-type.ts';
import { pdfRisk } from '../lib/attachments/pdf-check.ts';
import type { AttachmentStore } from '../lib/attachments/store.ts';
import type { Repositories } from '../lib/data/index.ts';
import { log } from '../lib/log.ts';
import { reencodeImage } from './images.ts';

export interface ProcessorDependencies {
  repos: Pick<Repositories, 'uploads'>;
  store: AttachmentStore;
  now?: () => Date;
}

export type ProcessOutcome =
  | { outcome: 'ready'; processed: ProcessedFile }
  | { outcome: 'refused'; refusal: MessageKey; params?: Record<string, string> }
  /** Unknown upload, or one already processed (a redelivered event). */
  | { outcome: 'skipped' };

type Refusal = { refusal: MessageKey; params?: Record<string, string> };
type Checked = {
  file: Uint8Array;
  thumbnail?: Uint8Array;
  width?: number;
  height?: number;
  type: ProcessedFile['type'];
};

async function check(upload: Upload, bytes: Uint8Array): Promise<Checked | Refusal> {
  const detected = detectType(bytes);
  const allowed = TYPES_FOR_PURPOSE[upload.purpose];
  if (!detected.type || !allowed.includes(detected.type))
    return { refusal: upload.purpose === 'answer' ? 'attachments.notPdf' : 'attachments.typeNotAllowed' };
  if (detected.type !== upload.declaredType)
    return {
      refusal: 'attachments.typeMismatch',
      params: { actual: TYPE_NAMES[detected.type], declared: TYPE_NAMES[upload.declaredType] },
    };
  if (detected.type === 'application/pdf') {
    const risk = pdfRisk(bytes);
    if (risk) return { refusal: risk === 'encrypted' ? 'attachments.pdfEncrypted' : 'attachments.pdfScript' };
    return { file: bytes, type: detected.type };
  }
  if (!IMAGE_TYPES.has(detected.type)) return { refusal: 'attachments.typeNotAllowed' };
  try {
    return { ...(await reencodeImage(bytes, detected.type)), type: detected.type };
  } catch (error) {
    log.info('attachment not decodable', { uploadId: upload.id, error: (error as Error).message });
    return { refusal: 'attachments.unreadable' };
  }
}

export async function processUpload(deps: ProcessorDependencies, uploadId: string): Promise<ProcessOutcome> {
  const started = performance.now();
  const now = () => deps.now?.() ?? new Date();
  const upload = await deps.repos.uploads.get(uploadId);
  if (upload?.status !== 'pending') return { outcome: 'skipped' };

  const bytes = await deps.store.readQuarantine(uploadId, MAX_ATTACHMENT_BYTES);
  if (bytes === undefined) return { outcome: 'skipped' };
  const checked: Checked | Refusal =
    bytes === 'tooLarge'
      ? { refusal: 'attachments.tooLarge' }
      : bytes.byteLength === 0
        ? { refusal: 'attachments.empty' }
        : await check(upload, bytes);

  let result: ProcessOutcome;
  if ('refusal' in checked) {
    await deps.repos.uploads.recordOutcome(uploadId, checked, now());
    result = { outcome: 'refused', ...checked };
  } else {
    // The files first, the status after: a crash in between leaves an unlinked `pending` upload.
    await deps.store.put(attachmentObjectKeys.file(uploadId), checked.file, checked.type);
    if (checked.thumbnail)
      await deps.store.put(attachmentObjectKeys.thumbnail(uploadId), checked.thumbnail, 'image/webp');
    const processed: ProcessedFile = {
      type: checked.type,
      bytes: checked.file.byteLength,
      ...(checked.width ? { width: checked.width, height: checked.height ?? 0 } : {}),
      hasThumbnail: checked.thumbnail !== undefined,
      durationMs: Math.round(performance.now() - started),
    };
    await deps.repos.uploads.recordOutcome(uploadId, { processed }, now());
    result = { outcome: 'ready', processed };
  }
  await deps.store.delete([attachmentObjectKeys.quarantine(uploadId)]);
  log.info('attachment processed', {
    uploadId,
    outcome: result.outcome,
    ...(result.outcome === 'refused' ? { refusal: result.refusal } : {}),
    durationMs: Math.round(performance.now() - started),
  });
  return result;
}
