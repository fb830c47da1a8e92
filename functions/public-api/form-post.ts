/**
 * What every citizen's post shares (a petition, a "me too", a subscription, a voter's
 * view): it comes as JSON or as the site's form without JavaScript; a form that went
 * through is answered with a 303 to the site's page, a form that did not with an HTML page
 * saying why (never a redirect: what was typed must not travel in a URL); a JSON client
 * gets the JSON answer, and its errors from the one error handler.
 */
import type { Context } from 'hono';
import type { DomainError } from '../../shared/errors.ts';
import { hashClient } from '../lib/data/rate-limit-repository.ts';
import { domainErrorOf, errorBody, setRetryAfter } from '../lib/http/errors.ts';
import { clientNetwork } from './client-address.ts';
import type { PublicApiDependencies } from './dependencies.ts';
import { type PageStatus, sendPage } from './pages/layout.ts';
import { messageMain, type PageLink } from './pages/message-page.ts';

/** Who the rate limits count: the client's network, salted and hashed (never the address itself). */
export function clientHashOf(c: Context, deps: PublicApiDependencies): string {
  return hashClient(clientNetwork(deps.clientAddress?.(c) ?? 'unknown'), deps.config.RATE_LIMIT_SALT);
}

/**
 * Runs a post's handling; on a form (`form`), a domain error becomes `failure`'s page.
 * Anything else, and every error of a JSON post, goes on to the one error handler.
 */
export async function formOrJson(
  form: boolean,
  handle: () => Promise<Response>,
  failure: (error: DomainError) => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    const domain = domainErrorOf(error);
    if (form && domain) return failure(domain);
    throw error;
  }
}

/** A post that went through: the form to the site's page (303), the JSON client its receipt. */
export function accepted(
  c: Context,
  form: boolean,
  receipt: object,
  siteUrl: string,
  status: 201 | 200 = 201,
) {
  return form ? c.redirect(siteUrl, 303) : c.json(receipt, status);
}

/** A form that did not go through: the message (each field's own, when it names fields) and the way back. */
export function failurePage(c: Context, error: DomainError, title: string, links: PageLink[] = []) {
  setRetryAfter(c, error);
  const body = errorBody(error, c);
  const message = body.fields ? Object.values(body.fields).join(' ') : body.message;
  return sendPage(c, { title, main: messageMain(title, message, links), status: error.status as PageStatus });
}
