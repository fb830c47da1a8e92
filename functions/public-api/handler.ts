/** The public API on Lambda (behind API Gateway's HTTP API). */
import { handle } from 'hono/aws-lambda';
import { readAttachmentsConfig } from '../lib/attachments/config.ts';
import { createAttachmentStore } from '../lib/attachments/store.ts';
import { readConfig } from '../lib/config.ts';
import { createRepositories, databaseFromConfig } from '../lib/data/index.ts';
import { createPublicApp } from './app.ts';
import { lambdaClientAddress } from './client-address.ts';

const config = readConfig();
const repos = createRepositories(databaseFromConfig(config));

export const handler = handle(
  createPublicApp({
    repos,
    config,
    clientAddress: lambdaClientAddress,
    attachments: createAttachmentStore(readAttachmentsConfig(), repos.db.doc.config.credentials),
  }),
);
