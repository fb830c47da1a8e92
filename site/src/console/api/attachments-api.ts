/**
 * A petition's files for staff (functions/staff-api/routes/attachments.ts): the list with
 * short-lived links, the secretariat's publishable flag, and the agency's signed answer —
 * a presigned POST straight to the bucket, then linked once the processing step checked it.
 * Type-only imports: no zod in the browser bundle.
 */
import { translate } from '../../../../shared/messages/index.ts';
import type { Attachment } from '../../../../shared/schemas/index.ts';
import type { ApiClient } from './client.ts';
import { ApiError } from './errors.ts';

export interface StaffAttachment extends Attachment {
  /** A GET link valid for a few minutes; the download is named by the code and a number. */
  url: string;
  thumbnailUrl?: string;
}

export interface UploadGrant {
  id: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

const enc = encodeURIComponent;
const base = (code: string) => `/v1/petitions/${enc(code)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The file itself goes to the bucket (never through the API), as the citizen's form sends it. */
export async function sendToBucket(grant: UploadGrant, file: Blob, fetcher: typeof fetch = fetch) {
  const form = new FormData();
  for (const [name, value] of Object.entries(grant.fields)) form.append(name, value);
  // The bucket keeps no name: the key is the upload's id.
  form.append('file', file, 'file');
  const response = await fetcher(grant.url, { method: 'POST', body: form });
  if (!response.ok)
    throw new ApiError(response.status, {
      error: 'upload',
      message: translate('vi', 'attachments.unavailable'),
    });
}

export function attachmentsApi(client: ApiClient) {
  const api = {
    list: (code: string) => client.get<{ attachments: StaffAttachment[] }>(`${base(code)}/attachments`),
    setPublishable: (code: string, id: string, publishable: boolean) =>
      client.put<{ id: string; publishable: boolean }>(`${base(code)}/attachments/${enc(id)}/publishable`, {
        publishable,
      }),
    answerUpload: (code: string, input: { type: 'application/pdf'; size: number }) =>
      client.post<UploadGrant>(`${base(code)}/answer/uploads`, input),
    attachAnswerDocument: (code: string, uploadId: string) =>
      client.post<{ attachment: Attachment }>(`${base(code)}/answer/document`, { uploadId }),
    /** The agency's signed answer, linked once the processing step checked it. */
    attachSignedAnswer: (code: string, file: File): Promise<Attachment> =>
      uploadAndLink(
        file,
        () => api.answerUpload(code, { type: 'application/pdf', size: file.size }),
        async (uploadId) => (await api.attachAnswerDocument(code, uploadId)).attachment,
      ),

    /** A session's documents, a resolution's signed text (the secretariat's). */
    documents: (kind: RecordKind, id: string) =>
      client.get<{ documents: StaffAttachment[] }>(`${recordBase(kind, id)}/documents`),
    attachDocument: (kind: RecordKind, id: string, file: File): Promise<Attachment> =>
      uploadAndLink(
        file,
        () =>
          client.post<UploadGrant>(`${recordBase(kind, id)}/documents/uploads`, {
            type: 'application/pdf',
            size: file.size,
          }),
        async (uploadId) =>
          (await client.post<{ document: Attachment }>(`${recordBase(kind, id)}/documents`, { uploadId }))
            .document,
      ),
  };
  return api;
}

export type RecordKind = 'session' | 'resolution';
const recordBase = (kind: RecordKind, id: string) =>
  `/v1/${kind === 'session' ? 'sessions' : 'resolutions'}/${enc(id)}`;

/**
 * Upload → processed → linked: the API answers 400 "still being checked" until the
 * processing step is done, so that one answer is waited out (about 15 s at most).
 */
async function uploadAndLink(
  file: File,
  grant: () => Promise<UploadGrant>,
  link: (uploadId: string) => Promise<Attachment>,
): Promise<Attachment> {
  const granted = await grant();
  await sendToBucket(granted, file);
  for (let attempt = 0; ; attempt++) {
    try {
      return await link(granted.id);
    } catch (error) {
      const pending = error instanceof ApiError && error.status === 400 && isPending(error);
      if (!pending || attempt >= 30) throw error;
      await sleep(500);
    }
  }
}

/** The API's "still being checked" answer on the upload's field, in either language. */
function isPending(error: ApiError): boolean {
  const said = error.fields.uploadId;
  return (['vi', 'en'] as const).some((l) => said === translate(l, 'attachments.notProcessed'));
}

export type AttachmentsApi = ReturnType<typeof attachmentsApi>;
