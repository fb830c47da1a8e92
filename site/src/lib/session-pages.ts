/**
 * The session pages of the site map (DESIGN §8): every council's sessions, each session's
 * page (its agenda, documents, view forms, published views, meetings) and the page a view
 * sent without JavaScript lands on; and the next session, for the home page.
 */
import type { SiteLocale } from '../../../shared/ui/routes.ts';
import { sessionPaths } from '../../../shared/ui/session-routes.ts';
import type { PublicSession } from './session-schemas.ts';
import type { Council, SiteData } from './site-data.ts';

export type SessionViews = {
  sessions: { councils: { council: Council; sessions: PublicSession[] }[] };
  session: { session: PublicSession };
  viewSent: { session: PublicSession };
};

type SessionDraft = {
  [V in keyof SessionViews]: { key: string; view: V; path: string; props: SessionViews[V] };
}[keyof SessionViews];

export function sessionDrafts(data: SiteData, l: SiteLocale): SessionDraft[] {
  const councils = data.councils.map((council) => ({
    council,
    sessions: data.sessions.filter((s) => s.councilId === council.id),
  }));
  return [
    { key: 'sessions', view: 'sessions', path: sessionPaths.sessions(l), props: { councils } },
    ...data.sessions.flatMap((session): SessionDraft[] => [
      {
        key: `session:${session.id}`,
        view: 'session',
        path: sessionPaths.session(l, session.id),
        props: { session },
      },
      {
        key: `viewSent:${session.id}`,
        view: 'viewSent',
        path: sessionPaths.viewSent(l, session.id),
        props: { session },
      },
    ]),
  ];
}

/** The session that opens next (or is sitting now), any council's; none when all are closed. */
export function nextSession(data: SiteData): PublicSession | undefined {
  return data.sessions
    .filter((s) => s.status !== 'closed')
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id))[0];
}
