/**
 * "Me too" (tôi cũng kiến nghị việc này): a citizen adds their voice to an existing petition.
 * The commune is required (it is counted); a contact is optional and, when given, is personal
 * data kept like a submitter's (never public) and the consent to be told about the petition.
 */
import * as z from 'zod/mini';
import { privacyNoticeOf } from '../privacy-notice.ts';
import { email, id, inputString, optional, phone } from './common.ts';

export const SupporterInput = z.object({
  communeId: id,
  email: optional(email),
  phone: optional(phone),
  /** The privacy notice the form showed (a hidden field); the current one when left out. */
  privacyNoticeVersion: optional(
    inputString(20, 'field.invalid').check(
      z.refine((v) => privacyNoticeOf(v) !== undefined, {
        error: 'field.invalid',
      }),
    ),
  ),
});
export type SupporterInput = z.infer<typeof SupporterInput>;

/** One supporter as stored (sk PRIVATE#SUPPORTER#<id> in the petition's partition). */
export const StoredSupporter = z.object({
  code: z.string(),
  supporterId: z.string(),
  communeId: id,
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  locale: z.optional(z.enum(['vi', 'en'])),
  supportedAt: z.string(),
  noticeVersion: z.string(),
});
export type StoredSupporter = z.infer<typeof StoredSupporter>;
