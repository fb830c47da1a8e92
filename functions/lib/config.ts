/**
 * Configuration, read once from the environment and checked at start: a missing or
 * malformed variable stops the process with its name, never a silent default.
 */
import * as z from 'zod/mini';

/** The table, for every function that reads or writes it (functions/lib/data/client.ts's TableConfig). */
export const TableEnvironment = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'ap-southeast-1'),
  /** DynamoDB Local's URL; unset on AWS. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
});

const Environment = z.extend(TableEnvironment, {
  /** The public site's origin, for links in responses and emails. */
  PUBLIC_SITE_URL: z.url(),
  /** Salt for hashing client addresses in rate-limit keys. */
  RATE_LIMIT_SALT: z.string().check(z.minLength(16)),
  /**
   * Key of the "not satisfied" links: a petition's feedback token is HMAC-SHA256(key, code),
   * so no token is stored and the notifier (given the same key) can rebuild the link.
   */
  FEEDBACK_TOKEN_SECRET: z.string().check(z.minLength(16)),
  /**
   * The secret CloudFront sends in the origin header (shared/origin.ts): without it a
   * request is a 403, so the API is reachable only through CloudFront. `off` turns the
   * check off where there is no CloudFront (npm start, tests); AWS always sets a secret.
   */
  ORIGIN_SECRET: z.union([z.literal('off'), z.string().check(z.minLength(32))]),
  /** Submissions allowed per client per window. */
  SUBMIT_RATE_LIMIT: z._default(z.coerce.number().check(z.int(), z.gte(1)), 10),
  SUBMIT_RATE_WINDOW_SECONDS: z._default(z.coerce.number().check(z.int(), z.gte(1)), 600),
  /** Where the site's static search index is read from; unset: the site itself (PUBLIC_SITE_URL). */
  SEARCH_INDEX_URL: z.optional(z.url()),
});
export type Config = z.infer<typeof Environment>;

export class ConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}

/**
 * What is wrong with one variable, in words: zod/mini loads no locale (classic zod set up
 * English at import), so a check without its own message is described from its issue. A value
 * is never repeated, in the message or in the error's cause: it may be a secret.
 */
function problemOf(issue: z.core.$ZodIssue & { input?: unknown }): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing';
  if (issue.message !== 'Invalid input') return issue.message;
  const bound =
    issue.code === 'too_small'
      ? `, at least ${issue.minimum}`
      : issue.code === 'too_big'
        ? `, at most ${issue.maximum}`
        : '';
  return `invalid (${issue.code.replaceAll('_', ' ')}${bound})`;
}

/** Parses a schema over the environment, naming every variable that is wrong. */
export function readEnvironment<S extends z.ZodMiniType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const result = z.safeParse(schema, env, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${problemOf(i)}`).join('; ');
    for (const issue of result.error.issues) delete (issue as { input?: unknown }).input;
    throw new ConfigurationError(`Invalid configuration: ${problems}`, { cause: result.error });
  }
  return result.data;
}

/**
 * LOG_LEVEL, which every function has: functions/lib/log.ts reads it once when it is loaded,
 * so a wrong level stops any function at start, with the variable's name.
 */
export const LogEnvironment = z.object({
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error']), 'info'),
});
export type LogLevel = z.infer<typeof LogEnvironment>['LOG_LEVEL'];

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return readEnvironment(Environment, env);
}
