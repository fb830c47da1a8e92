/**
 * /v1/councils/{councilId}/sessions | electoral-units | groups | delegates: the council's
 * structure, kept by its secretariat (or an admin). GET lists, POST adds (201), PUT
 * /{id} replaces a record of this council. Bad input is refused before any write.
 */
import { type Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import { NotFoundError } from '../../../shared/errors.ts';
import {
  CouncilSessionInput,
  DelegateGroupInput,
  DelegateInput,
  ElectoralUnitInput,
} from '../../../shared/schemas/index.ts';
import { authorize, canManageCouncil } from '../../lib/auth/policy.ts';
import { type StructureKind, structureRecord } from '../../lib/meetings/council-structure.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, jsonBody } from '../request.ts';

const RESOURCES: { path: string; kind: StructureKind; input: z.ZodMiniType; name: string }[] = [
  { path: 'sessions', kind: 'sessions', input: CouncilSessionInput, name: 'session' },
  { path: 'electoral-units', kind: 'electoralUnits', input: ElectoralUnitInput, name: 'electoralUnit' },
  { path: 'groups', kind: 'delegateGroups', input: DelegateGroupInput, name: 'group' },
  { path: 'delegates', kind: 'delegates', input: DelegateInput, name: 'delegate' },
];

export function councilStructureRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const app = new Hono<StaffEnv>();

  const councilOf = async (c: Context<StaffEnv>) => {
    const councilId = idParam(c, 'councilId');
    authorize(canManageCouncil(c.var.staff, councilId));
    const ref = await repos.reference.load({ fresh: true });
    if (!ref.councils.has(councilId)) throw new NotFoundError('field.unknownCouncil');
    return { councilId, ref };
  };

  for (const { path, kind, input, name } of RESOURCES) {
    app.get(`/:councilId/${path}`, async (c) => {
      const { councilId, ref } = await councilOf(c);
      return c.json({ items: ref.records[kind].filter((r) => r.councilId === councilId) });
    });

    app.post(`/:councilId/${path}`, async (c) => {
      const body = (await jsonBody(c, input)) as Parameters<typeof structureRecord>[3];
      const { councilId, ref } = await councilOf(c);
      const record = structureRecord(kind, ref, councilId, body);
      await repos.reference.create(kind, record as never);
      return c.json({ [name]: record }, 201);
    });

    app.put(`/:councilId/${path}/:recordId`, async (c) => {
      const recordId = idParam(c, 'recordId');
      const body = (await jsonBody(c, input)) as Parameters<typeof structureRecord>[3];
      const { councilId, ref } = await councilOf(c);
      const existing = ref.records[kind].find((r) => r.id === recordId);
      if (existing?.councilId !== councilId) throw new NotFoundError('entity.notFound');
      const record = structureRecord(kind, ref, councilId, body, recordId);
      await repos.reference.update(kind, record as never);
      return c.json({ [name]: record });
    });
  }

  return app;
}
