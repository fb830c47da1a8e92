/**
 * The SES client mocked for one test file. The mock replaces SESClient's `send` for the whole
 * worker (unit files share modules: isolate is false), so it is restored after the file.
 */
import { SESClient } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll } from 'vitest';

export function useSesMock() {
  const ses = mockClient(SESClient);
  afterAll(() => ses.restore());
  return ses;
}
