/**
 * The build's only source of data: the public API (PUBLIC_API_URL, the local stack's API
 * by default). Every answer is parsed with a schema, so a changed contract stops the build
 * with the path and the field at fault instead of publishing a broken page.
 */
import type * as z from 'zod/mini';
import { ORIGIN_SECRET_HEADER, SITE_BUILD_ORIGIN_SECRET } from '../../../shared/origin.ts';
import { fetchWithRetry } from './fetch-retry.ts';

export const PUBLIC_API_URL = (process.env.PUBLIC_API_URL || 'http://127.0.0.1:3000').replace(/\/$/, '');

// On AWS the build reads the API directly, as CloudFront does: with the origin secret
// (never a PUBLIC_ variable, which Astro would hand to the browser). Locally there is none.
const originSecret = process.env[SITE_BUILD_ORIGIN_SECRET];
const headers: Record<string, string> = {
  accept: 'application/json',
  ...(originSecret ? { [ORIGIN_SECRET_HEADER]: originSecret } : {}),
};

export class SiteDataError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SiteDataError';
  }
}

export async function getJson<S extends z.ZodMiniType>(path: string, schema: S): Promise<z.output<S>> {
  return (await readJson(path, schema, false))!;
}

/** As getJson, but a 404 (not published, or no longer) is `undefined` rather than an error. */
export function getJsonIfFound<S extends z.ZodMiniType>(
  path: string,
  schema: S,
): Promise<z.output<S> | undefined> {
  return readJson(path, schema, true);
}

async function readJson<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  missingIsUndefined: boolean,
): Promise<z.output<S> | undefined> {
  const url = `${PUBLIC_API_URL}${path}`;
  let response: Response;
  try {
    response = await fetchWithRetry(url, { headers });
  } catch (error) {
    throw new SiteDataError(
      `The site is built from the public API's published data, but ${url} did not answer. ` +
        'Start the local stack (npm start) or set PUBLIC_API_URL to a running public API.',
      { cause: error },
    );
  }
  if (missingIsUndefined && response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.ok) {
    const detail = (await response.text()).slice(0, 300);
    throw new SiteDataError(`GET ${url} answered ${response.status}: ${detail}`);
  }
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SiteDataError(
      `GET ${url} answered an unexpected shape at "${issue?.path.join('.')}": ${issue?.message}`,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

/** Every page of a cursor-paged list. */
export async function getAllPages<T>(
  path: string,
  readPage: (path: string) => Promise<{ items: T[]; nextCursor?: string | undefined }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  const join = path.includes('?') ? '&' : '?';
  do {
    const page = await readPage(cursor ? `${path}${join}cursor=${encodeURIComponent(cursor)}` : path);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
