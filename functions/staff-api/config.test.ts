import { describe, expect, it } from 'vitest';
import { readStaffConfig } from './config.ts';

const base = {
  TABLE_NAME: 'hdnd',
  STAFF_JWKS_URL: 'https://issuer.example/.well-known/jwks.json',
  STAFF_JWT_ISSUER: 'https://issuer.example',
  STAFF_JWT_AUDIENCE: 'console',
};

describe('the staff API’s allowed console origins (STAFF_CONSOLE_ORIGIN)', () => {
  it('takes one origin, as on AWS, or several separated by commas, as origins', () => {
    expect(readStaffConfig({ ...base, STAFF_CONSOLE_ORIGIN: 'https://kien-nghi.example.vn' })).toMatchObject({
      STAFF_CONSOLE_ORIGIN: ['https://kien-nghi.example.vn'],
    });
    const local = readStaffConfig({
      ...base,
      STAFF_CONSOLE_ORIGIN: 'http://127.0.0.1:4321, http://localhost:4321/quan-ly/',
    });
    expect(local.STAFF_CONSOLE_ORIGIN).toEqual(['http://127.0.0.1:4321', 'http://localhost:4321']);
  });

  it('stops at start naming the variable when one entry is not a URL', () => {
    expect(() =>
      readStaffConfig({ ...base, STAFF_CONSOLE_ORIGIN: 'http://127.0.0.1:4321,localhost:4321' }),
    ).toThrow(/STAFF_CONSOLE_ORIGIN/);
    expect(() => readStaffConfig({ ...base, STAFF_CONSOLE_ORIGIN: '' })).toThrow(/STAFF_CONSOLE_ORIGIN/);
  });

  it('allows no browser origin when unset', () => {
    expect(readStaffConfig(base).STAFF_CONSOLE_ORIGIN).toBeUndefined();
  });
});
