/**
 * What the public sees of a session's documents and a resolution's signed text: their public
 * copies, as links to the public API's own routes (functions/public-api/routes/record-documents.ts).
 * Apart from the staff use cases (record-documents.ts), so the public API bundles none of them.
 */
import type { RecordDocumentKind } from '../../../shared/attachments.ts';
import type { PublicAttachment } from '../../../shared/schemas/index.ts';
import type { PublicFile } from '../../../shared/ui/public-files.ts';

/** Where the public API answers a record's document: /v1/sessions/{id}/documents/{doc}. */
export const recordDocumentPath = (kind: RecordDocumentKind, id: string, documentId: string) =>
  `/v1/${kind === 'session' ? 'sessions' : 'resolutions'}/${encodeURIComponent(id)}/documents/${documentId}`;

/** What a public page lists of a record's documents (its public copies: one Query). */
export function publicRecordDocuments(
  kind: RecordDocumentKind,
  id: string,
  copies: readonly PublicAttachment[],
): PublicFile[] {
  return copies.map((c) => ({
    id: c.id,
    role: kind,
    kind: 'document',
    bytes: c.bytes,
    url: recordDocumentPath(kind, id, c.id),
  }));
}
