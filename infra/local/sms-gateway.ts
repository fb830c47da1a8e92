/**
 * The local SMS endpoint: speaks the AWS End User Messaging SMS JSON protocol (awsJson1_0,
 * `X-Amz-Target: PinpointSMSVoiceV2.SendTextMessage`), so the notifier's SDK client is
 * only pointed at it, as the SES client is at the mailbox. Keeps every text it accepted
 * (GET /store), shows them at its root, and answers with the service's own errors when a
 * fault is injected: by the `fault` option (tests), or POST /faults
 * `{ "throttleNext": 3, "rejectNumbers": ["+84912345678"], "optedOut": [...] }`.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson, startGateway, storeRoutes } from './gateway-server.ts';

export interface StoredSms {
  messageId: string;
  to: string;
  from?: string;
  body: string;
  messageType?: string;
  configurationSet?: string;
  context?: Record<string, string>;
  /** ISO instant received. */
  at: string;
}

export type SmsFault = 'throttle' | 'reject' | 'opted_out' | 'server_error';

export interface LocalSmsGateway {
  url: string;
  port: number;
  messages(): StoredSms[];
  clear(): void;
  stop(): Promise<void>;
}

interface SendTextMessageInput {
  DestinationPhoneNumber?: string;
  OriginationIdentity?: string;
  MessageBody?: string;
  MessageType?: string;
  ConfigurationSetName?: string;
  Context?: Record<string, string>;
}

const AMZ_JSON = 'application/x-amz-json-1.0';

function awsError(res: ServerResponse, status: number, type: string, message: string, reason?: string) {
  sendJson(res, status, { __type: type, message, ...(reason ? { Reason: reason } : {}) }, AMZ_JSON);
}

export async function startSmsGateway(options: {
  port: number;
  host?: string;
  /** Decides a fault for each call (tests inject throttling and rejections this way). */
  fault?: (input: { to: string; body: string }) => SmsFault | undefined;
}): Promise<LocalSmsGateway> {
  const stored: StoredSms[] = [];
  const control = { throttleNext: 0, rejectNumbers: new Set<string>(), optedOut: new Set<string>() };

  const faultOf = (to: string, body: string): SmsFault | undefined => {
    if (control.throttleNext > 0) {
      control.throttleNext--;
      return 'throttle';
    }
    if (control.rejectNumbers.has(to)) return 'reject';
    if (control.optedOut.has(to)) return 'opted_out';
    return options.fault?.({ to, body });
  };

  const gateway = await startGateway({
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    what: 'the local SMS endpoint',
    variable: 'SMS_PORT',
    routes: {
      'POST /': (req, raw, res) => {
        const target = req.headers['x-amz-target'];
        if (target !== 'PinpointSMSVoiceV2.SendTextMessage')
          return awsError(res, 400, 'UnknownOperationException', `Not supported here: ${String(target)}`);
        if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'))
          return awsError(res, 403, 'AccessDeniedException', 'Missing signature');
        const input = JSON.parse(raw || '{}') as SendTextMessageInput;
        const to = input.DestinationPhoneNumber ?? '';
        const body = input.MessageBody ?? '';
        if (!/^\+[1-9]\d{6,14}$/.test(to))
          return awsError(res, 400, 'ValidationException', 'Invalid destination', 'CANNOT_PARSE');
        switch (faultOf(to, body)) {
          case 'throttle':
            return awsError(res, 400, 'ThrottlingException', 'Rate exceeded');
          case 'server_error':
            return awsError(res, 500, 'InternalServerException', 'Internal failure');
          case 'reject':
            return awsError(res, 400, 'ValidationException', 'Destination rejected', 'INVALID_PARAMETER');
          case 'opted_out':
            return awsError(res, 400, 'ConflictException', 'Opted out', 'DESTINATION_PHONE_NUMBER_OPTED_OUT');
        }
        const messageId = randomUUID();
        stored.push({
          messageId,
          to,
          body,
          at: new Date().toISOString(),
          ...(input.OriginationIdentity ? { from: input.OriginationIdentity } : {}),
          ...(input.MessageType ? { messageType: input.MessageType } : {}),
          ...(input.ConfigurationSetName ? { configurationSet: input.ConfigurationSetName } : {}),
          ...(input.Context ? { context: input.Context } : {}),
        });
        sendJson(res, 200, { MessageId: messageId }, AMZ_JSON);
      },
      'POST /faults': (_req, raw, res) => {
        const f = JSON.parse(raw || '{}') as {
          throttleNext?: number;
          rejectNumbers?: string[];
          optedOut?: string[];
        };
        control.throttleNext = f.throttleNext ?? 0;
        control.rejectNumbers = new Set(f.rejectNumbers ?? []);
        control.optedOut = new Set(f.optedOut ?? []);
        sendJson(res, 200, { ok: true });
      },
      ...storeRoutes(stored, {
        title: 'SMS (local)',
        columns: ['received', 'to', 'from', 'text'],
        row: (m) => [m.at, m.to, m.from ?? '', m.body],
      }),
    },
  });
  return {
    url: gateway.url,
    port: gateway.port,
    messages: () => [...stored],
    clear: () => {
      stored.length = 0;
    },
    stop: gateway.stop,
  };
}
