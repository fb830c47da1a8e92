/**
 * A short page saying why something a browser posted without JavaScript did not go
 * through (too many submissions, too large, a feedback link that is not valid…), with
 * the way back. The JSON clients get the same message as `{ error, message }`.
 */
import { html } from 'hono/html';
import type { PageHtml } from './layout.ts';

export interface PageLink {
  href: string;
  label: string;
}

export function messageMain(title: string, message: string, links: PageLink[] = []): PageHtml {
  return html`<h1>${title}</h1>
<p class="notice warn" role="alert">${message}</p>
${links.length ? html`<ul>${links.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ul>` : ''}`;
}
