/**
 * /v1/councils/{councilId}: a council's settings (deadline days, auto-route) and its
 * competence rules, managed by its secretariat. Its petitions: council-petitions.ts.
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { NotFoundError } from '../../../shared/errors.ts';
import { CouncilSettingsInput, type RoutingRule, RoutingRuleInput } from '../../../shared/schemas/index.ts';
import { authorize, canManageCouncil } from '../../lib/auth/policy.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { assertReferencesExist } from '../reference-checks.ts';
import { idParam, jsonBody } from '../request.ts';

export function councilRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const app = new Hono<StaffEnv>();

  /** The council in the path, once the user may manage it. */
  const councilOf = async (c: Context<StaffEnv>, councilId: string) => {
    authorize(canManageCouncil(c.var.staff, councilId));
    const ref = await repos.reference.load();
    const council = ref.councils.get(councilId);
    if (!council) throw new NotFoundError('field.unknownCouncil');
    return { ref, council };
  };

  app.get('/:councilId', async (c) => {
    const { council } = await councilOf(c, idParam(c, 'councilId'));
    return c.json({ council });
  });

  app.put('/:councilId/settings', async (c) => {
    const councilId = idParam(c, 'councilId');
    const settings = await jsonBody(c, CouncilSettingsInput);
    const { council } = await councilOf(c, councilId);
    const updated = { ...council, settings };
    await repos.reference.update('councils', updated);
    return c.json({ council: updated });
  });

  app.get('/:councilId/routing-rules', async (c) => {
    const { ref, council } = await councilOf(c, idParam(c, 'councilId'));
    return c.json({ items: ref.routingRulesOf(council.id) });
  });

  app.post('/:councilId/routing-rules', async (c) => {
    const councilId = idParam(c, 'councilId');
    const input = await jsonBody(c, RoutingRuleInput);
    const { ref } = await councilOf(c, councilId);
    assertReferencesExist(ref, input);
    const rule: RoutingRule = {
      ...input,
      councilId,
      id: input.id ?? `${councilId}-r-${randomUUID().slice(0, 8)}`,
    };
    await repos.reference.create('routingRules', rule);
    return c.json({ rule }, 201);
  });

  app.put('/:councilId/routing-rules/:ruleId', async (c) => {
    const [councilId, ruleId] = [idParam(c, 'councilId'), idParam(c, 'ruleId')];
    const input = await jsonBody(c, z.omit(RoutingRuleInput, { id: true }));
    const { ref } = await councilOf(c, councilId);
    if (!ref.routingRulesOf(councilId).some((r) => r.id === ruleId))
      throw new NotFoundError('entity.notFound');
    assertReferencesExist(ref, input);
    const rule: RoutingRule = { ...input, councilId, id: ruleId };
    await repos.reference.update('routingRules', rule);
    return c.json({ rule });
  });

  return app;
}
