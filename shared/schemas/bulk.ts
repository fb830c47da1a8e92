/**
 * One action on several petitions of a queue (route, acknowledge, answer from a template):
 * each petition named with the version the officer saw, so a petition changed since then
 * is refused on its own, like a single action would be.
 */
import * as z from 'zod/mini';
import { ANSWER_RESULTS, BULK_ACTIONS } from '../vocabulary.ts';
import { calendarDate, id, optional, text } from './common.ts';
import { trackingCode } from './staff.ts';

/** At most this many petitions per request: each is its own read and transaction. */
export const MAX_BULK_PETITIONS = 50;

const BulkItem = z.object({
  code: trackingCode,
  version: z
    .number({ error: 'field.invalidType' })
    .check(z.int({ error: 'field.invalid' }), z.gte(1, { error: 'field.invalid' })),
});

const items = z.array(BulkItem).check(
  z.minLength(1, { error: 'field.tooFew' }),
  z.maxLength(MAX_BULK_PETITIONS, { error: 'field.tooMany' }),
  z.refine((list) => new Set(list.map((i) => i.code)).size === list.length, {
    error: 'field.duplicateCode',
  }),
);

const note = optional(text(3, 2000, { multiline: true }));

export const BulkActionInput = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('route'), items, agencyId: id, reason: note }),
    z.object({ action: z.literal('acknowledge'), items, reason: note }),
    z.object({
      action: z.literal('answer'),
      items,
      /** A template of the agency each petition is routed to (the text is filled in per petition). */
      templateId: id,
      documentNumber: text(1, 60),
      documentDate: calendarDate,
      result: z.enum(ANSWER_RESULTS, { error: 'field.invalidChoice' }),
      resolveBy: z.optional(calendarDate),
    }),
  ],
  { error: 'field.invalidChoice' },
);
export type BulkActionInput = z.infer<typeof BulkActionInput>;
export { BULK_ACTIONS };
