/**
 * An image re-encoded from its pixels (sharp): turned upright by its orientation tag, then
 * written without any metadata (EXIF, XMP, IPTC, GPS, the camera's serial, ICC), with a
 * small WebP thumbnail. A decompression bomb stops at the pixel limit.
 */
import sharp from 'sharp';
import { type AttachmentType, THUMBNAIL_PIXELS } from '../../shared/attachments.ts';

/** 40 megapixels: more than any phone camera, far less than what a crafted file may claim. */
const MAX_PIXELS = 40_000_000;

export interface ReencodedImage {
  file: Uint8Array;
  thumbnail: Uint8Array;
  width: number;
  height: number;
}

export async function reencodeImage(bytes: Uint8Array, type: AttachmentType): Promise<ReencodedImage> {
  // sharp keeps no metadata unless asked (keepMetadata, withMetadata…): nothing of the original's is copied.
  const pipeline = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
  const encoded =
    type === 'image/png'
      ? pipeline.png({ compressionLevel: 8 })
      : type === 'image/webp'
        ? pipeline.webp({ quality: 85 })
        : pipeline.jpeg({ quality: 85, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  const thumbnail = await sharp(data)
    .resize(THUMBNAIL_PIXELS, THUMBNAIL_PIXELS, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 70 })
    .toBuffer();
  return { file: data, thumbnail, width: info.width, height: info.height };
}
