/**
 * The one body reader of both apps: at most `maxBytes`, refused early by Content-Length and
 * stopped while streaming by the bytes actually read, so a chunked body without a length
 * (or with a lying one) never costs more memory than the limit. Each refusal is a domain
 * error with its 4xx, so the one error handler answers it.
 */
import type { Context } from 'hono';
import { BadRequestError, PayloadTooLargeError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';

const tooLarge = (maxBytes: number) =>
  new PayloadTooLargeError('request.tooLarge', { max: Math.floor(maxBytes / 1024) });

/** The raw bytes; the stream is cancelled, not drained, once they pass the limit. */
export async function readBodyBytes(c: Context, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as text: well-formed UTF-8 only (`invalidKey` names the refusal otherwise). */
export async function readBodyText(
  c: Context,
  maxBytes: number,
  invalidKey: MessageKey = 'request.invalid',
): Promise<string> {
  const bytes = await readBodyBytes(c, maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new BadRequestError(invalidKey, {}, { cause: error });
  }
}
