/**
 * The attachment processor's cost (DESIGN §10): the time the real processing step
 * (functions/attachment-processor/process-upload.ts) takes per phone photo of about 5 MB —
 * type from the bytes, re-encoding without metadata, the thumbnail — and the sizes in and
 * out. The bucket and the upload item are in memory, so the figure is the processor's own.
 */
import sharp from 'sharp';
import { processUpload } from '../../functions/attachment-processor/process-upload.ts';
import type { AttachmentStore } from '../../functions/lib/attachments/store.ts';
import { attachmentObjectKeys } from '../../shared/attachments.ts';
import type { ProcessedFile, Upload } from '../../shared/schemas/index.ts';
import { table } from './markdown.ts';
import { median, percentile } from './stats.ts';

/** A photo of ~5 MB: noise compresses as badly as a real scene with fine detail. */
async function fiveMegabytePhoto(): Promise<Uint8Array> {
  const width = 4000;
  const height = 3000;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .withExif({ IFD0: { Make: 'Bench', Model: 'Phone' } })
    .toBuffer();
}

function memoryStore(): AttachmentStore & { objects: Map<string, Uint8Array> } {
  const objects = new Map<string, Uint8Array>();
  return {
    objects,
    bucket: 'bench',
    presignUpload: async () => ({ url: '', fields: {} }),
    putQuarantine: async (id, bytes) => void objects.set(attachmentObjectKeys.quarantine(id), bytes),
    readQuarantine: async (id) => objects.get(attachmentObjectKeys.quarantine(id)),
    put: async (key, bytes) => void objects.set(key, bytes),
    read: async (key) => objects.get(key),
    delete: async (keys) => keys.forEach((k) => void objects.delete(k)),
    presignGet: async () => '',
  };
}

export async function measureAttachments(options: { quick?: boolean } = {}): Promise<string> {
  const photo = await fiveMegabytePhoto();
  // Five runs give the median; ten took 161 s of the full run at load average 19 (15 s each).
  const runs = options.quick ? 3 : 5;
  const store = memoryStore();
  const times: number[] = [];
  let last: ProcessedFile | undefined;
  let thumbnail = 0;
  for (let i = 0; i < runs; i++) {
    const id = `bench${String(i).padStart(21, 'a')}`;
    let upload: Upload = {
      id,
      purpose: 'petition',
      status: 'pending',
      declaredType: 'image/jpeg',
      declaredBytes: photo.byteLength,
      createdAt: new Date().toISOString(),
    };
    const uploads = {
      get: async () => upload,
      recordOutcome: async (_: string, outcome: { processed: ProcessedFile } | object) => {
        upload = { ...upload, status: 'processed' in outcome ? 'ready' : 'refused' };
        return true;
      },
    };
    await store.putQuarantine(id, photo, 'image/jpeg');
    const started = performance.now();
    const result = await processUpload({ repos: { uploads: uploads as never }, store }, id);
    times.push(performance.now() - started);
    if (result.outcome !== 'ready') throw new Error(`the bench photo was refused: ${JSON.stringify(result)}`);
    last = result.processed;
    thumbnail = store.objects.get(attachmentObjectKeys.thumbnail(id))?.byteLength ?? 0;
  }
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
  return [
    `One ${mb(photo.byteLength)} JPEG (4000 × 3000, with EXIF), ${runs} runs of the real processing step:`,
    '',
    table(
      ['input', 'output (re-encoded, no metadata)', 'thumbnail', 'median', 'p95'],
      [
        [
          mb(photo.byteLength),
          mb(last?.bytes ?? 0),
          `${(thumbnail / 1024).toFixed(1)} KiB`,
          `${median(times).toFixed(0)} ms`,
          `${percentile(times, 95).toFixed(0)} ms`,
        ],
      ],
    ),
    '',
    'On Lambda the processor has 1536 MB (about one vCPU); this machine shares its cores with the rest of the bench.',
  ].join('\n');
}
