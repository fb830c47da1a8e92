/**
 * What the public sees of a petition's files (DESIGN §10, issue #18 item 4): the agency's
 * signed answer wherever the answer itself is shown (the track page shows it to whoever holds
 * the code); a citizen's file only on a published petition whose submitter consented, and
 * only once the secretariat marked the file publishable (its public copy exists only then).
 * Never a file name: a download is named by the code and a number.
 */
import { IMAGE_TYPES } from '../../../shared/attachments.ts';
import type { PublicAttachment } from '../../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import type { PetitionRecord } from '../data/index.ts';

export interface PublicAttachmentView {
  id: string;
  role: PublicAttachment['role'];
  kind: 'photo' | 'document';
  type: PublicAttachment['type'];
  bytes: number;
  width?: number;
  height?: number;
  /** Where the public API answers with a short-lived link to the file. */
  url: string;
  thumbnailUrl?: string;
}

export function visibleAttachments(record: PetitionRecord): PublicAttachment[] {
  const p = record.petition;
  return (record.publicAttachments ?? []).filter((a) =>
    a.role === 'answer' ? p.answer !== undefined : p.publishedAt !== undefined && p.consentToPublish,
  );
}

export function publicAttachmentViews(record: PetitionRecord): PublicAttachmentView[] {
  const base = `/v1/petitions/${formatTrackingCode(record.petition.code)}/attachments`;
  return visibleAttachments(record).map((a) => ({
    id: a.id,
    role: a.role,
    kind: IMAGE_TYPES.has(a.type) ? 'photo' : 'document',
    type: a.type,
    bytes: a.bytes,
    ...(a.width ? { width: a.width, height: a.height ?? 0 } : {}),
    url: `${base}/${a.id}`,
    ...(a.hasThumbnail ? { thumbnailUrl: `${base}/${a.id}/thumbnail` } : {}),
  }));
}
