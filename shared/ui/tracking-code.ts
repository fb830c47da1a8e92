/**
 * A tracking code as it is shown on a page: each group of four in a `.code-group` span
 * (white-space: nowrap), so a narrow screen breaks the code only between groups, after
 * its dash, never inside one ("DEM4-C9KA-6NSW", not "DEM4-C9K / A-6NSW").
 */
import { type Html, html, trusted } from './html.ts';

/** `separator` "-" keeps the dashes (headings, facts); " " shows the groups apart (the confirmation). */
export function trackingCodeHtml(formatted: string, separator: '-' | ' ' = '-'): Html {
  const groups = formatted.split('-');
  const last = groups.length - 1;
  return html`${groups.map((group, i) =>
    i < last
      ? html`<span class="code-group">${group}${separator === '-' ? '-' : ''}</span>${separator === '-' ? trusted('<wbr>') : ' '}`
      : html`<span class="code-group">${group}</span>`,
  )}`;
}

/** A formatted code ("7KQM-3HXT-9PAR") inside a sentence. */
const FORMATTED_CODE = /\b[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}\b/g;

/**
 * A sentence with formatted codes in it ("Kiến nghị DEM4-C9KA-6NSW", a hint's example),
 * each code drawn by trackingCodeHtml, the rest escaped.
 */
export function withTrackingCodes(sentence: string): Html {
  const parts: Html[] = [];
  let from = 0;
  for (const match of sentence.matchAll(FORMATTED_CODE)) {
    parts.push(html`${sentence.slice(from, match.index)}`, trackingCodeHtml(match[0]));
    from = match.index + match[0].length;
  }
  parts.push(html`${sentence.slice(from)}`);
  return html`${parts}`;
}
