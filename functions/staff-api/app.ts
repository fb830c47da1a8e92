/**
 * The staff API: what the secretariat, agency officers, delegates and admins call from the
 * staff console. Every route but GET /health needs a valid staff token; what each role may
 * do is decided by the policy (functions/lib/auth/policy.ts). Routes are grouped by resource.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { handleNotFound } from '../lib/http/errors.ts';
import { withCatalogue } from '../lib/http/locale.ts';
import { withSecurityHeaders } from '../lib/http/security-headers.ts';
import { authenticate } from './authenticate.ts';
import type { StaffApiDependencies } from './dependencies.ts';
import type { StaffEnv } from './env.ts';
import { handleStaffError } from './errors.ts';
import { agencyRoutes } from './routes/agencies.ts';
import { answerTemplateRoutes } from './routes/answer-templates.ts';
import { apiKeyRoutes } from './routes/api-keys.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { auditRoutes } from './routes/audit.ts';
import { bulkActionRoutes } from './routes/bulk-actions.ts';
import { councilPetitionRoutes } from './routes/council-petitions.ts';
import { councilStructureRoutes } from './routes/council-structure.ts';
import { councilRoutes } from './routes/councils.ts';
import { groupRoutes } from './routes/groups.ts';
import { holidayRoutes } from './routes/holidays.ts';
import { meRoutes } from './routes/me.ts';
import { meetingReportRoutes } from './routes/meeting-reports.ts';
import { meetingRoutes } from './routes/meetings.ts';
import { openPetitionRoutes } from './routes/open-petitions.ts';
import { oversightRoutes } from './routes/oversight.ts';
import { petitionSearchRoutes } from './routes/petition-search.ts';
import { petitionRoutes } from './routes/petitions.ts';
import { recordDocumentRoutes } from './routes/record-documents.ts';
import { resolutionRoutes } from './routes/resolutions.ts';
import { sessionRoutes } from './routes/sessions.ts';

export type { StaffApiDependencies } from './dependencies.ts';

export function createStaffApp(deps: StaffApiDependencies) {
  const { repos } = deps;
  const app = new Hono<StaffEnv>();
  // First, so that the CORS preflight and every error carry the headers too.
  app.use('*', withSecurityHeaders());
  app.use('*', withCatalogue());

  if (deps.consoleOrigins && deps.consoleOrigins.length > 0) {
    // Answers the browser's preflight before sign-in is checked (a preflight carries no token).
    app.use(
      '*',
      cors({
        origin: [...deps.consoleOrigins],
        allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language'],
        // The console names a downloaded report with the file name the API gives it.
        exposeHeaders: ['Content-Disposition'],
        maxAge: 600,
      }),
    );
  }

  app.get('/health', async (c) => {
    await repos.db.doc.send(
      new GetCommand({ TableName: repos.db.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }),
    );
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });

  const signedIn = authenticate(deps.verifyToken);
  app.use('*', async (c, next) => {
    if (c.req.path === '/health' && c.req.method === 'GET') return next();
    c.header('Cache-Control', 'no-store');
    return signedIn(c, next);
  });

  app.route('/v1/me', meRoutes(deps));
  app.route('/v1/petitions', petitionRoutes(deps));
  // Attachments (DESIGN §10): files through presigned links; absent without a bucket.
  if (deps.attachments) app.route('/v1/petitions', attachmentRoutes(deps, deps.attachments));
  if (deps.attachments) app.route('/v1', recordDocumentRoutes(deps, deps.attachments));
  app.route('/v1/councils', councilRoutes(deps));
  app.route('/v1/councils', councilPetitionRoutes(deps));
  app.route('/v1/agencies', agencyRoutes(deps));
  app.route('/v1/groups', groupRoutes(deps));
  // Meetings, the council's structure they stand on, compliance and the summary report.
  app.route('/v1/meetings', meetingRoutes(deps));
  // Sessions, their agenda and voters' views on it (DESIGN §8).
  app.route('/v1/sessions', sessionRoutes(deps));
  app.route('/v1/councils', councilStructureRoutes(deps));
  app.route('/v1', meetingReportRoutes(deps));
  // Open311 API keys of integrators (the admin's).
  app.route('/v1/api-keys', apiKeyRoutes(deps));
  // The audit of staff reads of submitters' contacts.
  app.route('/v1/audit', auditRoutes(deps));
  // Oversight: activities, follow-up items, and the agency's combined queue (DESIGN §9).
  app.route('/v1', oversightRoutes(deps));
  // Resolutions, interpellations and their commitments, a session's results (DESIGN §8).
  app.route('/v1', resolutionRoutes(deps));
  // Working days, templates, bulk actions and the secretariat's desk (issue #20).
  app.route('/v1/holidays', holidayRoutes(deps));
  app.route('/v1/agencies', answerTemplateRoutes(deps));
  app.route('/v1/petitions', bulkActionRoutes(deps));
  app.route('/v1/councils', openPetitionRoutes(deps));
  // Staff search over a council's petitions, every status (issue #19 §3).
  app.route('/v1/councils', petitionSearchRoutes(deps));

  app.notFound(handleNotFound);
  app.onError(handleStaffError);
  return app;
}
