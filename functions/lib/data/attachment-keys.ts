/**
 * Keys of uploads and attachments, built here and nowhere else.
 *
 *   pk UPLOAD#<id>        sk UPLOAD               one upload, from its presigned POST to its
 *                                                 attachment (TTL a day until attached)
 *   pk <owner partition>  sk ATTACHMENT#<id>      a file linked to its record: in the record's own
 *                                                 partition, never under its public "PUB#" prefix
 *                         sk PUB#ATTACHMENT#<id>  the public copy (type, size; no name) of a file the public
 *                                                 may see once the record is published: an answer's document,
 *                                                 a citizen's file the secretariat marked publishable; read
 *                                                 with the petition by the track Query (still one read)
 *
 * An owner kind is one line of `ownerPartition`: a session's documents and a resolution's
 * signed text sit in the session's or the resolution's partition (lib/attachments/record-documents.ts).
 */
import type { AttachmentOwnerKind } from '../../../shared/attachments.ts';
import { petitionKeys } from './petition-keys.ts';
import { resolutionKeys } from './resolution-keys.ts';
import { sessionKeys } from './session-keys.ts';

const ownerPartition: Record<AttachmentOwnerKind, (ownerId: string) => string> = {
  petition: petitionKeys.pk,
  answer: petitionKeys.pk,
  session: sessionKeys.pk,
  resolution: resolutionKeys.pk,
};

export const attachmentKeys = {
  uploadPk: (uploadId: string) => `UPLOAD#${uploadId}`,
  uploadSk: 'UPLOAD',
  ownerPk: (kind: AttachmentOwnerKind, ownerId: string) => ownerPartition[kind](ownerId),
  attachmentSk: (uploadId: string) => `ATTACHMENT#${uploadId}`,
  attachmentPrefix: 'ATTACHMENT#',
  publicSk: (uploadId: string) => `PUB#ATTACHMENT#${uploadId}`,
  publicPrefix: 'PUB#ATTACHMENT#',
};
