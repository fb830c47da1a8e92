/**
 * A resolution as a search document (DESIGN §11: "published results and resolutions are
 * searchable"): found by its number, title and plain-language summary, its fields and the
 * body carrying it out (all public on its page). Its id is its slug, the page's path.
 */
import type { SearchDocument } from './index-format.ts';

export interface IndexedResolution {
  slug: string;
  number: string;
  title: string;
  summary: string;
  adoptedOn: string;
  council: string;
  fields: readonly { name: string }[];
  agency?: string | undefined;
}

export function resolutionDocument(r: IndexedResolution): SearchDocument {
  return {
    kind: 'resolution',
    id: r.slug,
    title: `${r.number}: ${r.title}`,
    content: [r.summary, r.agency, ...r.fields.map((f) => f.name)].filter(Boolean).join(' '),
    context: `${r.council} · ${r.fields.map((f) => f.name).join(', ')}`,
    excerpt: r.summary,
    date: r.adoptedOn,
  };
}
