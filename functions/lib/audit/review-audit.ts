/**
 * The review of staff reads of contacts (GET /v1/audit): the admin any council's, a
 * secretariat its own council's. One council at a time, by petition (gsi4), by member of
 * staff (gsi6) or by period alone (the council's month partitions), newest first.
 */
import { ValidationError } from '../../../shared/errors.ts';
import { AUDIT_RETENTION_MONTHS, type AuditQuery, type StaffUser } from '../../../shared/schemas/index.ts';
import { toUtcIso } from '../../../shared/time.ts';
import { parseTrackingCode } from '../../../shared/tracking-code.ts';
import { authorize, canManageCouncil } from '../auth/policy.ts';
import type { AuditPage } from '../data/audit-repository.ts';
import type { Repositories } from '../data/index.ts';

const DAY = 86_400_000;
/** The period when none is given: the last 30 days for the council's log, the two years kept for a filter. */
const DEFAULT_DAYS = 30;

export async function reviewAudit(
  deps: { repos: Repositories; user: StaffUser; now: Date },
  query: AuditQuery,
): Promise<AuditPage & { councilId: string; from: string; to: string }> {
  const { repos, user, now } = deps;
  const councilId = query.council ?? (user.role === 'secretariat' ? user.councilId : undefined);
  if (!councilId) throw new ValidationError({ council: { key: 'field.required' } });
  authorize(canManageCouncil(user, councilId));
  if (!(await repos.reference.load()).councils.has(councilId))
    throw new ValidationError({ council: { key: 'field.unknownCouncil' } });

  const filtered = query.petition !== undefined || query.user !== undefined;
  const to = query.to ? Date.parse(toUtcIso(query.to)!) + DAY : now.getTime() + 1;
  const from = query.from
    ? Date.parse(toUtcIso(query.from)!)
    : to - (filtered ? AUDIT_RETENTION_MONTHS * 31 : DEFAULT_DAYS) * DAY;
  if (to - from > (AUDIT_RETENTION_MONTHS * 31 + 1) * DAY)
    throw new ValidationError({
      from: { key: 'field.rangeTooLong', params: { max: AUDIT_RETENTION_MONTHS } },
    });
  const range = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };

  let page: AuditPage;
  if (query.petition !== undefined) {
    let code: string;
    try {
      code = parseTrackingCode(query.petition);
    } catch (error) {
      throw new ValidationError({ petition: { key: 'code.invalid' } }, 'request.invalid', { cause: error });
    }
    page = await repos.audit.listByPetition(councilId, code, range, query.limit);
  } else if (query.user !== undefined) {
    page = await repos.audit.listByUser(councilId, query.user, range, query.limit);
  } else {
    page = await repos.audit.listByTime(councilId, range, query.limit);
  }
  return { ...page, councilId, ...range };
}
