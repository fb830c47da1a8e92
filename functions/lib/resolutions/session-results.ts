/**
 * A session's results (DESIGN §8.4): the resolutions adopted at it, with their votes, and
 * its interpellations with the commitments made. Two Queries on gsi8; the petitions
 * answered for the session come from the published results (shared/publication.ts
 * `sessionOf`), which the site already groups by session.
 */
import type { Interpellation, Resolution } from '../../../shared/schemas/index.ts';
import type { Repositories } from '../data/index.ts';

export interface SessionResults {
  sessionId: string;
  /** Oldest number first, as the session adopted them. */
  resolutions: Resolution[];
  interpellations: Interpellation[];
}

const byNumber = (a: Resolution, b: Resolution) =>
  a.adoptedOn.localeCompare(b.adoptedOn) || Number(a.number.split('/')[0]) - Number(b.number.split('/')[0]);

export async function sessionResults(
  deps: { repos: Pick<Repositories, 'resolutions' | 'interpellations'> },
  sessionId: string,
): Promise<SessionResults> {
  const [resolutions, interpellations] = await Promise.all([
    deps.repos.resolutions.listBySession(sessionId),
    deps.repos.interpellations.listBySession(sessionId),
  ]);
  return { sessionId, resolutions: resolutions.sort(byNumber), interpellations };
}
