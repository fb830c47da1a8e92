/**
 * A file's real type, read from its first bytes (never from its name or declared type), and
 * the name a reader knows it by, for the message that says what it really is.
 */
import type { AttachmentType } from '../../../shared/attachments.ts';

export interface DetectedType {
  /** One of the allowed types, or undefined for anything else. */
  type?: AttachmentType;
  /** "JPEG", "PNG", "GIF"…, or undefined when the bytes say nothing we know. */
  name?: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly { name: string; type?: AttachmentType; test: (b: Uint8Array) => boolean }[] = [
  { name: 'JPEG', type: 'image/jpeg', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  {
    name: 'PNG',
    type: 'image/png',
    test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    name: 'WebP',
    type: 'image/webp',
    test: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
  },
  { name: 'PDF', type: 'application/pdf', test: (b) => startsWith(b, ascii('%PDF-')) },
  { name: 'GIF', test: (b) => startsWith(b, ascii('GIF8')) },
  { name: 'HEIC', test: (b) => startsWith(b, ascii('ftyp'), 4) },
  { name: 'ZIP', test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) },
  {
    name: 'SVG',
    test: (b) => /^\s*(<\?xml[^>]*>\s*)?<svg/i.test(new TextDecoder().decode(b.subarray(0, 256))),
  },
];

export function detectType(bytes: Uint8Array): DetectedType {
  const found = SIGNATURES.find((s) => s.test(bytes));
  if (!found) return {};
  return found.type ? { type: found.type, name: found.name } : { name: found.name };
}

export const TYPE_NAMES: Record<AttachmentType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
};
