/** The submitter's reply to "is it resolved?" (POST /v1/petitions/{code}/resolution), through their private link. */
import * as z from 'zod/mini';
import { inputString, optional, text } from './common.ts';

export const ResolvedCheckReply = z.object({
  token: inputString(200, 'resolvedCheck.forbidden'),
  resolved: z.enum(['yes', 'no'], { error: 'field.invalidChoice' }),
  reason: optional(text(1, 2000, { multiline: true })),
});
export type ResolvedCheckReply = z.infer<typeof ResolvedCheckReply>;
