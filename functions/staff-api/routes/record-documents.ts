/**
 * The secretariat's documents of a session and the signed text of a resolution
 * (lib/attachments/record-documents.ts), the same three steps as an agency's signed answer:
 *   POST /v1/{sessions|resolutions}/{id}/documents/uploads   { type, size } → presigned POST (201)
 *   POST /v1/{sessions|resolutions}/{id}/documents           { uploadId }: the processed PDF is linked (201)
 *   GET  /v1/{sessions|resolutions}/{id}/documents           each with a 5-minute link
 */
import { Hono } from 'hono';
import type { RecordDocumentKind } from '../../../shared/attachments.ts';
import { AnswerDocumentInput, UploadRequest } from '../../../shared/schemas/index.ts';
import {
  attachRecordDocument,
  requestDocumentUpload,
  staffRecordDocuments,
} from '../../lib/attachments/record-documents.ts';
import type { AttachmentStore } from '../../lib/attachments/store.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, jsonBody } from '../request.ts';
import { attachmentContextOf } from '../staff-context.ts';

export function recordDocumentRoutes(deps: StaffApiDependencies, store: AttachmentStore) {
  const app = new Hono<StaffEnv>();
  const context = attachmentContextOf(deps, store);
  const kinds: [string, RecordDocumentKind][] = [
    ['sessions', 'session'],
    ['resolutions', 'resolution'],
  ];
  for (const [path, kind] of kinds) {
    app.get(`/${path}/:id/documents`, async (c) => {
      c.header('Cache-Control', 'no-store');
      const documents = await staffRecordDocuments(context(c.var.staff), kind, idParam(c, 'id'));
      return c.json({ documents });
    });
    app.post(`/${path}/:id/documents/uploads`, async (c) => {
      const [id, input] = [idParam(c, 'id'), await jsonBody(c, UploadRequest)];
      return c.json(await requestDocumentUpload(context(c.var.staff), kind, id, input), 201);
    });
    app.post(`/${path}/:id/documents`, async (c) => {
      const [id, input] = [idParam(c, 'id'), await jsonBody(c, AnswerDocumentInput)];
      const document = await attachRecordDocument(context(c.var.staff), kind, id, input.uploadId);
      return c.json({ document }, 201);
    });
  }
  return app;
}
