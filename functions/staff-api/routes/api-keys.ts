/**
 * /v1/api-keys: the admin issues an Open311 API key per integrator (the clear key is in the
 * answer to the issue and nowhere else, ever), lists the keys, and revokes one.
 */
import { Hono } from 'hono';
import { ApiKeyId, ApiKeyInput } from '../../../shared/schemas/index.ts';
import { authorize, canManageApiKeys } from '../../lib/auth/policy.ts';
import { parseInput } from '../../lib/http/validation.ts';
import { issueApiKey } from '../../lib/open311/api-keys.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { jsonBody } from '../request.ts';

export function apiKeyRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const now = deps.now ?? (() => new Date());
  const app = new Hono<StaffEnv>();

  app.use('*', async (c, next) => {
    authorize(canManageApiKeys(c.var.staff));
    await next();
  });

  app.get('/', async (c) => c.json({ items: await repos.apiKeys.list() }));

  app.post('/', async (c) => {
    const input = await jsonBody(c, ApiKeyInput);
    const issued = await issueApiKey(repos, input, c.var.staff.id, now());
    return c.json(issued, 201);
  });

  app.post('/:keyId/revoke', async (c) => {
    const id = parseInput(ApiKeyId, c.req.param('keyId'));
    return c.json({ apiKey: await repos.apiKeys.revoke(id, c.var.staff.id, now()) });
  });

  return app;
}
