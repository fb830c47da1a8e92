import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../functions/lib/config.ts';
import { readNotifierConfig } from '../../functions/notifier/config.ts';

const complete = {
  TABLE_NAME: 'hdnd',
  PUBLIC_SITE_URL: 'https://kien-nghi.example.vn',
  STAFF_CONSOLE_URL: 'https://kien-nghi.example.vn',
  FEEDBACK_TOKEN_SECRET: 'a-secret-of-enough-length',
  SES_SENDER: 'HĐND tỉnh Hậu Giang <thong-bao@hdnd.example.vn>',
  SES_CONFIGURATION_SET: 'notifications',
  RECIPIENT_HASH_SALT: 'a-salt-of-enough-length',
};

describe('notifier configuration', () => {
  it('reads the sender, the configuration set and a default lease', () => {
    expect(readNotifierConfig(complete)).toMatchObject({
      SES_SENDER: complete.SES_SENDER,
      SES_CONFIGURATION_SET: 'notifications',
      NOTIFY_LEASE_SECONDS: 120,
      NOTIFY_MAX_PER_RECIPIENT_PER_DAY: 20,
      AWS_REGION: 'ap-southeast-1',
    });
  });

  it('needs the salt of the address hashes, and reads a daily limit per recipient', () => {
    const { RECIPIENT_HASH_SALT: _, ...withoutSalt } = complete;
    expect(() => readNotifierConfig(withoutSalt)).toThrow(/RECIPIENT_HASH_SALT/);
    expect(readNotifierConfig({ ...complete, NOTIFY_MAX_PER_RECIPIENT_PER_DAY: '5' })).toMatchObject({
      NOTIFY_MAX_PER_RECIPIENT_PER_DAY: 5,
    });
    expect(() => readNotifierConfig({ ...complete, NOTIFY_MAX_PER_RECIPIENT_PER_DAY: '0' })).toThrow(
      /NOTIFY_MAX_PER_RECIPIENT_PER_DAY/,
    );
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
