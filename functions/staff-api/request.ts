/**
 * Reading a staff request: JSON bodies (size through the one streaming body reader,
 * lib/http/request-body.ts; type and syntax checked before the schema), query strings and
 * path parameters, each through a zod schema from shared/. Anything wrong is a 4xx before
 * a single read or write.
 */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { BadRequestError, UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { id } from '../../shared/schemas/index.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { readBodyText } from '../lib/http/request-body.ts';
import { parseInput } from '../lib/http/validation.ts';

const MAX_BODY_KB = 256;

async function readJson(c: Context, options: { optional: boolean }): Promise<unknown> {
  const raw = await readBodyText(c, MAX_BODY_KB * 1024, 'request.notJson');
  if (raw.trim() === '') {
    if (options.optional) return {};
    throw new BadRequestError('request.emptyBody');
  }
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type))
    throw new UnsupportedMediaTypeError('request.unsupportedMediaType');
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new BadRequestError('request.notJson', {}, { cause: error });
  }
}

/** The JSON body, parsed with `schema`. */
export async function jsonBody<S extends z.core.$ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  return parseInput(schema, await readJson(c, { optional: false }));
}

/** A body that may be left out entirely (an optional note or reason). */
export async function optionalJsonBody<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
): Promise<z.output<S>> {
  return parseInput(schema, await readJson(c, { optional: true }));
}

export function queryOf<S extends z.core.$ZodType>(c: Context, schema: S): z.output<S> {
  return parseInput(schema, c.req.query());
}

/** The tracking code in the path, in any case and with or without dashes. */
export function codeParam(c: Context): string {
  try {
    return parseTrackingCode(c.req.param('code') ?? '');
  } catch (error) {
    throw new BadRequestError('code.invalid', {}, { cause: error });
  }
}

/** A reference id (council, agency, group, rule) in the path. */
export function idParam(c: Context, name: string): string {
  return parseInput(id, c.req.param(name));
}
