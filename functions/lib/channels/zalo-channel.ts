/**
 * Zalo ZNS: an approved template and its parameters, to the Zalo account of a Vietnamese
 * mobile number (POST {apiUrl}/message/template, the OA's access token in the
 * `access_token` header). The delivery's key, hashed, is the `tracking_id` Zalo keeps with
 * the message. Zalo answers 200 with an error code in the body (zalo-failures.ts); an
 * invalid token is refreshed once and the message sent again.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, sendWithRetry } from '../email/backoff.ts';
import { type Channel, PermanentChannelError, TemporaryChannelError } from './channel.ts';
import { ZaloApiError, zaloOutcome } from './zalo-failures.ts';
import type { ZaloTokens } from './zalo-tokens.ts';

export interface ZaloContent {
  /** The template Zalo approved for this kind of notice (the council's settings). */
  templateId: string;
  /** The template's parameters, by the names the template declares. */
  params: Record<string, string>;
}

export interface ZaloChannelOptions {
  /** https://business.openapi.zalo.me on AWS; the stand-in locally. */
  apiUrl: string;
  tokens: ZaloTokens;
  fetch?: typeof fetch;
  retry?: RetryPolicy;
}

const E164_VN = /^\+84[35789]\d{8}$/;

/** Thrown inside the retry loop for what a moment may cure. */
class RetryableZaloError extends Error {
  constructor(options: { cause: unknown }) {
    super('Zalo ZNS temporarily failed', options);
    this.name = 'RetryableZaloError';
  }
}

const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

function isNetworkError(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  const code = (error.cause as { code?: string } | undefined)?.code;
  return code === undefined || NETWORK.has(code);
}

export function trackingIdOf(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 32);
}

export function createZaloChannel(options: ZaloChannelOptions): Channel<ZaloContent> {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const doFetch = options.fetch ?? fetch;
  const url = `${options.apiUrl.replace(/\/+$/, '')}/message/template`;

  async function post(to: string, content: ZaloContent, trackingId: string, token: string) {
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', access_token: token },
        body: JSON.stringify({
          // Zalo takes the number as 84xxxxxxxxx.
          phone: to.slice(1),
          template_id: content.templateId,
          template_data: content.params,
          tracking_id: trackingId,
        }),
      });
    } catch (error) {
      if (isNetworkError(error)) throw new RetryableZaloError({ cause: error });
      throw error;
    }
    if (response.status === 429 || response.status >= 500)
      throw new RetryableZaloError({ cause: new ZaloApiError(0, response.status, 'HTTP error') });
    const body = (await response.json().catch(() => ({}))) as {
      error?: number;
      message?: string;
      data?: { msg_id?: string };
    };
    const code = typeof body.error === 'number' ? body.error : -100;
    return { code, body, status: response.status };
  }

  return {
    name: 'zalo',
    async send(to, content, idempotencyKey) {
      if (!E164_VN.test(to)) throw new PermanentChannelError('zalo', 'invalid_recipient');
      const trackingId = trackingIdOf(idempotencyKey);
      let refreshed = false;
      return sendWithRetry(
        async () => {
          let token = await options.tokens.accessToken();
          let answer = await post(to, content, trackingId, token);
          if (zaloOutcome(answer.code).kind === 'token_expired' && !refreshed) {
            refreshed = true;
            token = await options.tokens.refresh(token);
            answer = await post(to, content, trackingId, token);
          }
          const outcome = zaloOutcome(answer.code);
          const error = new ZaloApiError(answer.code, answer.status, answer.body.message ?? '');
          switch (outcome.kind) {
            case 'sent':
              return { messageId: answer.body.data?.msg_id ?? '' };
            case 'temporary':
              throw new RetryableZaloError({ cause: error });
            case 'refused':
              throw new PermanentChannelError('zalo', outcome.reason, { cause: error });
            case 'token_expired':
              // Refused again right after a refresh: the OA must be authorised anew.
              throw error;
          }
        },
        {
          isRetryable: (error) => error instanceof RetryableZaloError,
          // Refusals are thrown as PermanentChannelError by the attempt itself.
          permanent: () => undefined,
          temporary: (attempts, error) =>
            new TemporaryChannelError('zalo', attempts, { cause: (error as RetryableZaloError).cause }),
        },
        policy,
      );
    },
  };
}
