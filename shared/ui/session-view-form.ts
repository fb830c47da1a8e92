/**
 * The form to give a view on one open agenda item, without JavaScript, from one definition:
 * the session page draws it (site/src/components/SessionViewForm.astro) and the public API
 * draws it again, with what was typed and each message beside its field, when a post is
 * refused (functions/public-api/routes/sessions.ts). It POSTs urlencoded to the API.
 * Commune required, name optional (never published), consent as a yes/no choice, a honeypot.
 */
import { type Locale, type MessageKey, translate } from '../messages/index.ts';
import { type Html, html } from './html.ts';
import { withLocale } from './routes.ts';

export interface SessionViewFormInput {
  sessionId: string;
  item: { id: string; viewsUntil?: string | undefined };
  communes: readonly { id: string; name: string }[];
  /** After a refusal: the values as posted and a message per field ("_" for the whole form). */
  state?: { values?: Record<string, string | undefined>; errors?: Record<string, string> };
}

const dmy = (date: string) => date.split('-').reverse().join('/');

export function sessionViewFormHtml(input: SessionViewFormInput, locale: Locale): Html {
  const m = (key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);
  const { item, state } = input;
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  const f = (name: string) => `v-${item.id}-${name}`;
  const error = (name: string, field: string) =>
    errors[field] ? html`<p class="field-error" id="${f(name)}-error">${errors[field]}</p>` : '';
  const invalid = (name: string, field: string) =>
    errors[field] ? html` aria-invalid="true" aria-describedby="${f(name)}-error"` : '';
  const refusedConsent = values.consentToPublish === 'false';
  return html`<form class="card" method="post" action="${withLocale(`/v1/sessions/${input.sessionId}/views`, locale)}" aria-labelledby="${f('title')}"><h4 id="${f('title')}">${m('session.giveView')}</h4>${item.viewsUntil ? html`<p class="hint">${m('session.viewsUntil', { date: dmy(item.viewsUntil) })}</p>` : ''}${errors._ ? html`<p class="notice warn" role="alert">${errors._}</p>` : ''}<input type="hidden" name="agendaItemId" value="${item.id}"><div class="field"><label for="${f('commune')}">${m('session.viewCommune')}</label>${error('commune', 'communeId')}<select id="${f('commune')}" name="communeId" required${invalid('commune', 'communeId')}><option value="">${m('session.chooseCommune')}</option>${input.communes.map((c) => html`<option value="${c.id}"${c.id === values.communeId ? html` selected` : ''}>${c.name}</option>`)}</select></div><div class="field"><label for="${f('text')}">${m('session.viewText')}</label>${error('text', 'text')}<textarea id="${f('text')}" name="text" required minlength="10" maxlength="4000"${invalid('text', 'text')}>${values.text ?? ''}</textarea></div><div class="field"><label for="${f('name')}">${m('session.viewName')}</label>${error('name', 'name')}<input type="text" id="${f('name')}" name="name" value="${values.name ?? ''}" maxlength="120" autocomplete="name"${invalid('name', 'name')}></div><fieldset><legend>${m('session.viewConsent')}</legend><label class="choice" for="${f('consent')}"><input type="radio" id="${f('consent')}" name="consentToPublish" value="true" required${refusedConsent ? '' : html` checked`}>${m('rights.yes')}</label><label class="choice" for="${f('consent-no')}"><input type="radio" id="${f('consent-no')}" name="consentToPublish" value="false"${refusedConsent ? html` checked` : ''}>${m('rights.no')}</label></fieldset><div class="hp" aria-hidden="true"><label for="${f('website')}">Website</label><input type="text" id="${f('website')}" name="website" tabindex="-1" autocomplete="off"></div><p class="hint">${m('session.viewModerated')}</p><button class="button" type="submit">${m('session.viewSend')}</button></form>`;
}
