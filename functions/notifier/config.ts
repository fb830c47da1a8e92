/** The notifier's configuration: read once at start, a missing variable stops it with its name. */
import * as z from 'zod/mini';
import { readEnvironment, TableEnvironment } from '../lib/config.ts';

/** "thong-bao@example.vn" or "HĐND tỉnh <thong-bao@example.vn>": an identity verified in SES. */
const sender = z.string().check(
  z.minLength(3),
  z.regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/, {
    error: 'must be an address, or a name with the address in <>',
  }),
);

/** Enough for one person's petitions in a day; far too few to flood someone else's mailbox. */
export const DEFAULT_MAX_PER_RECIPIENT_PER_DAY = 20;

export const NotifierEnvironment = z.extend(TableEnvironment, {
  /** The public site's origin, for the tracking and "not satisfied" links. */
  PUBLIC_SITE_URL: z.url(),
  /** The staff console's origin, for the petition link in every email to an agency. */
  STAFF_CONSOLE_URL: z.url(),
  /** The key the public API checks "not satisfied" links with (see functions/lib/petitions/feedback-token.ts). */
  FEEDBACK_TOKEN_SECRET: z.string().check(z.minLength(16)),
  /** The From address of every notification. */
  SES_SENDER: sender,
  /** The SES configuration set that records deliveries, bounces and complaints. */
  SES_CONFIGURATION_SET: z.string().check(z.minLength(1)),
  /** The local mailbox (aws-ses-v2-local); unset on AWS. */
  SES_ENDPOINT: z.optional(z.url()),
  /**
   * How long a claimed delivery is left to its sender before another attempt may take it
   * over. Must exceed the notifier's Lambda timeout (see delivery.ts).
   */
  NOTIFY_LEASE_SECONDS: z._default(z.coerce.number().check(z.int(), z.gte(10), z.lte(3600)), 120),
  /** Emails one submitter's address may receive in a Vietnam day, across all petitions. */
  NOTIFY_MAX_PER_RECIPIENT_PER_DAY: z._default(
    z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)),
    DEFAULT_MAX_PER_RECIPIENT_PER_DAY,
  ),
  /** Key of the address hashes in limit and suppression keys; the same as email-feedback's. */
  RECIPIENT_HASH_SALT: z.string().check(z.minLength(16)),
  /**
   * The registered sender id's (or pool's) ARN in AWS End User Messaging SMS; unset: no
   * SMS from this deployment, whatever a council's settings say.
   */
  SMS_ORIGINATION_IDENTITY: z.optional(
    z.string().check(
      z.regex(/^arn:aws:sms-voice:[a-z0-9-]+:\d{12}:(sender-id|pool|phone-number)\/.+$/, {
        error: 'must be an End User Messaging SMS sender-id, pool or phone-number ARN',
      }),
    ),
  ),
  /** The configuration set whose event destinations record SMS deliveries and spend. */
  SMS_CONFIGURATION_SET: z.optional(z.string().check(z.minLength(1))),
  /** The local SMS stand-in; unset on AWS. */
  SMS_ENDPOINT: z.optional(z.url()),
  /** The Secrets Manager secret with the Zalo OA's app id, secret key and rotating tokens; unset: no Zalo. */
  ZALO_SECRET_ID: z.optional(z.string().check(z.minLength(1))),
  /** Zalo's ZNS API and OAuth server (the local stand-in for both when running locally). */
  ZALO_API_URL: z._default(z.url(), 'https://business.openapi.zalo.me'),
  ZALO_OAUTH_URL: z._default(z.url(), 'https://oauth.zaloapp.com'),
});
export type NotifierConfig = z.infer<typeof NotifierEnvironment>;

export function readNotifierConfig(env: NodeJS.ProcessEnv = process.env): NotifierConfig {
  return readEnvironment(NotifierEnvironment, env);
}
