/**
 * The one way the console talks to the staff API: the bearer token, the reader's
 * language, JSON both ways, and every failure turned into an error class from errors.ts.
 * `fetch` is injected so the tests run it against a real server without a browser.
 */
import { type Locale, translate } from '../../../../shared/messages/index.ts';
import '../../../../shared/messages/with-english.ts';
import { ApiError, apiErrorOf, asErrorBody, NetworkError, SignInRequiredError } from './errors.ts';

export type Query = Record<string, string | number | boolean | undefined>;

export interface ApiClientOptions {
  baseUrl: string;
  /** The bearer token, or undefined when signed out (the request then goes without one). */
  token: () => string | undefined;
  locale: () => Locale;
  fetch?: typeof fetch;
  /** Told about every 401, before the error is thrown (the console then signs in again). */
  onSignInRequired?: (error: SignInRequiredError) => void;
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Download {
  blob: Blob;
  filename: string;
}

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  put<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  download(path: string, query?: Query): Promise<Download>;
}

export function urlOf(baseUrl: string, path: string, query: Query = {}): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url.toString();
}

/** "attachment; filename*=UTF-8''b%C3%A1o-c%C3%A1o.docx" → "báo-cáo.docx". */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(method: string, path: string, request: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.locale(),
      ...request.headers,
    };
    const token = options.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    let response: Response;
    try {
      response = await doFetch(urlOf(options.baseUrl, path, request.query), { method, headers, body });
    } catch (cause) {
      throw new NetworkError({ cause });
    }
    if (response.ok) return response;
    const parsed = asErrorBody(await response.json().catch(() => undefined));
    const error = apiErrorOf(
      response.status,
      parsed ?? { error: 'unknown', message: translate(options.locale(), 'server.error') },
    );
    if (error instanceof SignInRequiredError) options.onSignInRequired?.(error);
    throw error;
  }

  async function json<T>(method: string, path: string, request?: RequestOptions): Promise<T> {
    const response = await send(method, path, request);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      throw new ApiError(
        response.status,
        { error: 'unknown', message: translate(options.locale(), 'server.error') },
        { cause },
      );
    }
  }

  return {
    get: (path, query) => json('GET', path, query ? { query } : {}),
    post: (path, body, headers) => json('POST', path, { body, ...(headers ? { headers } : {}) }),
    put: (path, body, headers) => json('PUT', path, { body, ...(headers ? { headers } : {}) }),
    async download(path, query) {
      const response = await send('GET', path, {
        ...(query ? { query } : {}),
        headers: { Accept: '*/*' },
      });
      const fallback = path.split('/').pop() || 'download';
      return {
        blob: await response.blob(),
        filename: filenameOf(response.headers.get('content-disposition'), fallback),
      };
    },
  };
}
