/**
 * The staff API's configuration, read once at start: the table, and where staff tokens
 * come from (Cognito on AWS, the local issuer locally).
 */
import * as z from 'zod';
import { readEnvironment } from '../lib/config.ts';

const StaffEnvironment = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('ap-southeast-1'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** The issuer's key set, e.g. https://cognito-idp.<region>.amazonaws.com/<pool>/.well-known/jwks.json */
  STAFF_JWKS_URL: z.url(),
  /** The `iss` every token must carry, e.g. https://cognito-idp.<region>.amazonaws.com/<pool> */
  STAFF_JWT_ISSUER: z.url(),
  /** The staff console's app client id (the ID token's `aud`). */
  STAFF_JWT_AUDIENCE: z.string().min(1),
  /**
   * The staff console's origins, allowed to call from a browser (CORS): one URL, or several
   * separated by commas (the local stack's site answers on 127.0.0.1 and on localhost).
   */
  STAFF_CONSOLE_ORIGIN: z
    .string()
    .transform((list) => list.split(',').map((origin) => origin.trim()))
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin)).min(1))
    .optional(),
});
export type StaffConfig = z.infer<typeof StaffEnvironment>;

export function readStaffConfig(env: NodeJS.ProcessEnv = process.env): StaffConfig {
  return readEnvironment(StaffEnvironment, env);
}
