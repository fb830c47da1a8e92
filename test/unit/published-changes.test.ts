/**
 * Issue #22 item 6: what an incremental publication reads again of the last publication's
 * results (site/src/lib/result-snapshot.ts), from the changes the workflow recorded
 * (shared/published-changes.ts).
 */
import { describe, expect, it } from 'vitest';
import { meetingKeys } from '../../functions/lib/data/meeting-keys.ts';
import { petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import {
  changedKeys,
  MEETING_PARTITION,
  PETITION_PARTITION,
  type PublishedChange,
  publishedChangeOf,
} from '../../shared/published-changes.ts';
import type { PublishedResult } from '../../shared/schemas/publication.ts';
import { type ResultSnapshot, toReadAgain } from '../../site/src/lib/result-snapshot.ts';
import type { PublicMeeting } from '../../site/src/lib/schemas.ts';

const change = (pk: string, sk = 'PUB#PETITION'): PublishedChange =>
  publishedChangeOf({ eventName: 'MODIFY', dynamodb: { Keys: { pk: { S: pk }, sk: { S: sk } } } });

const result = (code: string, meeting?: { id: string; name: string; startsAt: string }) =>
  ({
    code,
    council: { id: 'huu-lung', name: 'Hữu Lũng' },
    ...(meeting ? { meeting } : {}),
  }) as PublishedResult;

const meeting = (id: string, title: string, startsAt: string, councilId = 'huu-lung') =>
  ({ id, title, startsAt, councilId }) as PublicMeeting;

const SPRING = { id: 'm-spring', name: 'Tiếp xúc mùa xuân', startsAt: '2026-03-01T01:00:00.000Z' };
const OLD = { id: 'm-old', name: 'Tiếp xúc năm trước', startsAt: '2024-03-01T01:00:00.000Z' };
const snapshot: ResultSnapshot = {
  code: 'v1',
  depends: 'd1',
  results: [result('A'), result('B', SPRING), result('C', OLD)],
};
const plan = (over: Partial<Parameters<typeof toReadAgain>[0]> = {}) =>
  toReadAgain({
    snapshot,
    code: 'v1',
    depends: 'd1',
    changes: [],
    meetings: [meeting(SPRING.id, SPRING.name, SPRING.startsAt)],
    meetingsFrom: '2025-12-01',
    ...over,
  });

describe('the changes a batch names', () => {
  it('uses the repositories’ partition prefixes', () => {
    expect(PETITION_PARTITION).toBe(petitionKeys.pk(''));
    expect(MEETING_PARTITION).toBe(meetingKeys.pk(''));
  });

  it('a petition by its item, its texts or a public file copy; a meeting by its item', () => {
    const { petitions, meetings } = changedKeys([
      change('PETITION#A'),
      change('PETITION#A', 'PUB#PETITION#TEXT'),
      change('PETITION#B', 'PUB#ATTACHMENT#f1'),
      change('MEETING#m1', 'MEETING'),
      change('RESOLUTION#r1', 'RESOLUTION'),
    ]);
    expect([...petitions]).toEqual(['A', 'B']);
    expect([...meetings]).toEqual(['m1']);
  });
});

describe('what a publication reads again', () => {
  it('only the changed petitions when the snapshot holds', () => {
    expect(plan({ changes: [change('PETITION#A'), change('PETITION#NEW')] })).toEqual({
      codes: new Set(['A', 'NEW']),
      councils: new Set(),
    });
    expect(plan()).toEqual({ codes: new Set(), councils: new Set() });
  });

  it('everything with no snapshot, another code version, or other reference data', () => {
    expect(plan({ snapshot: undefined })).toEqual({ all: 'no snapshot' });
    expect(plan({ code: 'v2' })).toEqual({ all: 'another code version' });
    expect(plan({ depends: 'd2' })).toEqual({ all: 'reference data or council directory changed' });
  });

  it('a result whose meeting is renamed, moved, or no longer published within the meetings read', () => {
    const renamed = [meeting(SPRING.id, 'Tên mới', SPRING.startsAt)];
    expect(plan({ meetings: renamed })).toEqual({ codes: new Set(['B']), councils: new Set() });
    const moved = [meeting(SPRING.id, SPRING.name, '2026-03-02T01:00:00.000Z')];
    expect(plan({ meetings: moved })).toEqual({ codes: new Set(['B']), councils: new Set() });
    expect(plan({ meetings: [] })).toEqual({ codes: new Set(['B']), councils: new Set() });
  });

  it('the results naming a changed meeting, even one older than the meetings read', () => {
    expect(plan({ changes: [change('MEETING#m-old', 'MEETING')] })).toEqual({
      codes: new Set(['C']),
      councils: new Set(),
    });
  });

  it('a changed meeting no result shows: its council’s results, or every result when it was not read', () => {
    const published = meeting('m-new', 'Mới', '2026-04-01T01:00:00.000Z', 'son-dong');
    expect(
      plan({
        changes: [change('MEETING#m-new', 'MEETING')],
        meetings: [meeting(SPRING.id, SPRING.name, SPRING.startsAt), published],
      }),
    ).toEqual({ codes: new Set(), councils: new Set(['son-dong']) });
    expect(plan({ changes: [change('MEETING#m-gone', 'MEETING')] })).toEqual({
      all: 'a meeting no result shows changed, outside the meetings read',
    });
  });
});
