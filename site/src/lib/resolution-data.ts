/**
 * The council's resolutions and each session's results, as the build reads them from the
 * public API (GET /v1/resolutions?council=, GET /v1/sessions/{id}/results), parsed with the
 * shapes the API answers with. All of it is public: no personal data is read here.
 */

import { z } from 'zod';
import { PublishedFile } from '../../../shared/schemas/publication.ts';
import { RESOLUTION_STATUSES } from '../../../shared/vocabulary.ts';
import { getAllPages, getJson } from './api.ts';

export const SiteResolution = z.object({
  id: z.string(),
  councilId: z.string(),
  number: z.string(),
  slug: z.string(),
  title: z.string(),
  adoptedOn: z.string(),
  sessionId: z.string().optional(),
  agendaItemId: z.string().optional(),
  vote: z.object({ for: z.number(), against: z.number(), abstaining: z.number(), inOffice: z.number() }),
  fieldIds: z.array(z.string()),
  effectiveOn: z.string().optional(),
  status: z.enum(RESOLUTION_STATUSES),
  amends: z.array(z.string()),
  repeals: z.array(z.string()),
  amendedBy: z.array(z.string()),
  repealedBy: z.array(z.string()),
  agencyId: z.string().optional(),
  summary: z.string(),
  signedTextUrl: z.string().optional(),
  /** The signed text the secretariat attached (shared/ui/public-files.ts). */
  documents: z.array(PublishedFile).optional(),
});
export type SiteResolution = z.infer<typeof SiteResolution>;

export const SiteInterpellation = z.object({
  id: z.string(),
  sessionId: z.string(),
  agendaItemId: z.string().optional(),
  respondent: z.object({ name: z.string(), office: z.string() }),
  topic: z.string(),
  commitments: z.array(
    z.object({ id: z.string(), text: z.string(), agencyId: z.string(), deadline: z.string() }),
  ),
});
export type SiteInterpellation = z.infer<typeof SiteInterpellation>;

const ResolutionsPage = z.object({ items: z.array(SiteResolution), nextCursor: z.string().optional() });
const SessionResultsAnswer = z.object({
  resolutions: z.array(SiteResolution),
  interpellations: z.array(SiteInterpellation),
});
export type SiteSessionResults = z.infer<typeof SessionResultsAnswer>;

/** Every council's resolutions, newest first. */
export async function readResolutions(councilIds: readonly string[]): Promise<SiteResolution[]> {
  const lists = await Promise.all(
    councilIds.map((id) =>
      getAllPages(`/v1/resolutions?council=${encodeURIComponent(id)}&limit=200`, (path) =>
        getJson(path, ResolutionsPage),
      ),
    ),
  );
  return lists
    .flat()
    .sort((a, b) => b.adoptedOn.localeCompare(a.adoptedOn) || b.number.localeCompare(a.number, 'vi'));
}

/** Each session's resolutions and interpellations, by session id. */
export async function readSessionResults(
  sessionIds: readonly string[],
): Promise<ReadonlyMap<string, SiteSessionResults>> {
  const answers = await Promise.all(
    sessionIds.map((id) => getJson(`/v1/sessions/${encodeURIComponent(id)}/results`, SessionResultsAnswer)),
  );
  return new Map(sessionIds.map((id, i) => [id, answers[i]!]));
}
