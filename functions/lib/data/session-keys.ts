/**
 * A session's keys, built here and nowhere else (the layout is in session-repository.ts).
 * The session's compact record is reference data (`referenceKeys.sk('sessions', id)`);
 * its agenda and the views on it are this partition. No SDK import.
 */
export const sessionKeys = {
  pk: (sessionId: string) => `SESSION#${sessionId}`,
  /** What a public read of the partition may return (the agenda, views): never a name. */
  publicPrefix: 'PUB#',
  agendaSk: 'PUB#AGENDA',
  viewPrefix: 'PUB#VIEW#',
  viewSk: (viewId: string) => `PUB#VIEW#${viewId}`,
  /** The optional name a citizen gave with an online view: outside `PUB#`, so no public read returns it. */
  authorSk: (viewId: string) => `PRIVATE#VIEW#${viewId}`,
};
