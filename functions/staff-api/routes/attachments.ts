/**
 * /v1/petitions/{code}/attachments and the answer's signed document: staff read a petition's
 * files through presigned links, the secretariat marks a citizen's file publishable, an
 * agency uploads and attaches its signed answer (a PDF, through the same processing step).
 */
import { Hono } from 'hono';
import {
  AnswerDocumentInput,
  PublishableInput,
  UploadRequest,
  uploadId,
} from '../../../shared/schemas/index.ts';
import {
  attachAnswerDocument,
  markPublishable,
  requestAnswerUpload,
  staffAttachments,
} from '../../lib/attachments/staff-attachments.ts';
import type { AttachmentStore } from '../../lib/attachments/store.ts';
import { parseInput } from '../../lib/http/validation.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { codeParam, jsonBody } from '../request.ts';
import { attachmentContextOf } from '../staff-context.ts';

export function attachmentRoutes(deps: StaffApiDependencies, store: AttachmentStore) {
  const app = new Hono<StaffEnv>();
  const context = attachmentContextOf(deps, store);

  app.get('/:code/attachments', async (c) => {
    const code = codeParam(c);
    c.header('Cache-Control', 'no-store');
    return c.json({ attachments: await staffAttachments(context(c.var.staff), code) });
  });
  app.put('/:code/attachments/:id/publishable', async (c) => {
    const [code, id, input] = [
      codeParam(c),
      parseInput(uploadId, c.req.param('id')),
      await jsonBody(c, PublishableInput),
    ];
    await markPublishable(context(c.var.staff), code, id, input.publishable);
    return c.json({ id, publishable: input.publishable });
  });
  app.post('/:code/answer/uploads', async (c) => {
    const [code, input] = [codeParam(c), await jsonBody(c, UploadRequest)];
    return c.json(await requestAnswerUpload(context(c.var.staff), code, input), 201);
  });
  app.post('/:code/answer/document', async (c) => {
    const [code, input] = [codeParam(c), await jsonBody(c, AnswerDocumentInput)];
    return c.json(
      { attachment: await attachAnswerDocument(context(c.var.staff), code, input.uploadId) },
      201,
    );
  });
  return app;
}
