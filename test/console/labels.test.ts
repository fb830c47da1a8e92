import { describe, expect, it } from 'vitest';
import { fieldName } from '../../site/src/console/api/reference.ts';
import { en } from '../../site/src/console/i18n/en.ts';
import { translator } from '../../site/src/console/i18n/index.ts';
import { vi } from '../../site/src/console/i18n/vi.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the console’s labels', () => {
  it('say the same things in both languages: every key, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(vi[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('fill placeholders, and take statuses and events from the shared messages', () => {
    const tr = translator('vi');
    expect(tr.t('pager.page', { page: 3 })).toBe('Trang 3');
    expect(tr.m('petition.status.routed')).toBe('Đã chuyển cơ quan có thẩm quyền');
    expect(translator('en').m('petition.status.routed')).not.toBe(tr.m('petition.status.routed'));
    expect(tr.m('event.follow_up')).toBe(vi['event.follow_up']);
    expect(tr.m('no.such.key', 'fallback')).toBe('fallback');
  });
});

describe('the console’s names of fields', () => {
  it('are in the reader’s language, as on /en/: the English name in the English console', () => {
    const fields = [
      { id: 'dat-dai', name: 'Đất đai', nameEn: 'Land' },
      { id: 'khac', name: 'Khác' },
    ];
    expect(fieldName(fields, 'dat-dai', 'en')).toBe('Land');
    expect(fieldName(fields, 'dat-dai', 'vi')).toBe('Đất đai');
    expect(fieldName(fields, 'khac', 'en')).toBe('Khác');
    expect(fieldName(fields, 'unknown', 'en')).toBe('unknown');
  });
});
