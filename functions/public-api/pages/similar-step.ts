/**
 * The no-JavaScript "similar petitions" step: a first post of the petition form whose title
 * matches open or published petitions of the same commune and field gets this page instead
 * of being stored. It lists them (open one, or "I have the same issue": the track page's
 * "me too" form) and carries everything typed in hidden fields of a form that either sends
 * the petition as it is (`similarStep=send`) or shows the filled form again to edit it
 * (`similarStep=edit`). The site's form asks for the step with a hidden `similarStep=check`
 * (shared/ui/petition-form.ts). Nothing typed is lost and nothing of it goes into a URL.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import { type Locale, type MessageKey, translate } from '../../../shared/messages/index.ts';
import type { PetitionSubmission, SimilarPetition } from '../../../shared/schemas/index.ts';
import { apiPaths, sitePaths, withLocale } from '../../../shared/ui/routes.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { findSimilarPetitions } from '../../lib/petitions/similar-petitions.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { type PageHtml, sendPage } from './layout.ts';
import { petitionFormMain } from './petition-form.ts';
import { SUPPORT_ANCHOR } from './support-form.ts';

/** The hidden field saying which button of the step was pressed. */
export const SIMILAR_STEP_FIELD = 'similarStep';

/** Nested form values back to the dotted names the form posts ("submitter.name"). */
function flatten(values: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(values).flatMap(([key, value]): [string, string][] => {
    if (key === SIMILAR_STEP_FIELD || key === 'website') return [];
    if (value !== null && typeof value === 'object')
      return flatten(value as Record<string, unknown>, `${prefix}${key}.`);
    return typeof value === 'string' ? [[`${prefix}${key}`, value]] : [];
  });
}

function stepMain(
  items: SimilarPetition[],
  values: Record<string, unknown>,
  communeId: string,
  locale: Locale,
): PageHtml {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);
  const track = (code: string, extra = '') =>
    withLocale(`${apiPaths.trackResult}?ma=${encodeURIComponent(code)}${extra}`, locale);
  const status = (s: string) => t(`petition.status.${s}` as MessageKey);
  return html`<h1>${t('similar.stepTitle')}</h1>
<p class="lead">${t('similar.intro')}</p>
<h2>${t('similar.title')}</h2>
<ul class="list">${items.map((i) => html`<li><strong>${i.title}</strong> <span class="status status-${i.status}">${status(i.status)}</span><br><a href="${track(i.code)}">${t('similar.open', { code: i.code })}</a> · <a href="${`${track(i.code, `&xa=${encodeURIComponent(communeId)}`)}#${SUPPORT_ANCHOR}`}">${t('similar.same')}</a></li>`)}</ul>
<form method="post" action="/v1/petitions?lang=${locale}" accept-charset="utf-8">${flatten(values).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}<button class="button" type="submit" name="${SIMILAR_STEP_FIELD}" value="send">${t('similar.continue')}</button> <button class="button" type="submit" name="${SIMILAR_STEP_FIELD}" value="edit">${t('similar.edit')}</button></form>`;
}

/**
 * The step's page for a valid form post, or undefined when the petition should be stored now
 * (the citizen chose to send it, or nothing similar was found).
 */
export async function similarStep(
  c: Context,
  deps: PublicApiDependencies,
  submission: PetitionSubmission,
  values: unknown,
): Promise<Response | undefined> {
  const posted = (values ?? {}) as Record<string, unknown>;
  const step = posted[SIMILAR_STEP_FIELD];
  // Only the site's own form asks for the step (a hidden "check"); other clients' posts are stored at once.
  if (step !== 'check' && step !== 'edit') return undefined;
  const locale = localeOf(c);
  if (step === 'edit') {
    const reference = await deps.repos.reference.load();
    return sendPage(c, {
      title: translate(locale, 'petitionForm.title'),
      main: petitionFormMain(reference, locale, { values: posted, errors: {} }),
      currentPath: sitePaths.submit(locale),
    });
  }
  const communeId = submission.submitter.communeId;
  const items = await findSimilarPetitions(deps.repos, {
    q: submission.title,
    commune: communeId,
    field: submission.fieldId,
  });
  if (items.length === 0) return undefined;
  return sendPage(c, {
    title: translate(locale, 'similar.stepTitle'),
    main: stepMain(items, posted, communeId, locale),
    currentPath: sitePaths.submit(locale),
  });
}
