/** What the staff API is built from: Lambda and the local stack pass the same things. */
import type { AttachmentStore } from '../lib/attachments/store.ts';
import type { TokenVerifier } from '../lib/auth/verify-token.ts';
import type { Repositories } from '../lib/data/index.ts';

export interface StaffApiDependencies {
  repos: Repositories;
  /** Checks a bearer token (Cognito on AWS, the local issuer locally). */
  verifyToken: TokenVerifier;
  /** The staff console's origins, allowed to call from a browser (CORS). */
  consoleOrigins?: readonly string[] | undefined;
  now?: () => Date;
  /** The attachments bucket (presigned links); without it the attachment routes are absent. */
  attachments?: AttachmentStore;
}
