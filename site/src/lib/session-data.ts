/** The sessions the site shows: each council's list (every cursor page), then each session in full. */
import { getAllPages, getJson } from './api.ts';
import { type PublicSession, PublicSession as PublicSessionSchema, SessionsPage } from './session-schemas.ts';

export async function readSessions(councilIds: readonly string[]): Promise<PublicSession[]> {
  const lists = await Promise.all(
    councilIds.map((id) =>
      getAllPages(`/v1/sessions?council=${encodeURIComponent(id)}&limit=100`, (path) =>
        getJson(path, SessionsPage),
      ),
    ),
  );
  const full = await Promise.all(
    lists.flat().map((s) => getJson(`/v1/sessions/${encodeURIComponent(s.id)}`, PublicSessionSchema)),
  );
  return full.sort((a, b) => b.opensOn.localeCompare(a.opensOn) || a.id.localeCompare(b.id));
}
