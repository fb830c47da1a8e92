/**
 * Attachments (DESIGN §10): what may be uploaded, how much, and where each file sits in the
 * bucket. Zod-free, so the site's upload script and the console can import it.
 *
 *   quarantine/<upload id>          what a citizen's browser (or the no-JS form) sent; never served,
 *                                   expires after a day (bucket lifecycle)
 *   private/<upload id>/file        the checked file (an image re-encoded without metadata)
 *   private/<upload id>/thumbnail   a small WebP of an image
 *
 * Nothing in a key comes from the citizen: no file name is kept anywhere.
 */

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const IMAGE_TYPES: ReadonlySet<AttachmentType> = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** At most 10 MB a file, 5 files a petition. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_PETITION = 5;
/** How long a presigned POST may be used. */
export const UPLOAD_POST_SECONDS = 300;
/** How long a staff member's presigned GET link works. */
export const DOWNLOAD_LINK_SECONDS = 300;
/** An upload that is never attached is forgotten after a day (TTL), like its quarantine object. */
export const UPLOAD_RETENTION_SECONDS = 86_400;
/** The longest side of a thumbnail, in pixels. */
export const THUMBNAIL_PIXELS = 320;

/** What an upload is for: a citizen's petition, or an agency's signed answer (PDF only). */
export const UPLOAD_PURPOSES = ['petition', 'answer', 'session', 'resolution'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];
export const TYPES_FOR_PURPOSE: Record<UploadPurpose, readonly AttachmentType[]> = {
  petition: ATTACHMENT_TYPES,
  answer: ['application/pdf'],
  /** The secretariat's documents of a session, and the signed text of a resolution: PDFs. */
  session: ['application/pdf'],
  resolution: ['application/pdf'],
};
/** The records whose documents the secretariat attaches (public with their record). */
export const RECORD_DOCUMENT_KINDS = ['session', 'resolution'] as const;
export type RecordDocumentKind = (typeof RECORD_DOCUMENT_KINDS)[number];
/** At most this many documents a record: a session's papers; one signed text of a resolution. */
export const MAX_RECORD_DOCUMENTS: Record<RecordDocumentKind, number> = { session: 20, resolution: 1 };

/**
 * What an attachment belongs to. Generic on purpose: a session's documents and a signed
 * resolution are an owner kind each, one route away (functions/lib/data/attachment-keys.ts).
 */
export const ATTACHMENT_OWNER_KINDS = ['petition', 'answer', 'session', 'resolution'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

export const UPLOAD_STATUSES = ['pending', 'ready', 'refused', 'attached'] as const;
export type UploadStatus = (typeof UPLOAD_STATUSES)[number];

export const QUARANTINE_PREFIX = 'quarantine/';
export const PRIVATE_PREFIX = 'private/';

export const attachmentObjectKeys = {
  quarantine: (uploadId: string) => `${QUARANTINE_PREFIX}${uploadId}`,
  file: (uploadId: string) => `${PRIVATE_PREFIX}${uploadId}/file`,
  thumbnail: (uploadId: string) => `${PRIVATE_PREFIX}${uploadId}/thumbnail`,
  /** The upload id of a quarantine key, or undefined for any other key. */
  uploadIdOf: (key: string): string | undefined => {
    if (!key.startsWith(QUARANTINE_PREFIX)) return undefined;
    const id = key.slice(QUARANTINE_PREFIX.length);
    return UPLOAD_ID.test(id) ? id : undefined;
  },
};

/** Upload ids are 26 characters of lower-case base32: made by the API, never by a client. */
export const UPLOAD_ID = /^[a-z2-7]{26}$/;
/** The token that binds an upload to the browser that asked for it (base64url of 24 bytes). */
export const UPLOAD_TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** The file extension shown in a download's name (never the citizen's own name). */
export const EXTENSION_OF: Record<AttachmentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};
