/**
 * Everything the site shows, read once per build from the public API (and at most every
 * few seconds by the dev server, so `npm start` shows live data): reference data, the
 * council directory, published meetings of the past year and ahead, published results and
 * statistics. Nothing here can hold a submitter's personal data: the API publishes none.
 */

import { type ExportSet, exportSets } from '../../../shared/open-data/results-export.ts';
import type { PublishedResult } from '../../../shared/schemas/publication.ts';
import { CouncilDirectory, Statistics } from '../../../shared/schemas/publication.ts';
import { vietnamYear } from '../../../shared/time.ts';
import type { StatisticsPeriodRef } from '../../../shared/ui/routes.ts';
import { getAllPages, getJson } from './api.ts';
import { type OversightData, readOversight } from './oversight-data.ts';
import {
  readResolutions,
  readSessionResults,
  type SiteResolution,
  type SiteSessionResults,
} from './resolution-data.ts';
import { readPublishedResults } from './result-snapshot.ts';
import { MeetingsPage, type PublicMeeting, Reference, type Unit } from './schemas.ts';
import { readSessions } from './session-data.ts';
import type { PublicSession } from './session-schemas.ts';

export type Council = CouncilDirectory['items'][number];
export type ElectoralUnit = Council['electoralUnits'][number];
export type DelegateGroup = ElectoralUnit['groups'][number] & {
  council: Council;
  electoralUnit: ElectoralUnit;
};

export interface SiteData {
  builtAt: Date;
  reference: Reference;
  units: ReadonlyMap<string, Unit>;
  /** Communes by Vietnamese name. */
  communes: Unit[];
  councils: Council[];
  groups: ReadonlyMap<string, DelegateGroup>;
  /** By start time. */
  meetings: PublicMeeting[];
  /** Newest first. */
  results: PublishedResult[];
  statistics: Statistics;
  councilStatistics: ReadonlyMap<string, Statistics>;
  /** The periods each statistics page offers: this year and last (Vietnam time), and a council's sessions. */
  statisticsPeriods: (councilId?: string) => StatisticsPeriodRef[];
  /** Statistics of one period, all councils (no id) or one, by statisticsKey(). */
  periodStatistics: ReadonlyMap<string, Statistics>;
  /** Every council's resolutions, newest first; each session's resolutions and interpellations. */
  resolutions: SiteResolution[];
  sessionResults: ReadonlyMap<string, SiteSessionResults>;
  /** Every council's sessions in full (agenda, published views, meetings), newest opening first. */
  sessions: PublicSession[];
  /** Oversight activities of this year and last, with their follow-up items (DESIGN §9). */
  oversight: OversightData;
}

export const statisticsKey = (councilId: string | undefined, period: StatisticsPeriodRef) =>
  `${councilId ?? '*'}|${period.kind === 'year' ? `year:${period.year}` : `session:${period.id}`}`;

const periodQuery = (period: StatisticsPeriodRef) =>
  period.kind === 'year' ? `year=${period.year}` : `session=${encodeURIComponent(period.id)}`;

/** Meetings from this many days ago onwards are published on the site. */
export const PAST_DAYS = 365;
const CACHE_MS = Number(process.env.SITE_DATA_CACHE_MS ?? 5000);

export async function readMeetings(councils: Council[], from: string): Promise<PublicMeeting[]> {
  const lists = await Promise.all(
    councils.map((c) =>
      getAllPages(`/v1/meetings?council=${encodeURIComponent(c.id)}&from=${from}&limit=100`, (path) =>
        getJson(path, MeetingsPage),
      ),
    ),
  );
  const byId = new Map(lists.flat().map((m) => [m.id, m]));
  return [...byId.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
}

async function read(): Promise<SiteData> {
  const builtAt = new Date();
  const [reference, directory, statistics] = await Promise.all([
    getJson('/v1/reference', Reference),
    getJson('/v1/councils', CouncilDirectory),
    getJson('/v1/statistics', Statistics),
  ]);
  const councils = directory.items;
  const from = new Date(builtAt.getTime() - PAST_DAYS * 86_400_000).toISOString().slice(0, 10);
  const meetingsRead = readMeetings(councils, from);
  const [meetings, results, perCouncil, sessions] = await Promise.all([
    meetingsRead,
    // Incremental publication: only the results that changed since the last (result-snapshot.ts).
    readPublishedResults({
      councilIds: councils.map((c) => c.id),
      depends: [reference, directory],
      meetings: meetingsRead,
      meetingsFrom: from,
    }),
    Promise.all(
      councils.map((c) => getJson(`/v1/statistics?council=${encodeURIComponent(c.id)}`, Statistics)),
    ),
    readSessions(councils.map((c) => c.id)),
  ]);
  const year = vietnamYear(builtAt);
  const statisticsPeriods = (councilId?: string): StatisticsPeriodRef[] => [
    { kind: 'year', year },
    { kind: 'year', year: year - 1 },
    ...(councils.find((c) => c.id === councilId)?.sessions ?? []).map(
      (s): StatisticsPeriodRef => ({ kind: 'session', id: s.id }),
    ),
  ];
  const wanted = [undefined, ...councils.map((c) => c.id)].flatMap((councilId) =>
    statisticsPeriods(councilId).map((period) => ({ councilId, period })),
  );
  const ofPeriods = await Promise.all(
    wanted.map(({ councilId, period }) =>
      getJson(
        `/v1/statistics?${councilId ? `council=${encodeURIComponent(councilId)}&` : ''}${periodQuery(period)}`,
        Statistics,
      ),
    ),
  );
  const oversight = await readOversight(
    councils.map((c) => c.id),
    [year, year - 1],
  );
  const [resolutions, sessionResults] = await Promise.all([
    readResolutions(councils.map((c) => c.id)),
    readSessionResults(councils.flatMap((c) => c.sessions.map((s) => s.id))),
  ]);
  const groups = new Map<string, DelegateGroup>();
  for (const council of councils)
    for (const electoralUnit of council.electoralUnits)
      for (const group of electoralUnit.groups) groups.set(group.id, { ...group, council, electoralUnit });
  return {
    builtAt,
    reference,
    units: new Map(reference.units.map((u) => [u.id, u])),
    communes: reference.units
      .filter((u) => u.type === 'commune')
      .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id)),
    councils,
    groups,
    meetings,
    results,
    statistics,
    councilStatistics: new Map(councils.map((c, i) => [c.id, perCouncil[i]!])),
    statisticsPeriods,
    periodStatistics: new Map(wanted.map((w, i) => [statisticsKey(w.councilId, w.period), ofPeriods[i]!])),
    resolutions,
    sessionResults,
    sessions,
    oversight,
  };
}

const exportSetsOf = new WeakMap<readonly PublishedResult[], ExportSet[]>();

/**
 * The open-data files' sets (a council's results of a year) of the results read, made once
 * per read: the listings and statistics pages link them, the open-data route writes them.
 */
export function openDataSets(data: Pick<SiteData, 'results'>): ExportSet[] {
  let sets = exportSetsOf.get(data.results);
  if (!sets) {
    sets = exportSets(data.results);
    exportSetsOf.set(data.results, sets);
  }
  return sets;
}

let cached: { at: number; data: Promise<SiteData> } | undefined;

export function loadSiteData(): Promise<SiteData> {
  if (!cached || Date.now() - cached.at > CACHE_MS) {
    const data = read();
    cached = { at: Date.now(), data };
    data.catch(() => {
      cached = undefined;
    });
  }
  return cached.data;
}
