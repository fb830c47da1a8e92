/**
 * The reference data of the service in one immutable, indexed value: the unit tree with
 * its ancestors, fields, agencies, councils and the delegates' structure. Pure: built by
 * the repositories from the table, by tests from literals.
 */
import type {
  AdministrativeUnit,
  Agency,
  Council,
  CouncilSession,
  Delegate,
  DelegateGroup,
  ElectoralUnit,
  Field,
  HolidayYear,
  RoutingRule,
} from './schemas/index.ts';
import { matchesSearch, searchKey } from './text.ts';
import { CALENDAR_DAYS, type DeadlineCalendar } from './working-days.ts';

export interface ReferenceRecords {
  councils: Council[];
  units: AdministrativeUnit[];
  fields: Field[];
  agencies: Agency[];
  electoralUnits: ElectoralUnit[];
  delegateGroups: DelegateGroup[];
  delegates: Delegate[];
  sessions: CouncilSession[];
  routingRules: RoutingRule[];
  /** The national holiday calendar, one record per year. */
  holidayYears: HolidayYear[];
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

export class ReferenceData {
  readonly records: ReferenceRecords;
  readonly councils: ReadonlyMap<string, Council>;
  readonly units: ReadonlyMap<string, AdministrativeUnit>;
  readonly fields: ReadonlyMap<string, Field>;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly electoralUnits: ReadonlyMap<string, ElectoralUnit>;
  readonly delegateGroups: ReadonlyMap<string, DelegateGroup>;
  readonly delegates: ReadonlyMap<string, Delegate>;
  readonly sessions: ReadonlyMap<string, CouncilSession>;

  constructor(records: ReferenceRecords) {
    this.records = records;
    this.councils = byId(records.councils);
    this.units = byId(records.units);
    this.fields = byId(records.fields);
    this.agencies = byId(records.agencies);
    this.electoralUnits = byId(records.electoralUnits);
    this.delegateGroups = byId(records.delegateGroups);
    this.delegates = byId(records.delegates);
    this.sessions = byId(records.sessions);
  }

  /** The unit and its ancestors, nearest first: commune, (district), province. */
  lineage(unitId: string): AdministrativeUnit[] {
    const chain: AdministrativeUnit[] = [];
    let current = this.units.get(unitId);
    while (current && chain.length < 8) {
      chain.push(current);
      current = current.parentId ? this.units.get(current.parentId) : undefined;
    }
    return chain;
  }

  /** True when `unitId` is `ancestorId` or lies inside it. */
  isWithin(unitId: string, ancestorId: string): boolean {
    return this.lineage(unitId).some((u) => u.id === ancestorId);
  }

  communes(): AdministrativeUnit[] {
    return this.records.units.filter((u) => u.type === 'commune');
  }

  /** Communes whose name matches a typed query, diacritics and case ignored ("van nham" → Vân Nham). */
  findCommunes(query: string): AdministrativeUnit[] {
    const key = searchKey(query);
    const exact = this.communes().filter((u) => searchKey(u.name) === key);
    return exact.length > 0 ? exact : this.communes().filter((u) => matchesSearch(u.name, query));
  }

  /** The council whose territory holds the unit, most local first. */
  councilsFor(unitId: string): Council[] {
    const lineage = this.lineage(unitId).map((u) => u.id);
    return this.records.councils
      .filter((c) => lineage.includes(c.unitId))
      .sort((a, b) => lineage.indexOf(a.unitId) - lineage.indexOf(b.unitId));
  }

  routingRulesOf(councilId: string): RoutingRule[] {
    return this.records.routingRules.filter((r) => r.councilId === councilId);
  }

  /** The electoral units (and so delegate groups) whose communes include this commune. */
  electoralUnitsOf(communeId: string): ElectoralUnit[] {
    return this.records.electoralUnits.filter((e) => e.communeIds.includes(communeId));
  }

  delegatesOfGroup(groupId: string): Delegate[] {
    return this.records.delegates.filter((d) => d.groupId === groupId);
  }

  /** How the council counts its deadlines, with every year's holidays (calendar days for an unknown council). */
  deadlineCalendar(councilId: string): DeadlineCalendar {
    if (this.councils.get(councilId)?.settings.deadlineCounting !== 'working') return CALENDAR_DAYS;
    const days = this.records.holidayYears.flatMap((y) => y.days);
    return {
      counting: 'working',
      daysOff: new Set(days.filter((d) => d.kind === 'off').map((d) => d.date)),
      workedWeekendDays: new Set(days.filter((d) => d.kind === 'working').map((d) => d.date)),
    };
  }
}
