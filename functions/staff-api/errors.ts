/**
 * The staff API's answers to errors: the shared handler, plus a 401 that tells the
 * client it needs a bearer token.
 */
import type { Context } from 'hono';
import { UnauthorizedError } from '../../shared/errors.ts';
import { handleError } from '../lib/http/errors.ts';

export function handleStaffError(error: Error, c: Context): Response {
  if (error instanceof UnauthorizedError) c.header('WWW-Authenticate', 'Bearer');
  return handleError(error, c);
}
