/**
 * Part D of the summary report's .docx (session-views-part.ts compiles it): kept apart so
 * that only the .docx route's lazy chunk loads the Word writer.
 */
import type { Paragraph } from 'docx';
import { paragraph } from './decree30-layout.ts';
import { romanNumeral } from './report-wording.ts';
import { facts, type SessionViewsPart, sessionViewsWording } from './session-views-part.ts';

/** Part D of the .docx: a section per agenda item with views, each view numbered. */
export function sessionViewsParagraphs(part: SessionViewsPart | undefined): Paragraph[] {
  if (!part) return [];
  const withViews = part.items.filter((i) => i.views.length > 0);
  return [
    paragraph(sessionViewsWording.part, { bold: true, before: 6 }),
    ...(withViews.length === 0
      ? [paragraph(sessionViewsWording.none, { indent: true })]
      : withViews.flatMap((item, i) => [
          paragraph(sessionViewsWording.item(romanNumeral(i + 1), item.title), { bold: true, before: 3 }),
          ...item.views.flatMap((view, n) => [
            paragraph(`${n + 1}. ${view.text}`, { indent: true }),
            paragraph(`(${facts(view)})`, { italics: true, indent: true }),
          ]),
        ])),
  ];
}
