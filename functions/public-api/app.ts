/**
 * The public API: what a citizen's browser (and the static site's build) calls, with no
 * account. Routes are grouped by resource; each route parses its input with a schema
 * from shared/ and answers through the one error handler.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono/quick';
import { handleError, handleNotFound } from '../lib/http/errors.ts';
import { withCatalogue } from '../lib/http/locale.ts';
import { withSecurityHeaders } from '../lib/http/security-headers.ts';
import { staticSearchIndex } from '../lib/search/static-index.ts';
import type { PublicApiDependencies } from './dependencies.ts';
import { lazyRoutes } from './lazy-routes.ts';
import { originCheck } from './origin-check.ts';
import { findCommunePages } from './pages/find-commune.ts';
import { followPages } from './pages/follow-pages.ts';
import { petitionPages } from './pages/petition-pages.ts';
import { searchPages } from './pages/search-page.ts';
import { publicAttachmentRoutes } from './routes/attachments.ts';
import { citizenResolutionRoutes } from './routes/citizen-resolutions.ts';
import { councilsRoutes } from './routes/councils.ts';
import { meetingsRoutes } from './routes/meetings.ts';
import { petitionRoutes } from './routes/petitions.ts';
import { publicRecordDocumentRoutes } from './routes/record-documents.ts';
import { referenceRoutes } from './routes/reference.ts';
import { resolutionsRoutes } from './routes/resolutions.ts';
import { resolvedCheckRoutes } from './routes/resolved-check.ts';
import { resultsRoutes } from './routes/results.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { similarPetitionRoutes } from './routes/similar-petitions.ts';
import { statisticsRoutes } from './routes/statistics.ts';
import { subscriptionRoutes } from './routes/subscriptions.ts';
import { supporterRoutes } from './routes/supporters.ts';
import { uploadRoutes } from './routes/uploads.ts';

export function createPublicApp(deps: PublicApiDependencies) {
  const { repos } = deps;
  const app = new Hono();
  app.use('*', withSecurityHeaders());
  app.use('*', withCatalogue());
  // Before every route, the health check and the 404 included: on AWS only CloudFront gets in.
  app.use(originCheck(deps.config.ORIGIN_SECRET));

  app.get('/health', async (c) => {
    // A real round trip: a read of a key that never exists costs half a read unit.
    await repos.db.doc.send(
      new GetCommand({ TableName: repos.db.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } }),
    );
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });

  // Open311 GeoReport v2 for integrators' apps (DESIGN §11): its own documents and errors.
  // Its code (a tenth of the bundle) loads with the first Open311 request, not at a cold start.
  const open311 = '/open311/v2';
  app.route(
    open311,
    lazyRoutes(open311, async () => (await import('./open311/routes.ts')).open311Routes(deps)),
  );

  // What the static site's build reads, and the no-JavaScript commune search.
  app.route('/v1/results', resultsRoutes(repos));
  app.route('/v1/statistics', citizenResolutionRoutes(deps));
  app.route('/v1/statistics', statisticsRoutes(repos, deps.now));
  app.route('/v1/councils', councilsRoutes(repos));
  // Meetings and their calendars: /v1/meetings, /v1/meetings.ics, /v1/meetings/{id}[.ics].
  app.route('/v1', meetingsRoutes(deps));
  // Resolutions and a session's results (DESIGN §8): /v1/resolutions[/{id}], /v1/sessions/{id}/results.
  app.route('/v1', resolutionsRoutes(repos));
  // Council sessions, their agenda and voters' views (DESIGN §8): /v1/sessions, .ics, /{id}, /{id}/views.
  app.route('/v1', sessionRoutes(deps));
  // Oversight (DESIGN §9) loads with its first request too: read by the site's build and few
  // voters, its schemas were a fifth of those a cold start built. It answers as the rest does.
  const oversight = '/v1/oversight';
  app.route(
    oversight,
    lazyRoutes(oversight, async () => (await import('./routes/oversight.ts')).oversightRoutes(deps), {
      onError: handleError,
      notFound: handleNotFound,
    }),
  );
  app.route('/', findCommunePages(repos));
  // Search of published results without JavaScript, from the index built with the site.
  const index =
    deps.searchIndex ??
    staticSearchIndex({ baseUrl: deps.config.SEARCH_INDEX_URL ?? deps.config.PUBLIC_SITE_URL });
  app.route('/', searchPages(index));

  // Citizens' petitions: submit, track, feedback; the form's choices; the pages without JavaScript.
  // Similar petitions and "me too" first: "/similar" is not a tracking code.
  app.route('/v1/petitions', similarPetitionRoutes(deps));
  app.route('/v1/petitions', supporterRoutes(deps));
  app.route('/v1/petitions', resolvedCheckRoutes(deps));
  app.route('/v1/petitions', petitionRoutes(deps));
  app.route('/v1/reference', referenceRoutes(repos));
  app.route('/', petitionPages(deps));
  // Following a petition or a commune: subscribe, confirm by link, stop by link.
  app.route('/v1/subscriptions', subscriptionRoutes(deps));
  app.route('/', followPages(deps));
  // Attachments: a presigned POST per file, then the processing step (functions/attachment-processor).
  if (deps.attachments) {
    app.route('/v1/uploads', uploadRoutes(deps, deps.attachments));
    app.route('/v1/petitions', publicAttachmentRoutes(deps, deps.attachments));
    app.route('/v1', publicRecordDocumentRoutes(deps, deps.attachments));
  }

  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
