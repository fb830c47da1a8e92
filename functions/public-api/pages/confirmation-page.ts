/**
 * The confirmation after a submission (GET /gui-kien-nghi/da-gui?ma=CODE): the tracking
 * code in large groups of four, to copy onto paper or read over the phone, and when to
 * expect the answer (lib/petitions/expected-answer.ts). It reads the petition item only,
 * for its council's deadline setting, and looks the same for a code that is not stored
 * (the honeypot's).
 */
import { html, raw } from 'hono/html';
import { type Locale, translate } from '../../../shared/messages/index.ts';
import { formatVietnamDate } from '../../../shared/time.ts';
import { sitePaths } from '../../../shared/ui/routes.ts';
import { trackingCodeHtml } from '../../../shared/ui/tracking-code.ts';
import type { ExpectedAnswer } from '../../lib/petitions/expected-answer.ts';
import type { PageHtml } from './layout.ts';

export function confirmationMain(formattedCode: string, locale: Locale, expected: ExpectedAnswer): PageHtml {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const by = translate(locale, 'confirmation.expectedAnswer', {
    date: formatVietnamDate(expected.by, locale),
    days: expected.days,
  });
  const trackHref = `/tra-cuu?ma=${encodeURIComponent(formattedCode)}&lang=${locale}`;
  return html`<h1>${t('confirmation.title')}</h1>
<p class="lead" role="status">${t('confirmation.lead')}</p>
<h2>${t('confirmation.codeLabel')}</h2>
<p class="code">${raw(trackingCodeHtml(formattedCode, ' ').value)}</p>
<p><strong>${by}</strong><br><span class="hint">${t('confirmation.expectedAnswerHint')}</span></p>
<p>${t('confirmation.keep')}</p>
<p><a class="button" href="${trackHref}">${t('confirmation.trackLink')}</a></p>
<p><a href="${sitePaths.submit(locale)}">${t('confirmation.another')}</a></p>`;
}
