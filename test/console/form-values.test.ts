import { describe, expect, it } from 'vitest';
import { bodyOf, controlNameFor } from '../../site/src/console/ui/form-values.ts';

describe('form values as the staff API body', () => {
  it('nests dotted names and makes arrays of numeric segments, as the schemas expect', () => {
    expect(
      bodyOf([
        ['meetingId', 'tx-2026-van-nham'],
        ['petitions.0.submitter.name', 'Lê Văn An'],
        ['petitions.0.title', 'Đường ngập'],
        ['petitions.1.submitter.name', 'Hà Thị Bình'],
        ['petitions.0.consentToPublish', true],
      ]),
    ).toEqual({
      meetingId: 'tx-2026-van-nham',
      petitions: [
        { submitter: { name: 'Lê Văn An' }, title: 'Đường ngập', consentToPublish: true },
        { submitter: { name: 'Hà Thị Bình' } },
      ],
    });
  });

  it('leaves out empty text, so optional fields are absent and required ones say "required"', () => {
    expect(
      bodyOf([
        ['reason', '   '],
        ['agencyId', 'ubnd-huu-lung'],
        ['priority', 0],
      ]),
    ).toEqual({
      agencyId: 'ubnd-huu-lung',
      priority: 0,
    });
  });

  it('gathers "name[]" entries into a list, empty when nothing is ticked', () => {
    expect(
      bodyOf([
        ['communeIds[]', 'van-nham'],
        ['communeIds[]', 'minh-tien'],
        ['delegateIds[]', ''],
      ]),
    ).toEqual({
      communeIds: ['van-nham', 'minh-tien'],
      delegateIds: [],
    });
  });
});

describe('which control an API error path belongs to', () => {
  const names = new Set(['venue.name', 'communeIds[]', 'petitions.0.title', 'reason']);

  it('finds the exact control, a list, or the nearest named ancestor', () => {
    expect(controlNameFor('reason', names)).toBe('reason');
    expect(controlNameFor('communeIds', names)).toBe('communeIds[]');
    expect(controlNameFor('communeIds.3', names)).toBe('communeIds[]');
    expect(controlNameFor('petitions.0.title', names)).toBe('petitions.0.title');
  });

  it('has none for a path no control shows (the summary lists it)', () => {
    expect(controlNameFor('_', names)).toBeUndefined();
    expect(controlNameFor('petitions.1.title', names)).toBeUndefined();
  });
});
