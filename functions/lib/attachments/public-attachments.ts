/**
 * What the public sees of a petition's files (DESIGN §10, issue #18 item 4): the agency's
 * signed answer wherever the answer itself is shown (the track page shows it to whoever holds
 * the code); a citizen's file only on a published petition whose submitter consented, and
 * only once the secretariat marked the file publishable (its public copy exists only then).
 * Never a file name: a download is named by the code and a number.
 */
import { IMAGE_TYPES } from '../../../shared/attachments.ts';
import type { Petition, PublicAttachment } from '../../../shared/schemas/index.ts';
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

/** The public copies of `petition`'s files that the public may see now. */
export function visibleOf(
  petition: Pick<Petition, 'answer' | 'publishedAt' | 'consentToPublish'>,
  copies: readonly PublicAttachment[],
): PublicAttachment[] {
  return copies.filter((a) =>
    a.role === 'answer'
      ? petition.answer !== undefined
      : petition.publishedAt !== undefined && petition.consentToPublish,
  );
}

export function visibleAttachments(record: PetitionRecord): PublicAttachment[] {
  return visibleOf(record.petition, record.publicAttachments ?? []);
}

export function publicAttachmentViews(record: PetitionRecord): PublicAttachmentView[] {
  return publicFileViews(record.petition, record.publicAttachments ?? []);
}

/** What a public page shows of a petition's files: the API's own links, never the bucket's. */
export function publicFileViews(
  petition: Pick<Petition, 'code' | 'answer' | 'publishedAt' | 'consentToPublish'>,
  copies: readonly PublicAttachment[],
): PublicAttachmentView[] {
  const visible = visibleOf(petition, copies);
  // Most results have no file: no link to build (and an older code need not be formattable).
  if (visible.length === 0) return [];
  const base = `/v1/petitions/${formatTrackingCode(petition.code)}/attachments`;
  return visible.map((a) => ({
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
