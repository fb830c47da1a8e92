/**
 * A petition's private attachments go when its contact goes (DESIGN §12): the citizen's
 * files are deleted from the bucket and their items expire; the agency's answer document,
 * which is part of the public record, stays. The one mechanism for both ways a contact goes:
 * the end of retention (functions/deadlines) and the submitter's own request (submitter-rights.ts).
 */
import { attachmentObjectKeys } from '../../../shared/attachments.ts';
import type { Repositories } from '../data/index.ts';
import type { AttachmentStore } from './store.ts';

export async function purgeCitizenAttachments(
  deps: { repos: Pick<Repositories, 'uploads'>; store: AttachmentStore },
  code: string,
  now: Date,
): Promise<number> {
  const files = (await deps.repos.uploads.listAttachments('petition', code)).filter(
    (a) => a.owner.kind === 'petition',
  );
  for (const file of files) {
    await deps.store.delete([
      attachmentObjectKeys.file(file.id),
      attachmentObjectKeys.thumbnail(file.id),
      attachmentObjectKeys.quarantine(file.id),
    ]);
    await deps.repos.uploads.expireAttachment(file.owner, file.id, now);
  }
  return files.length;
}
