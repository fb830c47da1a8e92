/**
 * Reference data the console shows names from (fields, units, agencies, councils with
 * their sessions, electoral units, delegate groups and delegates): read from the public
 * API, which serves it cached, and kept for a few minutes in the tab.
 */
import type { AdministrativeUnit } from '../../../../shared/schemas/index.ts';
import type { KeyValueStore } from '../auth/session.ts';
import type { ApiClient } from './client.ts';

export interface NamedItem {
  id: string;
  name: string;
}

export interface CouncilEntry extends NamedItem {
  level: string;
  unitId: string;
  sessions: { id: string; name: string; number: number; opensOn: string }[];
  electoralUnits: {
    id: string;
    number: number;
    name: string;
    communeIds: string[];
    groups: { id: string; name: string; delegates: { id: string; name: string; title?: string }[] }[];
  }[];
}

export interface Reference {
  fields: (NamedItem & { nameEn?: string })[];
  units: Pick<AdministrativeUnit, 'id' | 'name' | 'type' | 'parentId'>[];
  agencies: NamedItem[];
  councils: CouncilEntry[];
}

const CACHE_KEY = 'hdnd.console.reference';
const CACHE_MS = 5 * 60_000;

export async function loadReference(
  client: ApiClient,
  store: KeyValueStore,
  now = Date.now(),
): Promise<Reference> {
  const cached = store.getItem(CACHE_KEY);
  if (cached) {
    try {
      const { at, value } = JSON.parse(cached) as { at: number; value: Reference };
      if (now - at < CACHE_MS) return value;
    } catch {
      // a damaged cache is read again
    }
  }
  const [reference, councils] = await Promise.all([
    client.get<Omit<Reference, 'councils'>>('/v1/reference'),
    client.get<{ items: CouncilEntry[] }>('/v1/councils'),
  ]);
  const value: Reference = {
    fields: reference.fields ?? [],
    units: reference.units ?? [],
    agencies: reference.agencies ?? [],
    councils: councils.items ?? [],
  };
  store.setItem(CACHE_KEY, JSON.stringify({ at: now, value }));
  return value;
}

/** Forgets the cache after staff change reference data (an agency, say). */
export function forgetReference(store: KeyValueStore): void {
  store.removeItem(CACHE_KEY);
}

/** A name for an id, or the id itself when unknown (never a blank). */
export function nameOf(items: readonly NamedItem[], id: string | undefined): string {
  if (!id) return '';
  return items.find((i) => i.id === id)?.name ?? id;
}

/** A field's name in the reader's language (its English name when it has one), as the public site shows it. */
export function fieldName(
  fields: readonly (NamedItem & { nameEn?: string })[],
  id: string | undefined,
  locale: 'vi' | 'en',
): string {
  const field = fields.find((f) => f.id === id);
  return (locale === 'en' && field?.nameEn) || nameOf(fields, id);
}
