/**
 * Per-stage settings, read from cdk.json's context (`stages.<name>`) and checked by one
 * zod schema; `-c stage=prod` picks the stage (dev by default). The account and region
 * are fixed here rather than looked up, so `cdk synth` runs offline without credentials.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { REPOSITORY_ROOT } from './bundles.ts';

export const STAGES = ['dev', 'prod'] as const;
export type StageName = (typeof STAGES)[number];

const hostname = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, 'a lower-case host name');
const path = z.string().regex(/^\/[a-z0-9\-/]*$/, 'a path starting with /');

export const StageSettings = z
  .object({
    account: z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id'),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as ap-southeast-1'),
    /** The public site's host name: CloudFront serves it; CORS and e-mail links use it. */
    siteDomain: hostname,
    /** The SES identity (DKIM-signed) that notification e-mails are sent from. */
    emailDomain: hostname,
    /** The From address; must belong to emailDomain. */
    sender: z.email(),
    /** Who receives the alarms. */
    alarmEmail: z.email(),
    /** The Cognito hosted sign-in domain prefix (unique in the region). */
    authDomainPrefix: z.string().regex(/^[a-z0-9](-?[a-z0-9])*$/),
    /** The staff console's pages on the site: Cognito returns there after sign-in and sign-out. */
    consoleSignInPath: path,
    consoleSignOutPath: path,
    /** Extra sign-in/sign-out URLs (a developer's console on localhost, in dev only). */
    extraConsoleUrls: z.array(z.url()).default([]),
    /** Keep the table (deletion protection, RETAIN) and the user pool when the stack goes. */
    retainData: z.boolean(),
    logRetentionDays: z.union([z.literal(30), z.literal(90), z.literal(365), z.literal(731)]),
    /** API Gateway stage throttling, per API. */
    apiThrottle: z.object({ rateLimit: z.number().int().min(1), burstLimit: z.number().int().min(1) }),
    /** WAF rate-based rules, requests per client address per 5 minutes. */
    waf: z.object({
      requestsPer5Minutes: z.number().int().min(100),
      submissionsPer5Minutes: z.number().int().min(10),
    }),
    /** The public API's own per-client submission limit (functions/lib/config.ts). */
    submitRateLimit: z.number().int().min(1),
    submitRateWindowSeconds: z.number().int().min(1),
    /** EventBridge Scheduler expressions, in the council's time zone. */
    timeZone: z.string().min(1),
    deadlinesSchedule: z.string().startsWith('cron('),
    siteRebuildSchedule: z.string().startsWith('cron('),
    /** A change to published content starts a site build at most this often. */
    siteRebuildBatchSeconds: z.number().int().min(60).max(300),
    /**
     * The public site's name (Vietnamese, English) and an optional small emblem (a path on the
     * site, or an https URL, of an .svg or .png), handed to its build as PUBLIC_SITE_NAME,
     * PUBLIC_SITE_NAME_EN and PUBLIC_SITE_EMBLEM (site/src/lib/site-settings.ts checks them).
     */
    siteIdentity: z
      .object({
        name: z.string().min(1).max(80).optional(),
        nameEn: z.string().min(1).max(80).optional(),
        emblem: z
          .string()
          .regex(
            /^(?:\/(?!\/)|https:\/\/)[^\s"'<>]*\.(?:svg|png)$/i,
            'a path or https URL of an .svg or .png',
          )
          .optional(),
      })
      .default({}),
    /**
     * SMS (AWS End User Messaging SMS): the registered sender id the notifier may send from
     * (and nothing else), its configuration set, and the monthly spend the account is
     * limited to (USD; the alarm fires at 80 %). Absent: no SMS in this stage.
     */
    sms: z
      .object({
        originationIdentityArn: z
          .string()
          .regex(
            /^arn:aws:sms-voice:[a-z0-9-]+:\d{12}:(sender-id|pool|phone-number)\/.+$/,
            'an SMS sender-id, pool or phone-number ARN',
          ),
        configurationSetName: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
        monthlySpendLimitUsd: z.number().positive(),
      })
      .optional(),
    /** Zalo ZNS: the notifier reads (and rotates) the OA's OAuth credentials in one secret. */
    zalo: z.object({ enabled: z.boolean() }).optional(),
  })
  .refine((s) => s.sender.endsWith(`@${s.emailDomain}`), {
    message: 'sender must be an address of emailDomain',
    path: ['sender'],
  });
export type StageSettings = z.infer<typeof StageSettings>;

export interface Stage extends StageSettings {
  readonly name: StageName;
}

/** Anything with CDK's context lookup (an App, or any construct's node). */
export interface ContextSource {
  tryGetContext(key: string): unknown;
}

export class SettingsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SettingsError';
  }
}

/**
 * The `cdk` CLI passes cdk.json's context to the app; run on its own (`node
 * infra/bin/app.ts`), the app reads the same file.
 */
function cdkJsonContext(): Record<string, unknown> {
  const file = join(REPOSITORY_ROOT, 'cdk.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { context?: Record<string, unknown> }).context ?? {};
}

export function readStage(context: ContextSource): Stage {
  const name = z.enum(STAGES).safeParse(context.tryGetContext('stage') ?? 'dev');
  if (!name.success) {
    throw new SettingsError(`Unknown stage "${context.tryGetContext('stage')}": use ${STAGES.join(' or ')}`);
  }
  const stages = (context.tryGetContext('stages') ?? cdkJsonContext().stages) as
    | Record<string, unknown>
    | undefined;
  const parsed = StageSettings.safeParse(stages?.[name.data]);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `stages.${name.data}.${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new SettingsError(`Invalid settings in cdk.json: ${problems}`, { cause: parsed.error });
  }
  return { ...parsed.data, name: name.data };
}
