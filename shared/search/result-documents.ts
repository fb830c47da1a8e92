/**
 * A published result as a search document: found by its title, its text, the answer,
 * its field, body, commune and locality (all already public on its page).
 */
import type { PublishedResult } from '../schemas/publication.ts';
import type { SearchDocument } from './index-format.ts';

export function resultDocument(r: PublishedResult): SearchDocument {
  return {
    kind: 'result',
    id: r.code,
    title: r.title,
    content: [r.content, r.answer?.text, r.agency?.name, r.locality.name, r.field.nameEn]
      .filter(Boolean)
      .join(' '),
    context: `${r.field.name} · ${r.commune.name}`,
    excerpt: r.content,
    date: r.publishedAt,
  };
}
