/**
 * The keys of interpellations, built here and nowhere else (the layout is in
 * interpellation-repository.ts). No SDK import, so infra and tests can read a key.
 */
import type { Interpellation } from '../../../shared/schemas/index.ts';

export const interpellationKeys = {
  pk: (id: string) => `INTERPELLATION#${id}`,
  sk: 'INTERPELLATION',
  bySession: (sessionId: string) => `SESSION#${sessionId}#INTERPELLATIONS`,
  sessionSk: (i: Pick<Interpellation, 'createdAt' | 'id'>) => `${i.createdAt}#${i.id}`,
};
