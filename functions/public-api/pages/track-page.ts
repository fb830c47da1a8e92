/**
 * The track page (GET /tra-cuu?ma=CODE): a petition's status, subject, competent body,
 * deadline, answer and public timeline, built from the same public view as the JSON API,
 * so the page cannot show more than GET /v1/petitions/{code} does. Without a good code it
 * is the lookup form, with the problem said next to the field.
 */
import { html, raw } from 'hono/html';
import { isMessageKey, type Locale, type MessageKey, translate } from '../../../shared/messages/index.ts';
import { formatVietnamDate } from '../../../shared/time.ts';
import { publicFilesHtml } from '../../../shared/ui/public-files.ts';
import { withTrackingCodes } from '../../../shared/ui/tracking-code.ts';
import type { PublicPetition, PublicTimelineItem } from '../../lib/petitions/public-view.ts';
import { followSection } from './follow-pages.ts';
import { type FormState, fieldError, formNotice, invalidIf } from './form-state.ts';
import type { PageHtml } from './layout.ts';
import { type ResolutionFormOptions, resolutionSection } from './resolved-section.ts';
import { type SupportFormState, supportSection } from './support-form.ts';

type T = (key: MessageKey, params?: Record<string, string>) => string;
const translator =
  (locale: Locale): T =>
  (key, params = {}) =>
    translate(locale, key, params);

/** A calendar date ("2026-05-04", a document's date) shown the Vietnamese way. */
const calendarDate = (date: string, locale: Locale) => formatVietnamDate(`${date}T12:00:00+07:00`, locale);

const keyOr = (key: string, fallback: string, t: T) => (isMessageKey(key) ? t(key) : fallback);

/** A sentence with a tracking code in it, the code's groups kept whole on a narrow screen. */
const coded = (sentence: string) => raw(withTrackingCodes(sentence).value);

export function trackLookupForm(locale: Locale, typed = '', error?: string): PageHtml {
  const t = translator(locale);
  return html`<form class="search" method="get" action="/tra-cuu"><div><label for="ma">${t('track.codeLabel')}</label><p class="hint" id="ma-hint">${coded(t('track.codeHint'))}</p>${error ? html`<p class="field-error" id="ma-error" role="alert">${error}</p>` : ''}<input type="text" id="ma" name="ma" value="${typed}" maxlength="40" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="ma-hint${error ? ' ma-error' : ''}"${error ? html` aria-invalid="true"` : ''}></div><input type="hidden" name="lang" value="${locale}"><button class="button" type="submit">${t('track.submit')}</button></form>`;
}

function timelineItem(item: PublicTimelineItem, locale: Locale, t: T): PageHtml {
  const details = [
    item.agency?.name,
    item.deadline ? t('track.eventDeadline', { date: formatVietnamDate(item.deadline, locale) }) : undefined,
    item.reason ? t('track.reason', { reason: item.reason }) : undefined,
    item.mergedInto ? coded(t('track.mergedLink', { code: item.mergedInto })) : undefined,
  ].filter((d) => d !== undefined);
  return html`<li><time datetime="${item.at}">${formatVietnamDate(item.at, locale)}</time>: <strong>${keyOr(`petition.event.${item.type}`, item.type, t)}</strong>${details.map((d) => html`<br><span class="meta">${d}</span>`)}</li>`;
}

export interface FeedbackFormOptions {
  /** Show the form (the right token, an answered petition) or only a notice (the right token, too early). */
  open: boolean;
  token: string;
  /** Why the link no longer works (used, for an earlier answer, expired): shown instead of the form. */
  refusal?: string;
  /** After a refused post: what was typed and why it was refused (form-state.ts). */
  state?: FormState;
}

function feedbackSection(
  view: PublicPetition,
  locale: Locale,
  t: T,
  feedback: FeedbackFormOptions,
): PageHtml {
  if (feedback.refusal) return html`<p class="notice warn" role="status">${feedback.refusal}</p>`;
  if (!feedback.open) return html`<p class="notice">${t('feedback.notAnswered')}</p>`;
  const action = `/v1/petitions/${encodeURIComponent(view.code)}/feedback?lang=${locale}`;
  return html`<section class="card" aria-labelledby="feedback-title"><h2 id="feedback-title">${t('track.feedbackTitle')}</h2><p>${t('track.feedbackIntro')}</p>${formNotice(feedback.state)}<form method="post" action="${action}" accept-charset="utf-8"><input type="hidden" name="token" value="${feedback.token}"><div class="field"><label for="reason">${t('track.feedbackReason')}</label>${fieldError(feedback.state, 'reason', 'reason')}<textarea id="reason" name="reason" rows="4" maxlength="2000" aria-describedby="reason-error"${invalidIf(feedback.state, 'reason')}>${feedback.state?.values?.reason ?? ''}</textarea></div><button class="button" type="submit">${t('track.feedbackSubmit')}</button></form></section>`;
}

export function trackResultMain(
  view: PublicPetition,
  locale: Locale,
  feedback?: FeedbackFormOptions,
  support?: SupportFormState,
  resolution?: ResolutionFormOptions,
  follow?: FormState,
): PageHtml {
  const t = translator(locale);
  const fact = (label: MessageKey, value: PageHtml | string | undefined) =>
    value ? html`<dt>${t(label)}</dt><dd>${value}</dd>` : '';
  const status = html`<span class="status status-${view.status}">${keyOr(`petition.status.${view.status}`, view.status, t)}</span>${view.reopened ? html` <span class="status status-reopened">${t('petition.reopened')}</span>` : ''}${view.overdue ? html` <span class="status status-overdue">${t('track.overdue')}</span>` : ''}`;
  const answer = view.answer;
  const lookupHref = (code: string) => `/tra-cuu?ma=${encodeURIComponent(code)}&lang=${locale}`;
  // Only what the public view already decided the public may see (public-attachments.ts).
  const files = (role: 'petition' | 'answer') =>
    raw(
      publicFilesHtml(
        (view.attachments ?? []).filter((a) => a.role === role),
        locale,
      ).value,
    );
  const citizenFiles = (view.attachments ?? []).some((a) => a.role === 'petition');

  return html`<h1>${coded(t('track.heading', { code: view.code }))}</h1>
<dl class="facts">
${fact('track.status', status)}
${fact('track.council', view.council?.name)}
${fact('track.field', view.field.name)}
${fact('track.locality', view.locality.name)}
${fact('track.commune', view.commune.name)}
${fact('track.receivedAt', formatVietnamDate(view.receivedAt, locale))}
${fact('track.agency', view.agency?.name)}
${fact('track.deadline', view.deadline ? formatVietnamDate(view.deadline, locale) : undefined)}
${fact('track.voterCount', view.voterCount > 1 ? String(view.voterCount) : undefined)}
</dl>
${
  view.reopened && answer
    ? html`<p class="notice warn">${t('track.reopenedNotice', {
        date: formatVietnamDate(answer.answeredAt, locale),
        deadline: view.deadline ? formatVietnamDate(view.deadline, locale) : '–',
      })}</p>`
    : ''
}
${view.mergedInto ? html`<p class="notice">${coded(t('track.mergedInto', { code: view.mergedInto }))} <a href="${lookupHref(view.mergedInto)}">${coded(t('track.mergedLink', { code: view.mergedInto }))}</a></p>` : ''}
<h2>${t('track.content')}</h2>
<h3>${view.title}</h3>
<p class="prose">${view.content}</p>
${citizenFiles ? html`<h3>${t('attachments.heading')}</h3>${files('petition')}` : ''}
${view.roadmap ? html`<h2>${t('track.roadmap')}</h2><p class="prose">${view.roadmap.text}</p><p class="meta">${t('track.expectedBy', { date: calendarDate(view.roadmap.expectedBy, locale) })}</p>` : ''}
${
  answer
    ? html`<section class="card" aria-labelledby="answer-title"><h2 id="answer-title">${t(view.reopened ? 'track.previousAnswer' : 'track.answer')}</h2><p class="meta">${answer.agency?.name ?? ''}${answer.agency ? html`<br>` : ''}${t('track.answerDocument', { number: answer.documentNumber, date: calendarDate(answer.documentDate, locale) })}</p><p><strong>${t('track.answerResult')}:</strong> ${keyOr(`petition.answerResult.${answer.result}`, answer.result, t)}${answer.resolveBy ? html` (${t('track.resolveBy', { date: calendarDate(answer.resolveBy, locale) })})` : ''}</p><p class="prose">${answer.text}</p>${files('answer')}</section>`
    : ''
}
${feedback ? feedbackSection(view, locale, t, feedback) : ''}
${resolution ? resolutionSection(view, locale, resolution) : ''}
${support ? supportSection(view, locale, support) : ''}
${support ? followSection(view, locale, follow) : ''}
<h2>${t('track.timeline')}</h2>
<ol class="list">${view.timeline.map((item) => timelineItem(item, locale, t))}</ol>
<h2>${t('track.another')}</h2>
${trackLookupForm(locale)}`;
}
