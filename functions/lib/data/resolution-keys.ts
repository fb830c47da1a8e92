/**
 * The keys of resolutions, built here and nowhere else (the layout is in
 * resolution-repository.ts). No SDK import, so infra and tests can read a key.
 */
import type { Resolution, ResolutionStatus } from '../../../shared/schemas/index.ts';

const council = (councilId: string) => `COUNCIL#${councilId}#RESOLUTIONS`;

export const resolutionKeys = {
  pk: (id: string) => `RESOLUTION#${id}`,
  resolutionSk: 'RESOLUTION',
  /** The council's number register: one item per number, so a second one fails its condition. */
  numberPk: (councilId: string, number: string) => `RESOLUTION_NUMBER#${councilId}#${number}`,
  numberSk: 'RESOLUTION_NUMBER',
  /** The list copies a resolution keeps in its own partition, one per list it appears in. */
  statusCopySk: 'LIST#STATUS',
  sessionCopySk: 'LIST#SESSION',
  fieldCopySk: (fieldId: string) => `LIST#FIELD#${fieldId}`,
  fieldStatusCopySk: (fieldId: string) => `LIST#FIELD#${fieldId}#STATUS`,
  /** gsi8 partitions: a council's resolutions, narrowed by field and/or status. */
  council,
  byStatus: (councilId: string, status: ResolutionStatus) => `${council(councilId)}#STATUS#${status}`,
  byField: (councilId: string, fieldId: string) => `${council(councilId)}#FIELD#${fieldId}`,
  byFieldStatus: (councilId: string, fieldId: string, status: ResolutionStatus) =>
    `${council(councilId)}#FIELD#${fieldId}#STATUS#${status}`,
  bySession: (sessionId: string) => `SESSION#${sessionId}#RESOLUTIONS`,
  /** Newest first by adoption day; a year is a range of this sort key. */
  adoptedSk: (r: Pick<Resolution, 'adoptedOn' | 'id'>) => `${r.adoptedOn}#${r.id}`,
  yearRange: (year: number) => ({ atLeast: `${year}-01-01`, atMost: `${year}-12-31#\uffff` }),
};
