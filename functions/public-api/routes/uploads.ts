/**
 * /v1/uploads: a presigned POST for one file into quarantine (rate-limited like submissions),
 * and the upload's state for the form's script (`?token=`, the one its POST came with).
 */
import { Hono } from 'hono/quick';
import { NotFoundError } from '../../../shared/errors.ts';
import { UploadRequest, uploadId, uploadToken } from '../../../shared/schemas/attachment.ts';
import type { AttachmentStore } from '../../lib/attachments/store.ts';
import { requestUpload, uploadState } from '../../lib/attachments/uploads.ts';
import { hashClient } from '../../lib/data/rate-limit-repository.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { clientNetwork } from '../client-address.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { readBody } from '../request-body.ts';

export function uploadRoutes(deps: PublicApiDependencies, store: AttachmentStore) {
  const { repos, config } = deps;
  const app = new Hono();

  app.post('/', async (c) => {
    const body = await readBody(c);
    const request = parseInput(UploadRequest, body.value);
    const clientHash = hashClient(
      clientNetwork(deps.clientAddress?.(c) ?? 'unknown'),
      config.RATE_LIMIT_SALT,
    );
    const grant = await requestUpload(
      { repos, config, store },
      { request, clientHash, now: deps.now?.() ?? new Date() },
    );
    c.header('Cache-Control', 'no-store');
    return c.json(grant, 201);
  });

  app.get('/:id', async (c) => {
    const id = parseInput(uploadId, c.req.param('id'));
    const token = parseInput(uploadToken, c.req.query('token') ?? '');
    const state = await uploadState(repos, id, token, localeOf(c));
    if (!state) throw new NotFoundError('attachments.notFound');
    c.header('Cache-Control', 'no-store');
    return c.json(state);
  });

  return app;
}
