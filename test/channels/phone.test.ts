import { describe, expect, it } from 'vitest';
import {
  isVietnameseMobile,
  normalizeVietnamesePhone,
  vietnamesePhoneToE164,
} from '../../shared/schemas/common.ts';

describe('Vietnamese phone numbers as people type them', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['(+84) 912-345-678', '0912345678'],
    // The leading 0 kept after the country code, as many write it.
    ['+84 0912 345 678', '0912345678'],
    ['84 0387 654 321', '0387654321'],
    ['0567 890 123', '0567890123'],
    ['0789 012 345', '0789012345'],
    ['0868 123 456', '0868123456'],
    ['024 3825 1234', '02438251234'],
  ])('%s is stored as %s', (typed, stored) => {
    expect(normalizeVietnamesePhone(typed)).toBe(stored);
  });

  it.each([
    '12345',
    '09123abc78',
    '+1 202 555 0100',
    // 04x and 06x are no mobile prefixes; 01x eleven-digit mobiles were renumbered in 2018.
    '0412345678',
    '0612345678',
    '01234567890',
    '091234567',
    '09123456789',
  ])('%s is refused', (typed) => {
    expect(normalizeVietnamesePhone(typed)).toBeUndefined();
  });
});

describe('the number a text message goes to', () => {
  it('is E.164 for a mobile number', () => {
    expect(vietnamesePhoneToE164('0912345678')).toBe('+84912345678');
    expect(vietnamesePhoneToE164('0387654321')).toBe('+84387654321');
  });

  it('tells mobiles (03x, 05x, 07x, 08x, 09x) from landlines, which cannot receive SMS', () => {
    for (const mobile of ['0312345678', '0512345678', '0712345678', '0812345678', '0912345678'])
      expect(isVietnameseMobile(mobile)).toBe(true);
    expect(isVietnameseMobile('02438251234')).toBe(false);
    expect(isVietnameseMobile('not a number')).toBe(false);
  });
});
