import { describe, expect, it } from 'vitest';
import { demoReference } from '../../infra/local/demo/reference.ts';
import { ReferenceData, type ReferenceRecords } from '../../shared/reference-data.ts';
import { competentBody, type Matter, receivingCouncil, routeOnReceipt } from '../../shared/routing.ts';
import type { AdministrativeUnit, Agency, Council, RoutingRule } from '../../shared/schemas/index.ts';

const unit = (id: string, type: AdministrativeUnit['type'], parentId: string | null): AdministrativeUnit => ({
  id,
  name: id,
  type,
  parentId,
});
const agency = (id: string, unitId = 'prov', level: Agency['level'] = 'province'): Agency => ({
  id,
  name: id,
  unitId,
  level,
});
const council = (id: string, unitId: string, level: Council['level'], autoRoute: boolean): Council => ({
  id,
  name: id,
  unitId,
  level,
  settings: { deadlineDays: 15, feedbackDays: 90, contactRetentionMonths: 12, autoRoute },
});
const rule = (
  councilId: string,
  id: string,
  agencyId: string,
  match: Partial<Pick<RoutingRule, 'fieldId' | 'unitId' | 'level' | 'priority'>> = {},
): RoutingRule => ({ id, councilId, agencyId, priority: 0, ...match });

// prov ─┬─ dist ─┬─ c1
//       │        └─ c2
//       └─ c3 (a commune directly under the province)
// far: a province with no council on the service.
const records: ReferenceRecords = {
  units: [
    unit('prov', 'province', null),
    unit('dist', 'district', 'prov'),
    unit('c1', 'commune', 'dist'),
    unit('c2', 'commune', 'dist'),
    unit('c3', 'commune', 'prov'),
    unit('far', 'province', null),
    unit('far-commune', 'commune', 'far'),
  ],
  councils: [
    council('prov-council', 'prov', 'province', false),
    council('dist-council', 'dist', 'district', true),
  ],
  fields: [],
  agencies: [
    'ubnd-prov',
    'so-gd',
    'so-yte-a',
    'so-yte-b',
    'ubnd-dist',
    'phong-gd',
    'police-a',
    'police-b',
    'ubnd-c1',
    'ubnd-c2',
  ].map((id) => agency(id)),
  electoralUnits: [],
  delegateGroups: [],
  delegates: [],
  sessions: [],
  routingRules: [
    rule('dist-council', 'r-dist', 'ubnd-dist', { unitId: 'dist' }),
    rule('dist-council', 'r-dist-edu', 'phong-gd', { unitId: 'dist', fieldId: 'edu' }),
    rule('dist-council', 'r-c1', 'ubnd-c1', { unitId: 'c1' }),
    rule('dist-council', 'r-c2-commune', 'ubnd-c2', { unitId: 'c2', level: 'commune' }),
    rule('dist-council', 'r-security-low', 'police-a', { unitId: 'dist', fieldId: 'security', priority: 5 }),
    rule('dist-council', 'r-security-high', 'police-b', { unitId: 'dist', fieldId: 'security', priority: 9 }),
    // Points at an agency that was removed: must be skipped, not proposed.
    rule('dist-council', 'r-ghost', 'dissolved-agency', { unitId: 'c2', fieldId: 'land' }),
    rule('prov-council', 'r-prov', 'ubnd-prov', { unitId: 'prov' }),
    rule('prov-council', 'r-prov-edu', 'so-gd', { fieldId: 'edu' }),
    rule('prov-council', 'r-prov-c1-commune', 'ubnd-c1', { unitId: 'c1', level: 'commune' }),
    // Two rules of equal rank: the id decides, whatever the order they are stored in.
    rule('prov-council', 'r-tie-b', 'so-yte-b', { fieldId: 'health', priority: 3 }),
    rule('prov-council', 'r-tie-a', 'so-yte-a', { fieldId: 'health', priority: 3 }),
  ],
  holidayYears: [],
};
const reference = new ReferenceData(records);
const councilOf = (id: string) => reference.councils.get(id)!;

describe('competentBody: the most specific matching rule wins', () => {
  const cases: {
    name: string;
    council: string;
    matter: Matter;
    agency: string | undefined;
    rule?: string;
  }[] = [
    {
      name: 'exact unit match: a rule naming the locality itself',
      council: 'dist-council',
      matter: { fieldId: 'roads', localityId: 'c1' },
      agency: 'ubnd-c1',
      rule: 'r-c1',
    },
    {
      name: 'ancestor match: the district rule covers its communes',
      council: 'dist-council',
      matter: { fieldId: 'roads', localityId: 'c2' },
      agency: 'ubnd-dist',
      rule: 'r-dist',
    },
    {
      name: 'field match beats any-field at the same unit depth',
      council: 'dist-council',
      matter: { fieldId: 'edu', localityId: 'c2' },
      agency: 'phong-gd',
      rule: 'r-dist-edu',
    },
    {
      name: 'unit depth beats field match (the nearer unit wins)',
      council: 'dist-council',
      matter: { fieldId: 'edu', localityId: 'c1' },
      agency: 'ubnd-c1',
      rule: 'r-c1',
    },
    {
      name: 'priority tie-break: the higher priority wins among equal rules',
      council: 'dist-council',
      matter: { fieldId: 'security', localityId: 'c2' },
      agency: 'police-b',
      rule: 'r-security-high',
    },
    {
      name: 'last tie-break: the alphabetically first rule id, whatever the stored order',
      council: 'prov-council',
      matter: { fieldId: 'health', localityId: 'c3' },
      agency: 'so-yte-a',
      rule: 'r-tie-a',
    },
    {
      name: 'a rule without a unit covers the council territory and beats its any-field rule',
      council: 'prov-council',
      matter: { fieldId: 'edu', localityId: 'c2' },
      agency: 'so-gd',
      rule: 'r-prov-edu',
    },
    {
      name: 'a rule pointing at a removed agency is skipped',
      council: 'dist-council',
      matter: { fieldId: 'land', localityId: 'c2' },
      agency: 'ubnd-dist',
      rule: 'r-dist',
    },
    {
      name: 'no match: a locality outside every rule gets no proposal',
      council: 'dist-council',
      matter: { fieldId: 'roads', localityId: 'c3' },
      agency: undefined,
    },
    {
      name: 'other level: a commune matter raised with the provincial council goes to the commune committee',
      council: 'prov-council',
      matter: { fieldId: 'roads', localityId: 'c1', level: 'commune' },
      agency: 'ubnd-c1',
      rule: 'r-prov-c1-commune',
    },
    {
      name: 'other level: a commune matter raised with the district council goes to the commune committee',
      council: 'dist-council',
      matter: { fieldId: 'edu', localityId: 'c2', level: 'commune' },
      agency: 'ubnd-c2',
      rule: 'r-c2-commune',
    },
    {
      name: 'an unclassified matter is not captured by a commune-level rule',
      council: 'prov-council',
      matter: { fieldId: 'roads', localityId: 'c1' },
      agency: 'ubnd-prov',
      rule: 'r-prov',
    },
    {
      name: 'a matter of another level does not match a commune-level rule',
      council: 'dist-council',
      matter: { fieldId: 'roads', localityId: 'c2', level: 'district' },
      agency: 'ubnd-dist',
      rule: 'r-dist',
    },
  ];

  it.each(cases)('$name', ({ council, matter, agency, rule }) => {
    const body = competentBody(reference, councilOf(council), matter);
    expect(body?.agencyId).toBe(agency);
    if (rule) expect(body?.ruleId).toBe(rule);
  });
});

describe('routeOnReceipt: the council setting decides whether the proposal is applied', () => {
  const now = new Date('2026-03-10T03:00:00Z'); // 10:00 in Vietnam

  it('auto-route on: routed at once, with the council deadline at the end of a Vietnam day', () => {
    const outcome = routeOnReceipt(
      reference,
      councilOf('dist-council'),
      { fieldId: 'edu', localityId: 'c2' },
      now,
    );
    // 15 days after 10 March, at 23:59:59.999 in Vietnam (UTC+7).
    expect(outcome).toEqual({
      kind: 'routed',
      agencyId: 'phong-gd',
      ruleId: 'r-dist-edu',
      deadline: '2026-03-25T16:59:59.999Z',
    });
  });

  it('auto-route off: only a proposal, no deadline', () => {
    const outcome = routeOnReceipt(
      reference,
      councilOf('prov-council'),
      { fieldId: 'edu', localityId: 'c3' },
      now,
    );
    expect(outcome).toEqual({ kind: 'proposed', agencyId: 'so-gd', ruleId: 'r-prov-edu' });
  });

  it.each(['dist-council', 'prov-council'])('no match goes to triage whatever the setting (%s)', (id) => {
    const outcome = routeOnReceipt(
      reference,
      councilOf(id),
      { fieldId: 'roads', localityId: 'far-commune' },
      now,
    );
    expect(outcome).toEqual({ kind: 'triage' });
  });
});

describe('receivingCouncil', () => {
  it.each([
    ['c1', undefined, 'dist-council'],
    ['dist', undefined, 'dist-council'],
    ['c3', undefined, 'prov-council'],
    ['prov', undefined, 'prov-council'],
    ['c1', 'prov-council', 'prov-council'],
    ['far-commune', undefined, undefined],
  ])('locality %s with meeting council %s is received by %s', (locality, meeting, expected) => {
    expect(receivingCouncil(reference, locality, meeting)?.id).toBe(expected);
  });
});

describe('routing over the demo competence matrix', () => {
  const demo = new ReferenceData(demoReference([]));
  const demoCouncil = (id: string) => demo.councils.get(id)!;

  it.each([
    ['huu-lung', { fieldId: 'dat-dai', localityId: 'van-nham' }, 'phong-tnmt-huu-lung'],
    ['huu-lung', { fieldId: 'kinh-te', localityId: 'minh-tien' }, 'ubnd-huu-lung'],
    ['huu-lung', { fieldId: 'dat-dai', localityId: 'van-nham', level: 'commune' }, 'ubnd-van-nham'],
    ['hau-giang', { fieldId: 'y-te', localityId: 'vi-thanh' }, 'so-yte-hau-giang'],
    ['hau-giang', { fieldId: 'kinh-te', localityId: 'nga-bay' }, 'ubnd-hau-giang'],
    ['hau-giang', { fieldId: 'y-te', localityId: 'vi-thanh', level: 'commune' }, 'ubnd-vi-thanh'],
    ['phuc-loc', { fieldId: 'giao-duc', localityId: 'phuc-loc' }, 'ubnd-phuc-loc'],
  ] as const)('%s routes %o to %s', (councilId, matter, agencyId) => {
    expect(competentBody(demo, demoCouncil(councilId), matter)?.agencyId).toBe(agencyId);
  });
});
