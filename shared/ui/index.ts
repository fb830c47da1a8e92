/** The look and the map of the public pages, shared by the static site and the public API. */
export { escapeHtml, Html, html, trusted } from './html.ts';
export { navigation, shellLabels } from './labels.ts';
export * from './routes.ts';
export { type PageOptions, renderPage } from './shell.ts';
export { siteCss } from './styles.ts';
export { tokens } from './tokens.ts';
