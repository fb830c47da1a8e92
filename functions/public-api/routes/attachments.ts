/**
 * /v1/petitions/{code}/attachments/{id}[/thumbnail]: a file the public may see (the rules of
 * lib/attachments/public-attachments.ts, checked on the same one read as the track page),
 * answered with a redirect to a short-lived presigned link (a thumbnail with its own bytes);
 * anything else is a 404, so a private file's existence is not told.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/quick';
import { attachmentObjectKeys, DOWNLOAD_LINK_SECONDS, EXTENSION_OF } from '../../../shared/attachments.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import { uploadId } from '../../../shared/schemas/attachment.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { visibleAttachments } from '../../lib/attachments/public-attachments.ts';
import type { AttachmentStore } from '../../lib/attachments/store.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { canonicalCode, trackPetition } from '../../lib/petitions/track-petition.ts';
import type { PublicApiDependencies } from '../dependencies.ts';

export function publicAttachmentRoutes(deps: PublicApiDependencies, store: AttachmentStore) {
  const app = new Hono();
  const serve = (thumbnail: boolean) => async (c: Context) => {
    const code = canonicalCode(c.req.param('code'));
    const id = parseInput(uploadId, c.req.param('id'));
    const record = await trackPetition(deps.repos, code);
    const visible = visibleAttachments(record);
    const index = visible.findIndex((a) => a.id === id);
    const file = visible[index];
    if (!file || (thumbnail && !file.hasThumbnail)) throw new NotFoundError('attachments.notFound');
    const name = `${formatTrackingCode(code)}-${index + 1}.${thumbnail ? 'webp' : EXTENSION_OF[file.type]}`;
    if (thumbnail) {
      // Served from this origin, so a page's `img-src 'self'` shows it (a redirect to the bucket
      // would be blocked by the content security policy); a few KB of WebP.
      const bytes = await store.read(attachmentObjectKeys.thumbnail(id));
      if (!bytes) throw new NotFoundError('attachments.notFound');
      c.header('Cache-Control', 'public, max-age=60');
      c.header('Content-Disposition', `inline; filename="${name}"`);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/webp' });
    }
    const url = await store.presignGet(
      thumbnail ? attachmentObjectKeys.thumbnail(id) : attachmentObjectKeys.file(id),
      DOWNLOAD_LINK_SECONDS,
      name,
      thumbnail ? 'image/webp' : file.type,
    );
    // Shorter than the link's life, so a cached redirect never points at an expired link.
    c.header('Cache-Control', 'public, max-age=60');
    return c.redirect(url, 302);
  };
  app.get('/:code/attachments/:id', serve(false));
  app.get('/:code/attachments/:id/thumbnail', serve(true));
  return app;
}
