/** The SES (v1 API) client: on AWS the default credentials; locally the mailbox endpoint. */
import { SESClient } from '@aws-sdk/client-ses';

export interface SesClientOptions {
  region: string;
  /** The local mailbox (aws-ses-v2-local); absent on AWS. */
  endpoint?: string;
}

export function createSesClient(options: SesClientOptions): SESClient {
  return new SESClient({
    region: options.region,
    // One try per call: the sender's own backoff (with jitter) is the single retry policy,
    // so a throttled call is never retried 3 × 5 times by two layers.
    maxAttempts: 1,
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          // The local mailbox only checks that a signature is present.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
}
