/**
 * The "me too" form on the track page (no JavaScript needed): the commune, an optional email
 * and phone, posted to POST /v1/petitions/{code}/supporters. After a refusal the track page
 * is drawn again with what was typed and each message beside its field (never in a URL).
 */
import { html } from 'hono/html';
import { type Locale, type MessageKey, translate } from '../../../shared/messages/index.ts';
import { PRIVACY_NOTICE } from '../../../shared/privacy-notice.ts';
import type { ChoiceGroup } from '../../../shared/ui/petition-form-choices.ts';
import type { PublicPetition } from '../../lib/petitions/public-view.ts';
import type { PageHtml } from './layout.ts';

/** The statuses a petition still takes supporters in (support-petition.ts decides; this only hides the form). */
const SUPPORTABLE = new Set(['received', 'routed', 'in_progress', 'answered']);

/** The anchor of the section, for "I have the same issue" links. */
export const SUPPORT_ANCHOR = 'ung-ho';
/** The parameter a successful no-JavaScript "me too" comes back with. */
export const SUPPORT_DONE_PARAM = 'ung-ho';

export interface SupportFormState {
  communes: ChoiceGroup[];
  values?: { communeId?: string; email?: string; phone?: string };
  /** A translated message per field ("communeId", "email", "phone"), "_" for the whole form. */
  errors?: Record<string, string>;
  done?: boolean;
}

const FIELDS: { name: 'email' | 'phone'; label: MessageKey; type: string; autocomplete: string }[] = [
  { name: 'email', label: 'supporter.email', type: 'email', autocomplete: 'email' },
  { name: 'phone', label: 'supporter.phone', type: 'tel', autocomplete: 'tel' },
];

export function supportSection(view: PublicPetition, locale: Locale, state: SupportFormState): PageHtml | '' {
  const t = (key: MessageKey) => translate(locale, key);
  if (state.done)
    return html`<p class="notice" id="${SUPPORT_ANCHOR}" role="status">${t('supporter.done')}</p>`;
  if (!SUPPORTABLE.has(view.status)) return '';
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  const slot = (name: string) =>
    html`<p class="field-error" id="s-${name}-error"${errors[name] ? '' : html` hidden`}>${errors[name] ?? ''}</p>`;
  const invalid = (name: string) => (errors[name] ? html` aria-invalid="true"` : '');
  const action = `/v1/petitions/${encodeURIComponent(view.code)}/supporters?lang=${locale}`;
  const communes = state.communes.map(
    (g) =>
      html`<optgroup label="${g.label}">${g.options.map((o) => html`<option value="${o.value}"${o.value === values.communeId ? html` selected` : ''}>${o.label}</option>`)}</optgroup>`,
  );
  return html`<section class="card" id="${SUPPORT_ANCHOR}" aria-labelledby="support-title"><h2 id="support-title">${t('supporter.title')}</h2><p>${t('supporter.intro')}</p>${errors._ ? html`<p class="notice warn" role="alert">${errors._}</p>` : ''}<form method="post" action="${action}" accept-charset="utf-8"><div class="field"><label for="s-communeId">${t('supporter.commune')}</label>${slot('communeId')}<select id="s-communeId" name="communeId" required aria-describedby="s-communeId-error"${invalid('communeId')}><option value="">${t('petitionForm.choose')}</option>${communes}</select></div>${FIELDS.map((f) => html`<div class="field"><label for="s-${f.name}">${t(f.label)}</label>${slot(f.name)}<input type="${f.type}" id="s-${f.name}" name="${f.name}" value="${values[f.name] ?? ''}" maxlength="254" autocomplete="${f.autocomplete}" aria-describedby="s-${f.name}-error"${invalid(f.name)}></div>`)}<input type="hidden" name="privacyNoticeVersion" value="${PRIVACY_NOTICE.version}"><div class="hp" aria-hidden="true"><label for="s-website">${t('petitionForm.honeypot')}</label><input type="text" id="s-website" name="website" tabindex="-1" autocomplete="off"></div><button class="button" type="submit">${t('supporter.submit')}</button></form></section>`;
}
