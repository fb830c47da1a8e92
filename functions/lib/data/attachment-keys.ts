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
 * An owner kind is one line of `ownerPartition`: a session's documents or a signed resolution
 * add theirs (the session's or resolution's partition) and a route; nothing else changes.
 */
import type { AttachmentOwnerKind } from '../../../shared/attachments.ts';
import { petitionKeys } from './petition-keys.ts';

const ownerPartition: Record<AttachmentOwnerKind, (ownerId: string) => string> = {
  petition: petitionKeys.pk,
  answer: petitionKeys.pk,
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
