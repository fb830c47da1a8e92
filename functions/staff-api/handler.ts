/** The staff API on Lambda (behind API Gateway's HTTP API, with a JWT authorizer in front). */
import { handle } from 'hono/aws-lambda';
import { readAttachmentsConfig } from '../lib/attachments/config.ts';
import { createAttachmentStore } from '../lib/attachments/store.ts';
import { createTokenVerifier } from '../lib/auth/verify-token.ts';
import { createRepositories, databaseFromConfig } from '../lib/data/index.ts';
import { createStaffApp } from './app.ts';
import { readStaffConfig } from './config.ts';

const config = readStaffConfig();
const repos = createRepositories(databaseFromConfig(config));

export const handler = handle(
  createStaffApp({
    repos,
    verifyToken: createTokenVerifier({
      jwksUrl: config.STAFF_JWKS_URL,
      issuer: config.STAFF_JWT_ISSUER,
      audience: config.STAFF_JWT_AUDIENCE,
    }),
    consoleOrigins: config.STAFF_CONSOLE_ORIGIN,
    attachments: createAttachmentStore(readAttachmentsConfig(), repos.db.doc.config.credentials),
  }),
);
