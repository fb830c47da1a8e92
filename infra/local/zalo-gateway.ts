/**
 * The local Zalo stand-in: ZNS's `POST /message/template` (the OA's token in the
 * `access_token` header; `{ phone, template_id, template_data, tracking_id }`) and the
 * OAuth v4 `POST /v4/oa/access_token` (form: app_id, grant_type=refresh_token,
 * refresh_token; the app's `secret_key` header), answering as Zalo does: HTTP 200 with
 * `error` in the body. Every refresh rotates the refresh token (the old one is refused
 * from then on), as Zalo's does. GET /store lists the messages; the root shows them.
 * Faults: the `fault` option (tests), `expireTokens()`, or POST /faults
 * `{ "expireTokens": true, "rejectPhones": ["84912345678"], "busyNext": 2 }`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sendJson, startGateway, storeRoutes } from './gateway-server.ts';

export interface StoredZaloMessage {
  msgId: string;
  phone: string;
  templateId: string;
  templateData: Record<string, string>;
  trackingId?: string;
  at: string;
}

export type ZaloFault = 'busy' | 'no_zalo_account';

/** The app the stand-in knows; the local stack's credentials start with these. */
export const LOCAL_ZALO_APP = { appId: 'local-zalo-app', secretKey: 'local-zalo-secret-key' };

export interface LocalZaloGateway {
  url: string;
  port: number;
  /** The refresh token the stand-in accepts now (the first one until a refresh). */
  initialRefreshToken: string;
  messages(): StoredZaloMessage[];
  /** Every access token issued so far stops working, as after its expiry. */
  expireTokens(): void;
  refreshes(): number;
  clear(): void;
  stop(): Promise<void>;
}

const token = () => randomBytes(18).toString('base64url');

export async function startZaloGateway(options: {
  port: number;
  host?: string;
  /** Seconds an access token lives (Zalo: 90 000). */
  tokenSeconds?: number;
  fault?: (input: { phone: string; templateId: string }) => ZaloFault | undefined;
}): Promise<LocalZaloGateway> {
  const stored: StoredZaloMessage[] = [];
  let refreshToken = token();
  const initialRefreshToken = refreshToken;
  const live = new Map<string, number>();
  let refreshCount = 0;
  const control = { busyNext: 0, rejectPhones: new Set<string>() };
  const tokenSeconds = options.tokenSeconds ?? 90_000;

  const gateway = await startGateway({
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    what: 'the local Zalo stand-in',
    variable: 'ZALO_PORT',
    routes: {
      'POST /v4/oa/access_token': (req, raw, res) => {
        const form = new URLSearchParams(raw);
        if (
          req.headers.secret_key !== LOCAL_ZALO_APP.secretKey ||
          form.get('app_id') !== LOCAL_ZALO_APP.appId
        )
          return sendJson(res, 200, {
            error: -14002,
            error_name: 'Invalid app',
            error_description: 'app_id or secret_key',
          });
        if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== refreshToken)
          return sendJson(res, 200, {
            error: -14014,
            error_name: 'Invalid refresh token',
            error_description: '',
          });
        refreshCount++;
        refreshToken = token();
        const access = token();
        live.set(access, Date.now() + tokenSeconds * 1000);
        sendJson(res, 200, {
          access_token: access,
          refresh_token: refreshToken,
          expires_in: String(tokenSeconds),
        });
      },
      'POST /message/template': (req, raw, res) => {
        const access = String(req.headers.access_token ?? '');
        const expiry = live.get(access);
        if (!expiry || expiry < Date.now())
          return sendJson(res, 200, { error: -124, message: 'Access token is invalid' });
        const input = JSON.parse(raw || '{}') as {
          phone?: string;
          template_id?: string;
          template_data?: Record<string, string>;
          tracking_id?: string;
        };
        const phone = input.phone ?? '';
        const templateId = input.template_id ?? '';
        if (!/^84[35789]\d{8}$/.test(phone))
          return sendJson(res, 200, { error: -108, message: 'Phone number invalid' });
        if (!/^\d+$/.test(templateId))
          return sendJson(res, 200, { error: -109, message: 'Template ID invalid' });
        if (control.busyNext > 0) {
          control.busyNext--;
          return sendJson(res, 200, { error: -100, message: 'Unknown error, please try again later' });
        }
        const fault = control.rejectPhones.has(phone)
          ? 'no_zalo_account'
          : options.fault?.({ phone, templateId });
        if (fault === 'busy')
          return sendJson(res, 200, { error: -100, message: 'Unknown error, please try again later' });
        if (fault === 'no_zalo_account')
          return sendJson(res, 200, { error: -118, message: 'Zalo account not existed' });
        const msgId = randomUUID().replace(/-/g, '');
        stored.push({
          msgId,
          phone,
          templateId,
          templateData: input.template_data ?? {},
          ...(input.tracking_id ? { trackingId: input.tracking_id } : {}),
          at: new Date().toISOString(),
        });
        sendJson(res, 200, {
          error: 0,
          message: 'Success',
          data: { msg_id: msgId, sent_time: String(Date.now()) },
        });
      },
      'POST /faults': (_req, raw, res) => {
        const f = JSON.parse(raw || '{}') as {
          expireTokens?: boolean;
          rejectPhones?: string[];
          busyNext?: number;
        };
        if (f.expireTokens) live.clear();
        control.rejectPhones = new Set(f.rejectPhones ?? []);
        control.busyNext = f.busyNext ?? 0;
        sendJson(res, 200, { ok: true });
      },
      ...storeRoutes(stored, {
        title: 'Zalo ZNS (local)',
        columns: ['received', 'phone', 'template', 'parameters'],
        row: (m) => [m.at, m.phone, m.templateId, JSON.stringify(m.templateData, null, 1)],
      }),
    },
  });
  return {
    url: gateway.url,
    port: gateway.port,
    initialRefreshToken,
    messages: () => [...stored],
    expireTokens: () => live.clear(),
    refreshes: () => refreshCount,
    clear: () => {
      stored.length = 0;
    },
    stop: gateway.stop,
  };
}
