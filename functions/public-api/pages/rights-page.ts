/**
 * The submitter's own data (GET /du-lieu-ca-nhan?ma=CODE&khoa=TOKEN): their contact (or
 * when it was erased), their consents and the notice they were given under, their petition
 * and its timeline without staff notes, and the two requests, each behind a confirmation
 * step (&buoc=rut | xoa) that posts a form. No JavaScript; the page is never cached.
 */
import { html } from 'hono/html';
import { type Locale, type MessageKey, translate } from '../../../shared/messages/index.ts';
import { privacyNoticeOf } from '../../../shared/privacy-notice.ts';
import { OPEN_STATUSES } from '../../../shared/status-machine.ts';
import { formatVietnamDate, formatVietnamDateTime } from '../../../shared/time.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { apiPaths } from '../../../shared/ui/routes.ts';
import type { OwnData } from '../../lib/petitions/submitter-rights.ts';
import type { PageHtml } from './layout.ts';

export type RightsStep = 'withdraw' | 'erase';
export const RIGHTS_STEPS: Record<string, RightsStep> = { rut: 'withdraw', xoa: 'erase' };
const STEP_SLUG: Record<RightsStep, string> = { withdraw: 'rut', erase: 'xoa' };

export interface RightsPageOptions {
  token: string;
  step?: RightsStep;
  /** The request just carried out. */
  done?: RightsStep;
}

export function rightsHref(
  code: string,
  token: string,
  locale: Locale,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ ma: formatTrackingCode(code), khoa: token, ...extra });
  if (locale === 'en') params.set('lang', 'en');
  return `${apiPaths.rights}?${params.toString()}`;
}

export function rightsMain(data: OwnData, locale: Locale, options: RightsPageOptions): PageHtml {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);
  const { petition, contact, consent } = data;
  const code = formatTrackingCode(petition.code);
  const yesNo = (v: boolean) => t(v ? 'rights.yes' : 'rights.no');
  const fact = (label: MessageKey, value: string | undefined) =>
    value ? html`<dt>${t(label)}</dt><dd>${value}</dd>` : '';

  if (options.step) return confirmation(data, locale, options.token, options.step);

  const contactSection =
    contact.kind === 'kept'
      ? html`<dl class="facts">${fact('rights.name', contact.contact.name)}${fact('rights.email', contact.contact.email)}${fact('rights.phone', contact.contact.phone)}${fact('rights.address', contact.contact.address)}</dl><p class="meta">${contact.erasedOn ? t('rights.retainedUntil', { date: formatVietnamDate(contact.erasedOn, locale) }) : t('rights.retainedWhileOpen', { months: String(data.retentionMonths) })}</p>`
      : contact.kind === 'erased'
        ? html`<p class="notice">${t('rights.contactErased', { date: formatVietnamDate(contact.erasedAt, locale) })}</p>`
        : '';
  const notice = consent ? privacyNoticeOf(consent.noticeVersion) : undefined;
  const consentSection = consent
    ? html`<dl class="facts"><dt>${t('rights.consentPublication')}</dt><dd>${yesNo(consent.publication)}</dd><dt>${t('rights.consentEmail')}</dt><dd>${yesNo(consent.channels.email)}</dd><dt>${t('rights.consentPhone')}</dt><dd>${yesNo(consent.channels.phone)}</dd></dl><p class="meta">${t('rights.consentedAt', { date: formatVietnamDateTime(consent.consentedAt, locale), version: consent.noticeVersion, noticeDate: notice ? notice.date : '' })}</p>`
    : html`<p>${t('rights.noConsentRecord')}</p>`;
  const done = options.done
    ? html`<p class="notice" role="status">${t(options.done === 'withdraw' ? 'rights.withdrawDone' : 'rights.eraseDone')}</p>`
    : '';
  const stepLink = (step: RightsStep, label: MessageKey) =>
    html`<a class="button" href="${rightsHref(petition.code, options.token, locale, { buoc: STEP_SLUG[step] })}">${t(label)}</a>`;
  const trackHref = `/tra-cuu?ma=${encodeURIComponent(code)}${locale === 'en' ? '&lang=en' : ''}`;

  return html`<h1>${t('rights.title')}</h1>
${done}
<p>${t('rights.intro')}</p>
<h2>${t('rights.contact')}</h2>
${contactSection}
<h2>${t('rights.consents')}</h2>
${consentSection}
<h2>${t('rights.petition')} ${code}</h2>
<dl class="facts"><dt>${t('track.status')}</dt><dd><span class="status status-${petition.status}">${t(`petition.status.${petition.status}` as MessageKey)}</span></dd>${fact('track.receivedAt', formatVietnamDate(petition.receivedAt, locale))}</dl>
<h3>${petition.title}</h3>
<p class="prose">${petition.content}</p>
<ol class="list">${data.timeline.map((e) => html`<li><time datetime="${e.at}">${formatVietnamDate(e.at, locale)}</time>: <strong>${t(`petition.event.${e.type}` as MessageKey)}</strong>${e.reason ? html`<br><span class="meta">${t('track.reason', { reason: e.reason })}</span>` : ''}</li>`)}</ol>
<p><a href="${trackHref}">${t('rights.trackLink')}</a></p>
<section class="card" aria-labelledby="withdraw-title"><h2 id="withdraw-title">${t('rights.withdrawTitle')}</h2>${data.canWithdraw ? html`<p>${t('rights.withdrawIntro')}</p>${stepLink('withdraw', 'rights.withdrawButton')}` : html`<p>${petition.status === 'withdrawn' ? t('rights.withdrawDone') : t('rights.withdrawClosed')}</p>`}</section>
<section class="card" aria-labelledby="erase-title"><h2 id="erase-title">${t('rights.eraseTitle')}</h2>${contact.kind === 'kept' ? html`<p>${t('rights.eraseIntro')}</p>${stepLink('erase', 'rights.eraseButton')}` : html`<p>${t('rights.eraseDone')}</p>`}</section>`;
}

function confirmation(data: OwnData, locale: Locale, token: string, step: RightsStep): PageHtml {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);
  const code = formatTrackingCode(data.petition.code);
  const verb = step === 'withdraw' ? 'withdraw' : 'erase';
  const action = `/v1/petitions/${encodeURIComponent(code)}/${verb}?lang=${locale}`;
  const warning =
    step === 'erase' && OPEN_STATUSES.has(data.petition.status)
      ? html`<p class="notice warn" role="alert">${t('rights.eraseWarningOpen')}</p>`
      : '';
  return html`<h1>${t(step === 'withdraw' ? 'rights.withdrawTitle' : 'rights.eraseTitle')}</h1>
<p>${t(step === 'withdraw' ? 'rights.withdrawConfirm' : 'rights.eraseConfirm', { code })}</p>
${warning}
<form method="post" action="${action}" accept-charset="utf-8"><input type="hidden" name="token" value="${token}"><input type="hidden" name="confirm" value="yes"><button class="button" type="submit">${t('rights.confirmButton')}</button></form>
<p><a href="${rightsHref(data.petition.code, token, locale)}">${t('rights.cancel')}</a></p>`;
}
