/**
 * The secretariat's "all open petitions" view: the council's petitions still waiting for
 * an answer, narrowed by status, competent body, field, commune, and overdue only.
 */
import * as z from 'zod/mini';
import { OPEN_PETITION_STATUSES } from '../vocabulary.ts';
import { id, optional } from './common.ts';
import { PageQuery } from './staff.ts';

export const OpenPetitionsQuery = z.extend(PageQuery, {
  status: optional(z.enum(OPEN_PETITION_STATUSES, { error: 'field.invalidChoice' })),
  agency: optional(id),
  field: optional(id),
  commune: optional(id),
  overdue: z.pipe(
    optional(z.enum(['true', 'false'], { error: 'field.invalidChoice' })),
    z.transform((v) => v === 'true'),
  ),
});
export type OpenPetitionsQuery = z.infer<typeof OpenPetitionsQuery>;
