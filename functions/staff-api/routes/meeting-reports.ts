/**
 * What the secretariat reads off its meetings:
 *   GET /v1/compliance?council=&year=                      the 15-day rule and commune coverage
 *   GET /v1/reports/summary.docx|.csv?meeting=…|session=…   the summary of voters' petitions
 * A round is a session's meetings, or meetings named by `meeting` (repeated or comma-separated).
 */
import { Hono } from 'hono';
import { ComplianceQuery, SummaryReportQuery } from '../../../shared/schemas/index.ts';
import { slugify } from '../../../shared/text.ts';
import { vietnamYear } from '../../../shared/time.ts';
import { authorize, canManageCouncil } from '../../lib/auth/policy.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { councilCompliance } from '../../lib/meetings/council-compliance.ts';
import { compileSummaryReport, resolveRound } from '../../lib/reports/compile-report.ts';
import { summaryCsv } from '../../lib/reports/summary-csv.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { queryOf } from '../request.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function meetingReportRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const now = deps.now ?? (() => new Date());
  const app = new Hono<StaffEnv>();

  app.get('/compliance', async (c) => {
    const query = queryOf(c, ComplianceQuery);
    authorize(canManageCouncil(c.var.staff, query.council));
    return c.json(await councilCompliance(repos, query.council, query.year ?? vietnamYear(now())));
  });

  app.get('/reports/:file{summary\\.(?:docx|csv)}', async (c) => {
    const query = parseInput(SummaryReportQuery, {
      meeting: c.req.queries('meeting'),
      session: c.req.query('session') || undefined,
    });
    const round = await resolveRound({ repos, now }, query);
    authorize(canManageCouncil(c.var.staff, round.council.id));
    const report = await compileSummaryReport({ repos, now }, round);
    const name = `bao-cao-tong-hop-kien-nghi-cu-tri-${slugify(round.session?.id ?? round.meetings.map((m) => m.id).join('-')).slice(0, 80)}`;
    if (c.req.param('file').endsWith('.csv')) {
      return c.body(summaryCsv(report), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
      });
    }
    // The Word writer (docx) is a chunk of its own, loaded by the first .docx asked for:
    // every other staff request's cold start goes without it (infra/build-functions.ts).
    const { summaryDocx } = await import('../../lib/reports/summary-docx.ts');
    return c.body(new Uint8Array(await summaryDocx(report)), 200, {
      'Content-Type': DOCX,
      'Content-Disposition': `attachment; filename="${name}.docx"`,
    });
  });

  return app;
}
