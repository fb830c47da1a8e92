/**
 * The Zalo OA access token: taken from the credential store while it has more than
 * `marginSeconds` left, refreshed before that (POST {oauthUrl}/v4/oa/access_token with
 * app_id, grant_type=refresh_token and refresh_token, the app's secret_key as a header),
 * and refreshed at once when ZNS says the token is invalid (`refresh(rejected)`). The
 * refresh token Zalo returns replaces the old one in the store in the same step.
 *
 * Two notifier instances may refresh at the same moment: the loser's refresh token is
 * already spent. So a refresh first re-reads the store (another instance may have written
 * a fresh token), and a refused refresh re-reads it once more before giving up.
 */
import type { ZaloCredentialStore, ZaloCredentials } from './zalo-credentials.ts';

export interface ZaloTokenOptions {
  /** https://oauth.zaloapp.com on AWS; the stand-in locally. */
  oauthUrl: string;
  store: ZaloCredentialStore;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Refresh when the token has less than this left. */
  marginSeconds?: number;
}

/** The OAuth server refused the refresh (or answered nonsense): an operator must re-authorise the OA. */
export class ZaloTokenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ZaloTokenError';
  }
}

interface TokenAnswer {
  access_token?: string;
  refresh_token?: string;
  expires_in?: string | number;
  error?: number;
  error_name?: string;
}

export class ZaloTokens {
  private readonly options: Required<Omit<ZaloTokenOptions, 'fetch'>> & { fetch: typeof fetch };
  private cached: ZaloCredentials | undefined;
  private refreshing: Promise<string> | undefined;

  constructor(options: ZaloTokenOptions) {
    this.options = {
      marginSeconds: 300,
      now: () => new Date(),
      ...options,
      fetch: options.fetch ?? fetch,
    };
  }

  private usable(
    c: ZaloCredentials | undefined,
    except?: string,
  ): c is ZaloCredentials & { accessToken: string } {
    if (!c?.accessToken || !c.accessTokenExpiresAt || c.accessToken === except) return false;
    const left = Date.parse(c.accessTokenExpiresAt) - this.options.now().getTime();
    return left > this.options.marginSeconds * 1000;
  }

  /** A token with time left, refreshing it first when it has little. */
  async accessToken(): Promise<string> {
    if (this.usable(this.cached)) return this.cached.accessToken;
    this.cached = await this.options.store.read();
    if (this.usable(this.cached)) return this.cached.accessToken;
    return this.refresh();
  }

  /** A new token; `rejected` is the one ZNS just refused, never handed out again. */
  refresh(rejected?: string): Promise<string> {
    // One refresh at a time in this instance: concurrent sends share it.
    this.refreshing ??= this.doRefresh(rejected).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async doRefresh(rejected?: string): Promise<string> {
    let current = await this.options.store.read();
    if (this.usable(current, rejected)) {
      this.cached = current;
      return current.accessToken;
    }
    let answer = await this.exchange(current);
    if (!answer.access_token) {
      // Another instance may have spent this refresh token a moment ago and stored the new one.
      const again = await this.options.store.read();
      if (this.usable(again, rejected)) {
        this.cached = again;
        return again.accessToken;
      }
      if (again.refreshToken === current.refreshToken)
        throw new ZaloTokenError(`Zalo refused the refresh token (error ${answer.error ?? 'none'})`);
      current = again;
      answer = await this.exchange(current);
      if (!answer.access_token)
        throw new ZaloTokenError(`Zalo refused the refresh token (error ${answer.error ?? 'none'})`);
    }
    const seconds = Number(answer.expires_in ?? 3600);
    const next: ZaloCredentials = {
      ...current,
      refreshToken: answer.refresh_token ?? current.refreshToken,
      accessToken: answer.access_token,
      accessTokenExpiresAt: new Date(this.options.now().getTime() + seconds * 1000).toISOString(),
    };
    await this.options.store.write(next);
    this.cached = next;
    return answer.access_token;
  }

  private async exchange(c: ZaloCredentials): Promise<TokenAnswer> {
    const response = await this.options.fetch(
      `${this.options.oauthUrl.replace(/\/+$/, '')}/v4/oa/access_token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: c.secretKey },
        body: new URLSearchParams({
          refresh_token: c.refreshToken,
          app_id: c.appId,
          grant_type: 'refresh_token',
        }).toString(),
      },
    );
    if (response.status >= 500 || response.status === 429)
      throw new ZaloTokenError(`Zalo's OAuth server answered ${response.status}`);
    try {
      return (await response.json()) as TokenAnswer;
    } catch (error) {
      throw new ZaloTokenError(`Zalo's OAuth server answered ${response.status} without JSON`, {
        cause: error,
      });
    }
  }
}
