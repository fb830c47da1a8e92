/**
 * A refused post of one of the track page's forms without JavaScript ("not satisfied", "is it
 * resolved?", "me too", "follow"): the track page again, that form holding what was typed and
 * its messages (form-state.ts), with the refusal's status. A link that is not the petition's
 * (403) or a petition that is not there has no form to show: the message, and the way back.
 */
import type { Context } from 'hono';
import { type DomainError, GoneError } from '../../../shared/errors.ts';
import { type MessageKey, translate } from '../../../shared/messages/index.ts';
import { errorBody, setRetryAfter } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { statusUrl } from '../../lib/petitions/links.ts';
import { publicPetitionView } from '../../lib/petitions/public-view.ts';
import { canonicalCode, trackPetition } from '../../lib/petitions/track-petition.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { formOrJson } from '../form-post.ts';
import { bodyKindOf, readBody } from '../request-body.ts';
import { refusedForm } from './form-state.ts';
import { type PageStatus, sendPage } from './layout.ts';
import { messageMain } from './message-page.ts';
import { supportStateOf } from './support-responses.ts';
import { trackResultMain } from './track-page.ts';

export type TrackForm = 'feedback' | 'resolution' | 'support' | 'follow';

/** The fields each form shows again (never its token or honeypot). */
const FIELDS: Record<TrackForm, readonly string[]> = {
  feedback: ['reason'],
  resolution: ['reason'],
  support: ['communeId', 'email', 'phone'],
  follow: ['email', 'phone'],
};

export async function trackFormFailure(
  c: Context,
  deps: PublicApiDependencies,
  refusal: {
    error: DomainError;
    code: string | undefined;
    form: TrackForm;
    title: MessageKey;
    posted: unknown;
  },
): Promise<Response> {
  const { error, code, form } = refusal;
  const locale = localeOf(c);
  const body = errorBody(error, c);
  setRetryAfter(c, error);
  const status = error.status as PageStatus;
  const title = translate(locale, refusal.title);
  const back = code
    ? [
        {
          href: statusUrl(deps.config.PUBLIC_SITE_URL, code, locale),
          label: translate(locale, 'rights.trackLink'),
        },
      ]
    : [];
  const message = () => sendPage(c, { title, main: messageMain(title, body.message, back), status });
  if (!code || error.status === 403) return message();
  try {
    const [reference, record] = await Promise.all([
      deps.repos.reference.load(),
      trackPetition(deps.repos, code),
    ]);
    const view = publicPetitionView(record, reference, locale, deps.now?.() ?? new Date());
    const state = refusedForm(error, body, refusal.posted, FIELDS[form]);
    const token = (refusal.posted as { token?: unknown } | null)?.token;
    const linked = typeof token === 'string' ? token : '';
    // A link that no longer works says why where its form was.
    const gone = error instanceof GoneError ? { refusal: body.message } : {};
    const support = supportStateOf(c, reference, locale);
    const main = trackResultMain(
      view,
      locale,
      form === 'feedback' ? { open: true, token: linked, state, ...gone } : undefined,
      form === 'support' ? { ...support, values: state.values ?? {}, errors: state.errors ?? {} } : support,
      form === 'resolution' ? { token: linked, state, ...gone } : undefined,
      form === 'follow' ? state : undefined,
    );
    return sendPage(c, { title, main, status });
  } catch {
    return message();
  }
}

/**
 * A post of one of the track page's forms to /v1/petitions/{code}/… ("not satisfied", "is it
 * resolved?"): the path's code made canonical and the body read, then `act`. A refused form post
 * draws the track page again with what was typed (trackFormFailure above); a JSON post's refusal,
 * and anything that is not a refusal, goes on to the one error handler.
 */
export function trackFormPost(
  c: Context,
  deps: PublicApiDependencies,
  refused: { form: TrackForm; title: MessageKey },
  act: (post: { code: string; value: unknown; form: boolean }) => Promise<Response>,
): Promise<Response> {
  const form = bodyKindOf(c) === 'form';
  let code: string | undefined;
  let posted: unknown;
  return formOrJson(
    form,
    async () => {
      code = canonicalCode(c.req.param('code'));
      posted = (await readBody(c)).value;
      return act({ code, value: posted, form });
    },
    (error) => trackFormFailure(c, deps, { error, code, form: refused.form, title: refused.title, posted }),
  );
}
