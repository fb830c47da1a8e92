/**
 * A card section with its own heading, as the forms on the petition and follow-up pages
 * are drawn: the section is `#<id>`, its heading `#<id>-heading`, which the form inside
 * names itself by (`aria-labelledby`).
 */
import { type Child, h } from './dom.ts';

export function headedCard(
  spec: {
    id: string;
    title: string;
    /** `h2` on a page of its own sections, `h3` under the petition's headings. */
    level: 'h2' | 'h3';
    /** `action card` for a form that changes the record. */
    class?: string;
  },
  ...content: Child[]
): HTMLElement {
  return h(
    'section',
    { class: spec.class ?? 'card', id: spec.id },
    h(spec.level, { id: `${spec.id}-heading` }, spec.title),
    content,
  );
}
