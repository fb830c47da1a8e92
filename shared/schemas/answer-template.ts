/** An agency's answer template (shared/answer-templates.ts says what a placeholder is). */
import * as z from 'zod';
import { templateProblem } from '../answer-templates.ts';
import { ANSWER_RESULTS } from '../vocabulary.ts';
import { id, text } from './common.ts';

const templateText = text(10, 20_000, { multiline: true }).superRefine((value, ctx) => {
  const problem = templateProblem(value);
  if (problem?.kind === 'unknownPlaceholder')
    ctx.addIssue({ code: 'custom', message: 'field.unknownPlaceholder' });
  if (problem?.kind === 'unbalancedBraces')
    ctx.addIssue({ code: 'custom', message: 'field.unbalancedBraces' });
});

export const AnswerTemplateInput = z.object({
  name: text(1, 120),
  text: templateText,
  /** The answer's result this template usually goes with (the console preselects it). */
  result: z.enum(ANSWER_RESULTS, { error: 'field.invalidChoice' }).optional(),
});
export type AnswerTemplateInput = z.infer<typeof AnswerTemplateInput>;

export const AnswerTemplate = AnswerTemplateInput.extend({
  id,
  agencyId: id,
  version: z.number().int().min(1),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type AnswerTemplate = z.infer<typeof AnswerTemplate>;
