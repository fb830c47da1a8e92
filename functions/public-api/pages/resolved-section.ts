/**
 * "Is it resolved?" on the track page, reached through the submitter's private link
 * (`&giai-quyet=TOKEN`): two buttons, "resolved" and "not resolved", and an optional note,
 * posted to POST /v1/petitions/{code}/resolution. A link not (or no longer) answerable shows
 * why instead.
 */
import { html } from 'hono/html';
import { type Locale, type MessageKey, translate } from '../../../shared/messages/index.ts';
import type { PublicPetition } from '../../lib/petitions/public-view.ts';
import { type FormState, fieldError, formNotice, invalidIf } from './form-state.ts';
import type { PageHtml } from './layout.ts';

export interface ResolutionFormOptions {
  token: string;
  /** Why the link cannot be answered now (answered already, not due, another answer since). */
  refusal?: string;
  /** After a refused post: what was typed and why it was refused (form-state.ts). */
  state?: FormState;
}

export function resolutionSection(
  view: PublicPetition,
  locale: Locale,
  options: ResolutionFormOptions,
): PageHtml {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);
  if (options.refusal) return html`<p class="notice warn" role="status">${options.refusal}</p>`;
  const date = view.answer?.resolveBy ?? '';
  const shown = date ? date.split('-').reverse().join('/') : '';
  const action = `/v1/petitions/${encodeURIComponent(view.code)}/resolution?lang=${locale}`;
  return html`<section class="card" id="giai-quyet" aria-labelledby="resolution-title"><h2 id="resolution-title">${t('resolvedCheck.title')}</h2><p>${t('resolvedCheck.intro', { date: shown })}</p>${formNotice(options.state)}<form method="post" action="${action}" accept-charset="utf-8"><input type="hidden" name="token" value="${options.token}"><div class="field"><label for="r-reason">${t('resolvedCheck.reason')}</label>${fieldError(options.state, 'r-reason', 'reason')}<textarea id="r-reason" name="reason" rows="3" maxlength="2000" aria-describedby="r-reason-error"${invalidIf(options.state, 'reason')}>${options.state?.values?.reason ?? ''}</textarea></div><button class="button" type="submit" name="resolved" value="yes">${t('resolvedCheck.yes')}</button> <button class="button" type="submit" name="resolved" value="no">${t('resolvedCheck.no')}</button></form></section>`;
}
