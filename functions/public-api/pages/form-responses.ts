/**
 * What a browser posting a form without JavaScript gets when the post fails: the petition
 * form again with its values, and its errors beside the fields (400) or the message at the
 * top (429 and 503 with Retry-After, 409, 403…; 413 and 415 have no values to show). Never a redirect: the values typed, personal data
 * among them, must not travel in a URL.
 */
import type { Context } from 'hono';
import type { DomainError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages/index.ts';
import { sitePaths } from '../../../shared/ui/routes.ts';
import type { Config } from '../../lib/config.ts';
import type { Repositories } from '../../lib/data/index.ts';
import { errorBody, setRetryAfter } from '../../lib/http/errors.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { statusUrl } from '../../lib/petitions/links.ts';
import { refusalErrors } from './form-state.ts';
import { type PageStatus, sendPage } from './layout.ts';
import { messageMain } from './message-page.ts';
import { petitionFormMain } from './petition-form.ts';

interface Deps {
  repos: Repositories;
  config: Config;
}

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

export async function petitionFormFailure(
  c: Context,
  deps: Deps,
  error: DomainError,
  values: unknown,
): Promise<Response> {
  const locale = localeOf(c);
  const body = errorBody(error, c);
  setRetryAfter(c, error);
  // Every refusal (invalid, too many, unavailable, in progress…) shows the form again with
  // what was typed: a citizen without JavaScript must not have to type it all again.
  const errors = refusalErrors(error, body);
  const reference = await deps.repos.reference.load();
  return sendPage(c, {
    title: translate(locale, 'petitionForm.title'),
    main: petitionFormMain(reference, locale, { values: asObject(values), errors }),
    status: error.status as PageStatus,
    currentPath: sitePaths.submit(locale),
  });
}

/** A withdrawal or an erasure that did not go through: the message, and the way to the petition. */
export function rightsFailure(c: Context, deps: Deps, error: DomainError, code?: string): Promise<Response> {
  const locale = localeOf(c);
  const title = translate(locale, 'rights.notSent');
  const links = code
    ? [
        {
          href: statusUrl(deps.config.PUBLIC_SITE_URL, code, locale),
          label: translate(locale, 'rights.trackLink'),
        },
      ]
    : [];
  const body = errorBody(error, c);
  // A form without JavaScript shows the field's own message ("please confirm…").
  const message = body.fields ? Object.values(body.fields).join(' ') : body.message;
  return sendPage(c, { title, main: messageMain(title, message, links), status: error.status as PageStatus });
}
