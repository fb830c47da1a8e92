/**
 * The reference data's keys, built here and nowhere else: one partition, one item per
 * record, its sort key the record's kind and id (`COUNCIL#huu-lung`).
 */
import type { ReferenceRecords } from '../../../shared/reference-data.ts';

export const REFERENCE_KINDS = {
  councils: 'COUNCIL',
  units: 'UNIT',
  fields: 'FIELD',
  agencies: 'AGENCY',
  electoralUnits: 'ELECTORAL_UNIT',
  delegateGroups: 'GROUP',
  delegates: 'DELEGATE',
  sessions: 'SESSION',
  routingRules: 'RULE',
  holidayYears: 'HOLIDAYS',
} as const satisfies Record<keyof ReferenceRecords, string>;

export type ReferenceKind = keyof ReferenceRecords;

const kindOfPrefix = new Map<string, ReferenceKind>(
  Object.entries(REFERENCE_KINDS).map(([kind, prefix]) => [prefix, kind as ReferenceKind]),
);

export const referenceKeys = {
  pk: 'REFERENCE',
  sk: (kind: ReferenceKind, id: string) => `${REFERENCE_KINDS[kind]}#${id}`,
  /** The kind of record a sort key holds; undefined for an item of no known kind. */
  kindOf: (sk: string): ReferenceKind | undefined => kindOfPrefix.get(sk.split('#')[0] ?? ''),
};
