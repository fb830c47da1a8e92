/**
 * /v1/sessions/{id}/documents/{doc} and /v1/resolutions/{id}/documents/{doc}: a session's
 * document or a resolution's signed text, public with its record, answered with a redirect to
 * a short-lived presigned link named by the record (never by an uploaded file's name); a file
 * that is not the record's public document is a 404.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/quick';
import {
  attachmentObjectKeys,
  DOWNLOAD_LINK_SECONDS,
  type RecordDocumentKind,
} from '../../../shared/attachments.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import { uploadId } from '../../../shared/schemas/attachment.ts';
import { id as recordId } from '../../../shared/schemas/common.ts';
import type { AttachmentStore } from '../../lib/attachments/store.ts';
import { parseInput } from '../../lib/http/validation.ts';
import type { PublicApiDependencies } from '../dependencies.ts';

export function publicRecordDocumentRoutes(deps: PublicApiDependencies, store: AttachmentStore) {
  const app = new Hono();
  const serve = (kind: RecordDocumentKind) => async (c: Context) => {
    const owner = parseInput(recordId, c.req.param('id'));
    const documentId = parseInput(uploadId, c.req.param('doc'));
    const copies = await deps.repos.uploads.listPublic(kind, owner);
    const index = copies.findIndex((d) => d.id === documentId);
    if (index < 0) throw new NotFoundError('attachments.notFound');
    const url = await store.presignGet(
      attachmentObjectKeys.file(documentId),
      DOWNLOAD_LINK_SECONDS,
      `${owner}-${index + 1}.pdf`,
      'application/pdf',
    );
    c.header('Cache-Control', 'public, max-age=60');
    return c.redirect(url, 302);
  };
  app.get('/sessions/:id/documents/:doc', serve('session'));
  app.get('/resolutions/:id/documents/:doc', serve('resolution'));
  return app;
}
