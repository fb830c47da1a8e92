/**
 * The petition form's markup, the one renderer behind both forms: the site's static form
 * (empty) and the API's form shown again without JavaScript (the citizen's values, each
 * error in its field's slot and in the summary, which names the field). The controls come
 * from shared/ui/petition-form-controls.ts; ids are `f-…` for a control and `e-…` for its
 * error slot, which the form's script fills in when JavaScript runs.
 */

import { ATTACHMENT_TYPES } from '../attachments.ts';
import { type Locale, type MessageKey, translate } from '../messages/index.ts';
import { PRIVACY_NOTICE } from '../privacy-notice.ts';
import { type Html, html } from './html.ts';
import type { Choice, ChoiceGroup, PetitionFormChoices } from './petition-form-choices.ts';
import {
  CONTENT_MAX_LENGTH,
  controlId,
  errorId,
  PETITION_FIELDS,
  PETITION_TEXT_CONTROLS,
  type PetitionField,
  type PetitionTextField,
} from './petition-form-controls.ts';
import { sitePaths } from './routes.ts';

export interface PetitionFormState {
  /** The values as posted (nested by the dots of their names). */
  values?: Record<string, unknown>;
  /** A translated message per field path ("submitter.email"), "_" for the whole form. */
  errors?: Record<string, string>;
  /** The meeting a meeting's own form sends for. */
  meetingId?: string | undefined;
}

function valueAt(values: Record<string, unknown>, path: string): string {
  let node: unknown = values;
  for (const key of path.split('.'))
    node = typeof node === 'object' && node ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean'
    ? String(node)
    : '';
}

const isField = (path: string): path is PetitionField => Object.hasOwn(PETITION_FIELDS, path);

/** "Tiêu đề: Cần ít nhất 5 ký tự.": a summary line names its field. */
export function summaryLine(label: string | undefined, message: string): string {
  return label ? `${label}: ${message}` : message;
}

export function petitionFormHtml(
  choices: PetitionFormChoices,
  locale: Locale,
  state: PetitionFormState = {},
): Html {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const value = (path: string) => valueAt(values, path);
  const mark = html` <span aria-hidden="true">*</span><span class="visually-hidden">${t('petitionForm.requiredMark')}</span>`;

  const hintOf = (path: PetitionField) => {
    const hint = (PETITION_FIELDS[path] as { hint?: MessageKey }).hint;
    return hint ? html`<p class="hint" id="${controlId(path)}-hint">${t(hint)}</p>` : '';
  };
  const errorSlot = (path: PetitionField) =>
    html`<p class="field-error" id="${errorId(path)}" data-label="${t(PETITION_FIELDS[path].label)}"${errors[path] ? '' : html` hidden`}>${errors[path] ?? ''}</p>`;
  /** required, aria-describedby (extra ids first, the hint, the error slot) and aria-invalid. */
  const attributes = (path: PetitionField, extra: string[] = []) => {
    const hinted = (PETITION_FIELDS[path] as { hint?: MessageKey }).hint ? [`${controlId(path)}-hint`] : [];
    const described = [...extra, ...hinted, errorId(path)].join(' ');
    return html`${PETITION_FIELDS[path].required ? html` required` : ''} aria-describedby="${described}"${errors[path] ? html` aria-invalid="true"` : ''}`;
  };
  const field = (path: PetitionField, control: Html) =>
    html`<div class="field"><label for="${controlId(path)}">${t(PETITION_FIELDS[path].label)}${PETITION_FIELDS[path].required ? mark : ''}</label>${hintOf(path)}${errorSlot(path)}${control}</div>`;

  const input = (path: PetitionTextField, extra: string[] = []) => {
    const c: { type: string; maxLength: number; autocomplete?: string; inputMode?: string } =
      PETITION_TEXT_CONTROLS[path];
    return field(
      path,
      html`<input type="${c.type}" id="${controlId(path)}" name="${path}" value="${value(path)}" maxlength="${String(c.maxLength)}"${c.autocomplete ? html` autocomplete="${c.autocomplete}"` : ''}${c.inputMode ? html` inputmode="${c.inputMode}"` : ''}${attributes(path, extra)}>`,
    );
  };
  const option = (o: Choice, selected: string) =>
    html`<option value="${o.value}"${o.value === selected ? html` selected` : ''}>${o.label}</option>`;
  const select = (path: PetitionField, options: Html) =>
    field(
      path,
      html`<select id="${controlId(path)}" name="${path}"${attributes(path)}><option value="">${t('petitionForm.choose')}</option>${options}</select>`,
    );
  const grouped = (groups: ChoiceGroup[], path: string) =>
    html`${groups.map((g) => html`<optgroup label="${g.label}">${g.options.map((o) => option(o, value(path)))}</optgroup>`)}`;

  const consent = value('consentToPublish');
  const radio = (v: 'true' | 'false', label: MessageKey) =>
    html`<label for="${controlId('consentToPublish')}${v === 'true' ? '' : '-no'}" class="choice"><input type="radio" id="${controlId('consentToPublish')}${v === 'true' ? '' : '-no'}"${v === 'true' ? html` required` : ''} name="consentToPublish" value="${v}"${consent === v ? html` checked` : ''}${errors.consentToPublish ? html` aria-invalid="true"` : ''}>${t(label)}</label>`;

  // Files (DESIGN §10): the no-JS form posts them with the form; with JavaScript,
  // site/src/scripts/attachments.ts uploads each one first and lists it in [data-attachments].
  const fileErrors = Object.entries(errors).filter(
    ([path]) => path === 'attachments' || path.startsWith('attachments.'),
  );
  const attachmentsFieldset = () =>
    html`<fieldset><legend><h2>${t('attachments.formLabel')}</h2></legend><p class="hint" id="f-files-hint">${t('attachments.formHint')}</p><p class="field-error" id="e-attachments"${fileErrors.length ? '' : html` hidden`}>${fileErrors.map(([, m]) => m).join(' ')}</p><label for="f-files">${t('attachments.heading')}</label> <input type="file" id="f-files" name="files" multiple accept="${ATTACHMENT_TYPES.join(',')}" aria-describedby="f-files-hint e-attachments"${fileErrors.length ? html` aria-invalid="true"` : ''}><ul class="attachment-list" data-attachments></ul></fieldset>`;

  const summary = Object.entries(errors).map(([path, message]) => {
    const line = summaryLine(isField(path) ? t(PETITION_FIELDS[path].label) : undefined, message);
    return isField(path) ? html`<li><a href="#${controlId(path)}">${line}</a></li>` : html`<li>${line}</li>`;
  });

  return html`<p class="notice">${t('petitionForm.privacy')} <a href="${sitePaths.privacy(locale)}">${t('petitionForm.privacyLink')}</a></p>
<p>${t('petitionForm.requiredNote')}</p>
<div class="error-summary" id="error-summary" role="alert" tabindex="-1"${summary.length ? '' : html` hidden`}><h2>${t('petitionForm.errorSummary')}</h2><ul>${summary}</ul></div>
<form method="post" action="/v1/petitions?lang=${locale}" accept-charset="utf-8" enctype="multipart/form-data" data-petition-form>
<fieldset><legend><h2>${t('petitionForm.submitterLegend')}</h2></legend>
${input('submitter.name')}
<p class="hint" id="contact-hint">${t('petitionForm.contactHint')}</p>
${input('submitter.email', ['contact-hint'])}
${input('submitter.phone', ['contact-hint'])}
${input('submitter.address')}
${select('submitter.communeId', grouped(choices.communes, 'submitter.communeId'))}
</fieldset>
<fieldset><legend><h2>${t('petitionForm.petitionLegend')}</h2></legend>
${select('fieldId', html`${choices.fields.map((o) => option(o, value('fieldId')))}`)}
${select('localityId', grouped(choices.localities, 'localityId'))}
${input('title')}
${field('content', html`<textarea id="${controlId('content')}" name="content" rows="8" maxlength="${String(CONTENT_MAX_LENGTH)}"${attributes('content')}>${value('content')}</textarea>`)}
</fieldset>
${attachmentsFieldset()}
<fieldset aria-describedby="${errorId('consentToPublish')}"><legend><h2>${t('petitionForm.consentLegend')}${mark}</h2></legend>
${errorSlot('consentToPublish')}
${radio('true', 'petitionForm.consentYes')}
${radio('false', 'petitionForm.consentNo')}
</fieldset>
${state.meetingId ? html`<input type="hidden" name="meetingId" value="${state.meetingId}">` : ''}
<input type="hidden" name="privacyNoticeVersion" value="${PRIVACY_NOTICE.version}">
<input type="hidden" name="similarStep" value="check">
<div class="hp" aria-hidden="true"><label for="f-website">${t('petitionForm.honeypot')}</label><input type="text" id="f-website" name="website" tabindex="-1" autocomplete="off"></div>
<button class="button" type="submit">${t('petitionForm.submit')}</button>
</form>`;
}
