/**
 * What a browser without JavaScript gets after posting "me too": on success a 303 to the
 * track page (which then thanks them); on a refusal the track page again, with the values
 * typed and each message beside its field (or at the top), and the refusal's status.
 */
import type { Context } from 'hono';
import type { DomainError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import { statusUrl } from '../../lib/petitions/links.ts';
import type { PublicApiDependencies } from '../dependencies.ts';
import { choicesOf } from './petition-form.ts';
import { SUPPORT_ANCHOR, SUPPORT_DONE_PARAM, type SupportFormState } from './support-form.ts';
import { trackFormFailure } from './track-form-failure.ts';

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

export function supportFailure(
  c: Context,
  deps: PublicApiDependencies,
  error: DomainError,
  code: string | undefined,
  values: unknown,
): Promise<Response> {
  return trackFormFailure(c, deps, {
    error,
    code,
    form: 'support',
    title: 'supporter.notSent',
    posted: values,
  });
}
