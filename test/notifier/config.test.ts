import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../functions/lib/config.ts';
import { readNotifierConfig } from '../../functions/notifier/config.ts';

const complete = {
  TABLE_NAME: 'hdnd',
  PUBLIC_SITE_URL: 'https://kien-nghi.example.vn',
  FEEDBACK_TOKEN_SECRET: 'a-secret-of-enough-length',
  SES_SENDER: 'HĐND tỉnh Hậu Giang <thong-bao@hdnd.example.vn>',
  SES_CONFIGURATION_SET: 'notifications',
};

describe('notifier configuration', () => {
  it('reads the sender, the configuration set and a default lease', () => {
    expect(readNotifierConfig(complete)).toMatchObject({
      SES_SENDER: complete.SES_SENDER,
      SES_CONFIGURATION_SET: 'notifications',
      NOTIFY_LEASE_SECONDS: 120,
      AWS_REGION: 'ap-southeast-1',
    });
  });

  it('stops at start, naming each missing or malformed variable', () => {
    const { SES_CONFIGURATION_SET: _, ...missing } = complete;
    const error = (() => {
      try {
        readNotifierConfig({ ...missing, SES_SENDER: 'not an address' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('SES_CONFIGURATION_SET');
    expect((error as Error).message).toContain('SES_SENDER');
  });
});
