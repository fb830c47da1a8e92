/** The audit of staff reads of a submitter's contact (DESIGN §12): the record and the admin's query. */
import * as z from 'zod/mini';
import { STAFF_ROLES } from '../vocabulary.ts';
import { calendarDate, id, inputString, optional } from './common.ts';

/** One staff response that included a submitter's contact: who, in which role, when, which petition, which route. */
export const AuditRecord = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string(),
  role: z.enum(STAFF_ROLES),
  councilId: z.string(),
  code: z.string(),
  route: z.string(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

/** Audit records are kept two years, then expire (TTL). */
export const AUDIT_RETENTION_MONTHS = 24;

/**
 * GET /v1/audit: one council's records (the secretariat's own by default), by petition, by
 * member of staff, or by period alone; `from`/`to` are Vietnam calendar dates, inclusive.
 */
export const AuditQuery = z
  .object({
    council: optional(id),
    petition: optional(inputString(40, 'field.invalid')),
    user: optional(
      z.pipe(
        inputString(128, 'field.invalid'),
        z.string().check(z.regex(/^[A-Za-z0-9@._-]+$/, { error: 'field.invalid' })),
      ),
    ),
    from: optional(calendarDate),
    to: optional(calendarDate),
    limit: z._default(
      z.coerce.number({ error: 'field.invalidType' }).check(z.int(), z.gte(1), z.lte(200)),
      100,
    ),
  })
  .check(
    z.refine((q) => !(q.petition && q.user), { error: 'field.oneFilterOnly', path: ['user'] }),
    z.refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'field.endBeforeStart', path: ['to'] }),
  );
export type AuditQuery = z.infer<typeof AuditQuery>;
