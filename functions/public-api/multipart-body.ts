/**
 * The no-JavaScript petition form with files (multipart/form-data): read through the one
 * body reader with this route's own, larger limit (five files of 10 MB and the form), then
 * split into the form's text fields (the dotted names of the urlencoded form) and its files.
 * The files' names are dropped here: nothing downstream ever sees what the citizen called them.
 */
import type { Context } from 'hono';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_PETITION } from '../../shared/attachments.ts';
import { BadRequestError } from '../../shared/errors.ts';
import { readBodyBytes } from '../lib/http/request-body.ts';
import { formToObject, MAX_BODY_BYTES } from './request-body.ts';

/** Five files at the most and the form itself (the files' count and sizes are checked again). */
export const MAX_MULTIPART_BYTES = MAX_ATTACHMENTS_PER_PETITION * MAX_ATTACHMENT_BYTES + MAX_BODY_BYTES;
/** The form's file input. */
export const FILES_FIELD = 'files';

export interface FormFile {
  bytes: Uint8Array;
  /** The type the browser declared (from the file's name); the processing step reads the real one. */
  type: string;
}

export const isMultipart = (c: Context) =>
  c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() === 'multipart/form-data';

export async function readMultipartBody(
  c: Context,
): Promise<{ value: Record<string, unknown>; files: FormFile[] }> {
  const bytes = await readBodyBytes(c, MAX_MULTIPART_BYTES);
  let form: FormData;
  try {
    form = await new Response(new Blob([new Uint8Array(bytes)]), {
      headers: { 'content-type': c.req.header('content-type') ?? '' },
    }).formData();
  } catch (error) {
    throw new BadRequestError('request.invalid', {}, { cause: error });
  }
  const params = new URLSearchParams();
  const files: FormFile[] = [];
  for (const [name, entry] of form) {
    if (typeof entry === 'string') params.append(name, entry);
    // An empty file input still sends a part with no name and no bytes.
    else if (name === FILES_FIELD && entry.size > 0)
      files.push({ bytes: new Uint8Array(await entry.arrayBuffer()), type: entry.type });
  }
  return { value: formToObject(params), files };
}
