/** The 15-day rule and the every-commune-every-year rule, on the seeded demo councils. */
import { describe, expect, it } from 'vitest';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import { checkCompliance, latePlans } from '../../shared/compliance.ts';
import { ReferenceData } from '../../shared/reference-data.ts';
import type { Meeting } from '../../shared/schemas/index.ts';

function demoAt(iso: string) {
  const activity = demoActivity(new Date(iso));
  return { meetings: activity.meetings, reference: new ReferenceData(demoReference(activity.sessions)) };
}

describe('compliance of Hữu Lũng electoral unit no. 6', () => {
  const { meetings, reference } = demoAt('2026-06-15T03:00:00Z');
  const report = checkCompliance('huu-lung', 2026, meetings, reference);

  it('flags the Thanh Sơn before-session meeting planned 12 days before session 12 opens', () => {
    expect(report.latePlans).toEqual([
      expect.objectContaining({
        meetingId: 'hl-txct-truoc-kh12-thanh-son',
        sessionId: 'huu-lung-kh12',
        daysBeforeOpening: 12,
      }),
    ]);
  });

  it('lists Đồng Tiến as the one commune of the unit without a meeting this year', () => {
    const [group] = report.groups;
    expect(report.groups).toHaveLength(1);
    expect(group!.groupId).toBe('to-huu-lung-dv6');
    expect(group!.communes.map((c) => c.communeId)).toEqual([
      'minh-tien',
      'van-nham',
      'thanh-son',
      'dong-tien',
    ]);
    expect(group!.uncoveredCommuneIds).toEqual(['dong-tien']);
    expect(group!.communes.find((c) => c.communeId === 'van-nham')!.meetingIds).toEqual([
      'hl-txct-sau-kh11-van-nham',
      'hl-txct-truoc-kh12-minh-tien',
    ]);
  });

  it('stops flagging once the meeting moves to 15 days before the opening, and counts 14 as late', () => {
    const opensOn = reference.sessions.get('huu-lung-kh12')!.opensOn;
    const at = (daysBefore: number): Meeting => ({
      ...meetings.find((m) => m.id === 'hl-txct-truoc-kh12-thanh-son')!,
      startsAt: new Date(Date.parse(`${opensOn}T14:00:00+07:00`) - daysBefore * 86_400_000).toISOString(),
    });
    expect(latePlans([at(15)], reference)).toEqual([]);
    expect(latePlans([at(14)], reference).map((p) => p.daysBeforeOpening)).toEqual([14]);
    expect(latePlans([{ ...at(3), status: 'cancelled' }], reference)).toEqual([]);
  });

  it('does not count a cancelled meeting as covering its commune', () => {
    const cancelled = meetings.map((m) =>
      m.id === 'hl-txct-truoc-kh12-thanh-son' ? { ...m, status: 'cancelled' as const } : m,
    );
    const [group] = checkCompliance('huu-lung', 2026, cancelled, reference).groups;
    expect(group!.uncoveredCommuneIds).toEqual(['thanh-son', 'dong-tien']);
  });
});

describe("compliance of Sơn Động's dialogue plan", () => {
  it('finds every commune of both units covered by the Q2 and Q3 chair dialogues in the same year', () => {
    const { meetings, reference } = demoAt('2026-06-15T03:00:00Z');
    const report = checkCompliance('son-dong', 2026, meetings, reference);
    expect(report.latePlans).toEqual([]);
    expect(report.groups.map((g) => [g.groupId, g.uncoveredCommuneIds])).toEqual([
      ['to-son-dong-dv1', []],
      ['to-son-dong-dv2', []],
    ]);
    const anBa = report.groups[0]!.communes.find((c) => c.communeId === 'an-ba')!;
    // The cancelled citizen reception at An Bá counts for nothing.
    expect(anBa.meetingIds).toEqual(['sd-doi-thoai-q2']);
  });

  it('counts a dialogue in the year it took place: early in the year, Q2 of last year leaves unit 1 uncovered', () => {
    const { meetings, reference } = demoAt('2026-03-01T03:00:00Z');
    const thisYear = checkCompliance('son-dong', 2026, meetings, reference);
    expect(thisYear.groups.map((g) => [g.groupId, g.uncoveredCommuneIds])).toEqual([
      ['to-son-dong-dv1', ['an-chau', 'an-ba', 'vinh-an', 'le-vien']],
      ['to-son-dong-dv2', []],
    ]);
    const lastYear = checkCompliance('son-dong', 2025, meetings, reference);
    expect(lastYear.groups.map((g) => g.uncoveredCommuneIds)).toEqual([
      [],
      ['tay-yen-tu', 'yen-dinh', 'tuan-dao', 'thanh-luan'],
    ]);
  });
});
