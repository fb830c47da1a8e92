/**
 * The petition form, server-rendered: what a browser without JavaScript gets back when
 * its submission has errors (400). It shows the citizen's own values again, each error
 * next to its field (linked by aria-describedby) and a summary at the top linking to them.
 * Field names are the contract's (`submitter.name`, …), the same as the site's form.
 */

import { html } from 'hono/html';
import { type Locale, type MessageKey, translate } from '../../../shared/messages/index.ts';
import { PRIVACY_NOTICE } from '../../../shared/privacy-notice.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { AdministrativeUnit } from '../../../shared/schemas/index.ts';
import {
  PETITION_TEXT_CONTROLS,
  type PetitionTextField,
  type TextControl,
} from '../../../shared/ui/petition-form-controls.ts';
import type { PageHtml } from './layout.ts';

export interface PetitionFormState {
  /** The values as posted (nested by the dots of their names). */
  values: Record<string, unknown>;
  /** A translated message per field path ("submitter.email"), "_" for the whole form. */
  errors: Record<string, string>;
}

const idOf = (path: string) => path.replace(/\./g, '-');

/** Paths with a visible control to link to from the error summary. */
const CONTROLS = new Set([
  'submitter.name',
  'submitter.email',
  'submitter.phone',
  'submitter.address',
  'submitter.communeId',
  'fieldId',
  'localityId',
  'title',
  'content',
  'consentToPublish',
]);

function valueAt(values: Record<string, unknown>, path: string): string {
  let node: unknown = values;
  for (const key of path.split('.'))
    node = typeof node === 'object' && node ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'string'
    ? node
    : typeof node === 'number' || typeof node === 'boolean'
      ? String(node)
      : '';
}

/** Communes grouped under their parent ("Hữu Lũng, Lạng Sơn"), in reference order. */
function communeGroups(reference: ReferenceData): { label: string; units: AdministrativeUnit[] }[] {
  const groups = new Map<string, AdministrativeUnit[]>();
  for (const commune of reference.communes()) {
    const parent = commune.parentId ?? '';
    groups.set(parent, [...(groups.get(parent) ?? []), commune]);
  }
  return [...groups].map(([parentId, units]) => ({
    label: reference
      .lineage(parentId)
      .map((u) => u.name)
      .join(', '),
    units,
  }));
}

export function petitionFormMain(
  reference: ReferenceData,
  locale: Locale,
  state: PetitionFormState,
): PageHtml {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);
  const value = (path: string) => valueAt(state.values, path);
  const errorOf = (path: string) => state.errors[path];

  /** The attributes tying a control to its hint and its error. */
  const describedBy = (path: string, hint?: boolean) => {
    const ids = [hint ? `${idOf(path)}-hint` : '', errorOf(path) ? `${idOf(path)}-error` : ''].filter(
      Boolean,
    );
    return html`${ids.length ? html` aria-describedby="${ids.join(' ')}"` : ''}${errorOf(path) ? html` aria-invalid="true"` : ''}`;
  };
  const errorLine = (path: string) =>
    errorOf(path) ? html`<p class="field-error" id="${idOf(path)}-error">${errorOf(path)}</p>` : '';
  const hintLine = (path: string, key: MessageKey) =>
    html`<p class="hint" id="${idOf(path)}-hint">${t(key)}</p>`;

  const input = (path: PetitionTextField, label: MessageKey, hint?: MessageKey) => {
    const control: TextControl = PETITION_TEXT_CONTROLS[path];
    return html`<div class="field"><label for="${idOf(path)}">${t(label)}</label>${hint ? hintLine(path, hint) : ''}${errorLine(path)}<input type="${control.type}" id="${idOf(path)}" name="${path}" value="${value(path)}" maxlength="${control.maxLength}"${control.autocomplete ? html` autocomplete="${control.autocomplete}"` : ''}${control.inputMode ? html` inputmode="${control.inputMode}"` : ''}${describedBy(path, Boolean(hint))}></div>`;
  };

  const option = (id: string, label: string, selected: string) =>
    html`<option value="${id}"${id === selected ? html` selected` : ''}>${label}</option>`;

  const select = (path: string, label: MessageKey, options: PageHtml, hint?: MessageKey) =>
    html`<div class="field"><label for="${idOf(path)}">${t(label)}</label>${hint ? hintLine(path, hint) : ''}${errorLine(path)}<select id="${idOf(path)}" name="${path}"${describedBy(path, Boolean(hint))}><option value="">${t('petitionForm.choose')}</option>${options}</select></div>`;

  const communeOptions = communeGroups(reference).map(
    (g) =>
      html`<optgroup label="${g.label}">${g.units.map((u) => option(u.id, u.name, value('submitter.communeId')))}</optgroup>`,
  );
  const fieldName = (f: { name: string; nameEn: string }) => (locale === 'en' ? f.nameEn : f.name);
  const fieldOptions = [...reference.records.fields]
    .sort((a, b) => fieldName(a).localeCompare(fieldName(b), locale))
    .map((f) => option(f.id, fieldName(f), value('fieldId')));
  // Only places some council on the service covers (any other would be refused), by province,
  // each district followed by its communes.
  const path = (u: AdministrativeUnit) =>
    reference
      .lineage(u.id)
      .map((x) => x.name)
      .reverse()
      .join('/');
  const localityOptions = reference.records.units
    .filter((u) => u.type === 'province')
    .flatMap((province) => {
      const units = reference.records.units
        .filter((u) => reference.isWithin(u.id, province.id) && reference.councilsFor(u.id).length > 0)
        .sort((a, b) => path(a).localeCompare(path(b), 'vi'));
      const label = (u: AdministrativeUnit) =>
        u.type === 'commune' ? u.name : t('petitionForm.wholeUnit', { name: u.name });
      return units.length
        ? [
            html`<optgroup label="${province.name}">${units.map((u) => option(u.id, label(u), value('localityId')))}</optgroup>`,
          ]
        : [];
    });

  const consent = value('consentToPublish');
  const radio = (v: 'true' | 'false', label: MessageKey) =>
    html`<label class="choice"><input type="radio" name="consentToPublish" value="${v}"${consent === v ? html` checked` : ''}${describedBy('consentToPublish')}> ${t(label)}</label>`;

  const summaryItems = Object.entries(state.errors).map(([field, message]) =>
    CONTROLS.has(field) ? html`<li><a href="#${idOf(field)}">${message}</a></li>` : html`<li>${message}</li>`,
  );
  const action = `/v1/petitions?lang=${locale}`;
  const meetingId = value('meetingId');

  return html`<h1>${t('petitionForm.title')}</h1>
${summaryItems.length ? html`<div class="error-summary" role="alert" tabindex="-1"><h2>${t('petitionForm.errorSummary')}</h2><ul>${summaryItems}</ul></div>` : ''}
<p>${t('petitionForm.intro')}</p>
<form method="post" action="${action}" accept-charset="utf-8" novalidate>
<fieldset><legend>${t('petitionForm.submitterLegend')}</legend>
<p class="hint">${t('petitionForm.privacy')}</p>
${input('submitter.name', 'petitionForm.name')}
${input('submitter.email', 'petitionForm.email', 'petitionForm.contactHint')}
${input('submitter.phone', 'petitionForm.phone')}
${input('submitter.address', 'petitionForm.address')}
${select('submitter.communeId', 'petitionForm.commune', html`${communeOptions}`)}
</fieldset>
<fieldset><legend>${t('petitionForm.petitionLegend')}</legend>
${select('fieldId', 'petitionForm.field', html`${fieldOptions}`)}
${select('localityId', 'petitionForm.locality', html`${localityOptions}`, 'petitionForm.localityHint')}
${input('title', 'petitionForm.titleLabel')}
<div class="field"><label for="content">${t('petitionForm.content')}</label>${hintLine('content', 'petitionForm.contentHint')}${errorLine('content')}<textarea id="content" name="content" rows="10" maxlength="10000"${describedBy('content', true)}>${value('content')}</textarea></div>
</fieldset>
<fieldset id="consentToPublish"><legend>${t('petitionForm.consentLegend')}</legend>${errorLine('consentToPublish')}${radio('true', 'petitionForm.consentYes')}${radio('false', 'petitionForm.consentNo')}</fieldset>
${meetingId ? html`<input type="hidden" name="meetingId" value="${meetingId}">` : ''}
<input type="hidden" name="privacyNoticeVersion" value="${PRIVACY_NOTICE.version}">
<div class="hp" aria-hidden="true"><label for="website">${t('petitionForm.honeypot')}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button class="button" type="submit">${t('petitionForm.submit')}</button>
</form>`;
}
