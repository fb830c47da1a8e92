import { describe, expect, it } from 'vitest';
import { DEMO_AGENCIES, DEMO_COUNCILS, DEMO_UNITS } from '../../infra/local/demo/reference.ts';
import type { Reference } from '../../site/src/console/api/reference.ts';
import { agencyGroups, filterGroups } from '../../site/src/console/screens/agency-groups.ts';

const ref: Reference = {
  fields: [],
  units: DEMO_UNITS,
  agencies: DEMO_AGENCIES,
  councils: DEMO_COUNCILS.map((c) => ({ ...c, sessions: [], electoralUnits: [] })),
};

describe('the routing drop-down’s groups', () => {
  it('puts the proposed body first, then the council’s communes, its own and higher bodies, and the rest outside the province', () => {
    const groups = agencyGroups(ref, DEMO_AGENCIES, 'huu-lung', 'phong-tnmt-huu-lung');
    expect(groups.map((g) => g.name)).toEqual(['proposed', 'communes', 'council', 'outside']);
    const [proposed, communes, council, outside] = groups.map((g) => g.options.map((o) => o.value));
    expect(proposed).toEqual(['phong-tnmt-huu-lung']);
    expect(communes?.sort()).toEqual(['ubnd-dong-tien', 'ubnd-minh-tien', 'ubnd-thanh-son', 'ubnd-van-nham']);
    expect(council?.sort()).toEqual(['cong-an-huu-lung', 'phong-gddt-huu-lung', 'ubnd-huu-lung']);
    expect(outside).toContain('ubnd-son-dong');
    expect(outside).toContain('so-yte-hau-giang');
    // Every agency once.
    expect(groups.flatMap((g) => g.options).length).toBe(DEMO_AGENCIES.length);
  });

  it('keeps the bodies of the same province apart from those outside it', () => {
    const groups = agencyGroups(ref, DEMO_AGENCIES, 'son-dong', undefined);
    const province = groups.find((g) => g.name === 'province')?.options.map((o) => o.value) ?? [];
    expect(province).toContain('ubnd-luc-ngan');
    expect(province).toContain('ubnd-chu');
    expect(groups.find((g) => g.name === 'outside')?.options.map((o) => o.value)).toContain('ubnd-huu-lung');
    expect(groups.map((g) => g.name)[0]).toBe('communes');
  });

  it('filters by words typed without diacritics, keeping the current choice and dropping empty groups', () => {
    const groups = agencyGroups(ref, DEMO_AGENCIES, 'huu-lung', 'phong-tnmt-huu-lung');
    const found = filterGroups(groups, 'van nham', 'phong-tnmt-huu-lung');
    expect(found.map((g) => [g.name, g.options.map((o) => o.value)])).toEqual([
      ['proposed', ['phong-tnmt-huu-lung']],
      ['communes', ['ubnd-van-nham']],
    ]);
    expect(filterGroups(groups, '  ')).toEqual(groups);
  });
});
