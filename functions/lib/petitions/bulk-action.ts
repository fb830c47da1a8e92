/**
 * One action on several petitions of a queue: each petition goes through the same
 * single-petition action the console calls one by one (its permission, its status machine
 * step, its own event and so its own notification, its version-conditioned transaction),
 * at the version the officer saw. One petition's refusal does not stop the others; the
 * outcome says, per code, which were done and why the others were not.
 */
import { renderTemplate, type TemplateValues } from '../../../shared/answer-templates.ts';
import { type DomainError, ForbiddenError, IllegalTransitionError } from '../../../shared/errors.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import {
  type AnswerTemplate,
  answerInputAt,
  type BulkActionInput,
  type Petition,
} from '../../../shared/schemas/index.ts';
import { formatVietnamDate } from '../../../shared/time.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';
import { AnswerTemplateRepository } from '../data/answer-template-repository.ts';
import { domainErrorOf } from '../http/errors.ts';
import { parseInput } from '../http/validation.ts';
import { requireOn } from './access.ts';
import { acknowledgePetition, answerPetition, routePetition } from './actions.ts';
import { loadPetition, type StaffActionContext } from './staff-action.ts';

export interface BulkOutcome {
  done: Petition[];
  failed: { code: string; error: DomainError }[];
}

export async function applyBulkAction(ctx: StaffActionContext, input: BulkActionInput): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { done: [], failed: [] };
  const act = actionOf(ctx, input);
  for (const { code, version } of input.items) {
    try {
      outcome.done.push(await act({ ...ctx, expectedVersion: version }, code));
    } catch (error) {
      const domain = domainErrorOf(error);
      if (!domain) throw error;
      outcome.failed.push({ code, error: domain });
    }
  }
  if (outcome.done.length === 0 && outcome.failed.every((f) => f.error instanceof ForbiddenError))
    throw new ForbiddenError('bulk.forbidden');
  return outcome;
}

type SingleAction = (ctx: StaffActionContext, code: string) => Promise<Petition>;

function actionOf(ctx: StaffActionContext, input: BulkActionInput): SingleAction {
  switch (input.action) {
    case 'route':
      return (c, code) => routePetition(c, code, { agencyId: input.agencyId, reason: input.reason });
    case 'acknowledge':
      return (c, code) => acknowledgePetition(c, code, { reason: input.reason });
    case 'answer':
      return answerFromTemplate(ctx, input);
  }
}

/** The template of the agency each petition is with, filled in for that petition, then the one answer action. */
function answerFromTemplate(
  ctx: StaffActionContext,
  input: Extract<BulkActionInput, { action: 'answer' }>,
): SingleAction {
  const templates = new AnswerTemplateRepository(ctx.repos.db);
  const byAgency = new Map<string, Promise<AnswerTemplate>>();
  return async (c, code) => {
    const petition = await loadPetition(c, code);
    await requireOn(c.repos, c.user, petition, 'answer');
    if (!petition.agencyId)
      throw new IllegalTransitionError('status.illegalTransition', {
        action: 'answer',
        status: petition.status,
      });
    const agencyId = petition.agencyId;
    if (!byAgency.has(agencyId)) byAgency.set(agencyId, templates.get(agencyId, input.templateId));
    const template = await byAgency.get(agencyId)!;
    const values = templateValues(await c.repos.reference.load(), petition, c.now);
    const answer = parseInput(answerInputAt(c.now), {
      text: renderTemplate(template.text, values),
      documentNumber: input.documentNumber,
      documentDate: input.documentDate,
      result: input.result,
      resolveBy: input.resolveBy,
    });
    return answerPetition(c, code, answer);
  };
}

/** What each placeholder becomes for one petition (public facts only: never the submitter's contact). */
export function templateValues(ref: ReferenceData, petition: Petition, now: Date): TemplateValues {
  return {
    commune: ref.units.get(petition.communeId)?.name ?? petition.communeId,
    date: formatVietnamDate(now.toISOString()),
    code: formatTrackingCode(petition.code),
    title: petition.title,
    field: ref.fields.get(petition.fieldId)?.name ?? petition.fieldId,
    agency: (petition.agencyId && ref.agencies.get(petition.agencyId)?.name) || '',
  };
}
