/**
 * What a browser without JavaScript gets after posting "me too": on success a 303 to the
 * track page (which then thanks them); on a refusal the track page again, with the values
 * typed and each message beside its field (or at the top), and the refusal's status.
 */
import type { Context } from 'hono';
import { type DomainError, ValidationError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import { translate } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import { errorBody, setRetryAfter } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { statusUrl } from '../../lib/petitions/links.ts';
import { publicPetitionView } from '../../lib/petitions/public-view.ts';
import { trackPetition } from '../../lib/petitions/track-petition.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { type PageStatus, sendPage } from './layout.ts';
import { messageMain } from './message-page.ts';
import { choicesOf } from './petition-form.ts';
import { SUPPORT_ANCHOR, SUPPORT_DONE_PARAM, type SupportFormState } from './support-form.ts';
import { trackResultMain } from './track-page.ts';

/** The form's state on the track page: the communes, a commune chosen on the way in, the thanks. */
export function supportStateOf(c: Context, reference: ReferenceData, locale: Locale): SupportFormState {
  const commune = c.req.query('xa');
  return {
    communes: choicesOf(reference, locale).communes,
    ...(commune && reference.units.has(commune) ? { values: { communeId: commune } } : {}),
    ...(c.req.query(SUPPORT_DONE_PARAM) === '1' ? { done: true } : {}),
  };
}

export function supportDoneUrl(siteUrl: string, code: string, locale: Locale): string {
  return `${statusUrl(siteUrl, code, locale)}&${SUPPORT_DONE_PARAM}=1#${SUPPORT_ANCHOR}`;
}

const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 254) : undefined);

export async function supportFailure(
  c: Context,
  deps: PublicApiDependencies,
  error: DomainError,
  code: string | undefined,
  values: unknown,
): Promise<Response> {
  const locale = localeOf(c);
  const body = errorBody(error, c);
  setRetryAfter(c, error);
  const status = error.status as PageStatus;
  const title = translate(locale, 'supporter.notSent');
  if (!code) return sendPage(c, { title, main: messageMain(title, body.message, []), status });
  try {
    const [reference, record] = await Promise.all([
      deps.repos.reference.load(),
      trackPetition(deps.repos, code),
    ]);
    const view = publicPetitionView(record, reference, locale, deps.now?.() ?? new Date());
    const fields = error instanceof ValidationError ? (body.fields ?? {}) : {};
    const typed = (values ?? {}) as Record<string, unknown>;
    const state: SupportFormState = {
      communes: choicesOf(reference, locale).communes,
      values: { communeId: text(typed.communeId), email: text(typed.email), phone: text(typed.phone) },
      errors: Object.keys(fields).length ? fields : { _: body.message },
    };
    return sendPage(c, { title, main: trackResultMain(view, locale, undefined, state), status });
  } catch {
    // The petition itself is not there (a wrong or unknown code): say so, with the way back.
    return sendPage(c, {
      title,
      main: messageMain(title, body.message, [
        {
          href: statusUrl(deps.config.PUBLIC_SITE_URL, code, locale),
          label: translate(locale, 'rights.trackLink'),
        },
      ]),
      status,
    });
  }
}
