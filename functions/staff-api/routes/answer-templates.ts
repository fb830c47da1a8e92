/**
 * /v1/agencies/{agencyId}/templates: an agency's answer templates, kept by its officers
 * (and the admin). Edits and deletes carry the version read, so two officers editing the
 * same template do not overwrite each other. Answering from one: bulk-actions.ts.
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import * as z from 'zod';
import { NotFoundError } from '../../../shared/errors.ts';
import { type AnswerTemplate, AnswerTemplateInput } from '../../../shared/schemas/index.ts';
import { authorize, canManageTemplates } from '../../lib/auth/policy.ts';
import { AnswerTemplateRepository } from '../../lib/data/answer-template-repository.ts';
import type { StaffApiDependencies } from '../dependencies.ts';
import type { StaffEnv } from '../env.ts';
import { idParam, jsonBody } from '../request.ts';

const version = z.number({ error: 'field.invalidType' }).int({ error: 'field.invalid' }).min(1);
const TemplateUpdate = z.object({ ...AnswerTemplateInput.shape, version });
const TemplateDelete = z.object({ version });

export function answerTemplateRoutes(deps: StaffApiDependencies) {
  const { repos } = deps;
  const templates = new AnswerTemplateRepository(repos.db);
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  const app = new Hono<StaffEnv>();

  /** The agency in the path, once the user may keep its templates. */
  const agencyOf = async (c: Context<StaffEnv>) => {
    const agencyId = idParam(c, 'agencyId');
    authorize(canManageTemplates(c.var.staff, agencyId));
    if (!(await repos.reference.load()).agencies.has(agencyId))
      throw new NotFoundError('field.unknownAgency');
    return agencyId;
  };

  app.get('/:agencyId/templates', async (c) => {
    const agencyId = await agencyOf(c);
    return c.json({ items: await templates.list(agencyId) });
  });

  app.post('/:agencyId/templates', async (c) => {
    const input = await jsonBody(c, AnswerTemplateInput);
    const agencyId = await agencyOf(c);
    const template: AnswerTemplate = {
      ...input,
      id: randomUUID().slice(0, 8),
      agencyId,
      version: 1,
      updatedAt: now(),
      updatedBy: c.var.staff.id,
    };
    await templates.create(template);
    return c.json({ template }, 201);
  });

  app.put('/:agencyId/templates/:templateId', async (c) => {
    const templateId = idParam(c, 'templateId');
    const { version: read, ...input } = await jsonBody(c, TemplateUpdate);
    const agencyId = await agencyOf(c);
    await templates.get(agencyId, templateId);
    const template: AnswerTemplate = {
      ...input,
      id: templateId,
      agencyId,
      version: read + 1,
      updatedAt: now(),
      updatedBy: c.var.staff.id,
    };
    await templates.update(template);
    return c.json({ template });
  });

  app.post('/:agencyId/templates/:templateId/delete', async (c) => {
    const templateId = idParam(c, 'templateId');
    const { version: read } = await jsonBody(c, TemplateDelete);
    const agencyId = await agencyOf(c);
    await templates.get(agencyId, templateId);
    await templates.delete(agencyId, templateId, read);
    return c.json({ deleted: templateId });
  });

  return app;
}
