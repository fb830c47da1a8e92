/**
 * The confirmation after a submission from the no-JavaScript form (GET
 * /gui-kien-nghi/da-gui?ma=CODE): the tracking code in large groups of four, to copy onto
 * paper or read over the phone. It reads nothing from the table: the code in the URL is
 * all it shows, so it looks the same for every submission, the honeypot's included.
 */
import { html, raw } from 'hono/html';
import { type Locale, translate } from '../../../shared/messages/index.ts';
import { sitePaths } from '../../../shared/ui/routes.ts';
import { trackingCodeHtml } from '../../../shared/ui/tracking-code.ts';
import type { PageHtml } from './layout.ts';

export function confirmationMain(formattedCode: string, locale: Locale): PageHtml {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const trackHref = `/tra-cuu?ma=${encodeURIComponent(formattedCode)}${locale === 'en' ? '&lang=en' : ''}`;
  return html`<h1>${t('confirmation.title')}</h1>
<p class="lead" role="status">${t('confirmation.lead')}</p>
<h2>${t('confirmation.codeLabel')}</h2>
<p class="code">${raw(trackingCodeHtml(formattedCode, ' ').value)}</p>
<p>${t('confirmation.keep')}</p>
<p><a class="button" href="${trackHref}">${t('confirmation.trackLink')}</a></p>
<p><a href="${sitePaths.submit(locale)}">${t('confirmation.another')}</a></p>`;
}
