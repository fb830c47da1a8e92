/**
 * Rows of the matrix for a session's documents and a resolution's signed text (the council's
 * secretariat and the admin). Each prepares its record and, where the route needs one, a
 * processed PDF upload bound to it, written straight to the table.
 */
import { recordResolution } from '../../functions/lib/resolutions/record-resolution.ts';
import type { ProcessedFile } from '../../shared/schemas/index.ts';
import { ResolutionInput } from '../../shared/schemas/index.ts';
import { resolutionBody } from '../resolutions/support.ts';
import { readyUpload } from './attachment-routes.ts';
import { type StaffRoute, secretariat } from './matrix.ts';
import type { StaffTestbed } from './support.ts';

const PDF: ProcessedFile = { type: 'application/pdf', bytes: 2400, hasThumbnail: false, durationMs: 2 };
/** A session of Hữu Lũng in the demo data. */
export const DOCUMENT_SESSION = 'huu-lung-kh12';
let serial = 0;

export async function documentResolution(bed: StaffTestbed): Promise<string> {
  const input = ResolutionInput.parse(resolutionBody({ number: `${700 + ++serial}/2026/NQ-HĐND` }));
  return (await recordResolution({ repos: bed.database.repos, now: () => bed.now }, input)).id;
}

const rows = (
  plural: 'sessions' | 'resolutions',
  kind: 'session' | 'resolution',
  record: (bed: StaffTestbed) => Promise<string>,
): StaffRoute[] => [
  {
    method: 'GET',
    route: `/v1/${plural}/{id}/documents`,
    allowed: secretariat,
    prepare: async (bed) => ({ path: `/v1/${plural}/${await record(bed)}/documents` }),
  },
  {
    method: 'POST',
    route: `/v1/${plural}/{id}/documents/uploads`,
    allowed: secretariat,
    prepare: async (bed) => ({
      path: `/v1/${plural}/${await record(bed)}/documents/uploads`,
      body: { type: 'application/pdf', size: 120_000 },
    }),
  },
  {
    method: 'POST',
    route: `/v1/${plural}/{id}/documents`,
    allowed: secretariat,
    prepare: async (bed) => {
      // A fresh resolution each time (one signed text each); the session holds up to 20.
      const id = kind === 'resolution' ? await record(bed) : DOCUMENT_SESSION;
      const upload = await readyUpload(bed, { target: `${kind}#${id}` }, PDF);
      return { path: `/v1/${plural}/${id}/documents`, body: { uploadId: upload.id } };
    },
  },
];

export const RECORD_DOCUMENT_ROUTES: StaffRoute[] = [
  ...rows('sessions', 'session', async () => DOCUMENT_SESSION),
  ...rows('resolutions', 'resolution', documentResolution),
].map((r) => ({ ...r, badInputTestedIn: 'test/attachments/record-documents.test.ts' }));
