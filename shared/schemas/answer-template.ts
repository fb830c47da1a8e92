/** An agency's answer template (shared/answer-templates.ts says what a placeholder is). */
import * as z from 'zod/mini';
import { templateProblem } from '../answer-templates.ts';
import { ANSWER_RESULTS } from '../vocabulary.ts';
import { id, text } from './common.ts';

const templateText = text(10, 20_000, { multiline: true }).check(
  z.superRefine((value, ctx) => {
    const problem = templateProblem(value);
    if (problem?.kind === 'unknownPlaceholder')
      ctx.addIssue({ code: 'custom', message: 'field.unknownPlaceholder' });
    if (problem?.kind === 'unbalancedBraces')
      ctx.addIssue({ code: 'custom', message: 'field.unbalancedBraces' });
  }),
);

export const AnswerTemplateInput = z.object({
  name: text(1, 120),
  text: templateText,
  /** The answer's result this template usually goes with (the console preselects it). */
  result: z.optional(z.enum(ANSWER_RESULTS, { error: 'field.invalidChoice' })),
});
export type AnswerTemplateInput = z.infer<typeof AnswerTemplateInput>;

export const AnswerTemplate = z.extend(AnswerTemplateInput, {
  id,
  agencyId: id,
  version: z.number().check(z.int(), z.gte(1)),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type AnswerTemplate = z.infer<typeof AnswerTemplate>;
