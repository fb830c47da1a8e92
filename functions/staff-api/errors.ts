/**
 * The staff API's answers to errors: the shared handler, plus two things staff need —
 * an illegal transition names the action and status in words (not "in_progress"), and a
 * 401 tells the client it needs a bearer token.
 */
import type { Context } from 'hono';
import { IllegalTransitionError, UnauthorizedError } from '../../shared/errors.ts';
import { isMessageKey, translate } from '../../shared/messages/index.ts';
import { handleError } from '../lib/http/errors.ts';
import { localeOf } from '../lib/http/locale.ts';

function inWords(error: IllegalTransitionError, c: Context): IllegalTransitionError {
  const locale = localeOf(c);
  const name = (prefix: string, value: string | number | undefined) => {
    const key = `${prefix}.${value}`;
    return isMessageKey(key) ? translate(locale, key) : String(value);
  };
  return new IllegalTransitionError(
    error.key,
    {
      action: name('petition.action', error.params.action),
      status: name('petition.status', error.params.status),
    },
    { cause: error },
  );
}

export function handleStaffError(error: Error, c: Context): Response {
  if (error instanceof UnauthorizedError) c.header('WWW-Authenticate', 'Bearer');
  if (error instanceof IllegalTransitionError && error.key === 'status.illegalTransition')
    return handleError(inWords(error, c), c);
  return handleError(error, c);
}
