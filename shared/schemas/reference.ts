/**
 * Reference data: councils, the administrative unit tree, fields, agencies, the
 * delegates and their groups, council sessions, and the competence matrix.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_CONTACT_RETENTION_MONTHS,
  DEFAULT_DEADLINE_DAYS,
  DEFAULT_FEEDBACK_DAYS,
} from '../council-defaults.ts';
import { SHORT_NOTICE_KINDS, type ShortNoticeKind } from '../notify-channels.ts';
import { DEADLINE_COUNTINGS, SESSION_KINDS, SESSION_STATUSES, UNIT_TYPES } from '../vocabulary.ts';
import { calendarDate, email, id, text, wholeNumber } from './common.ts';

export { UNIT_TYPES, type UnitType } from '../vocabulary.ts';

/** An administrative unit. Districts remain for older records (before 1 July 2025). */
export const AdministrativeUnit = z.object({
  id,
  name: text(1, 120),
  type: z.enum(UNIT_TYPES, { error: 'field.invalidChoice' }),
  parentId: z.nullable(id),
});
export type AdministrativeUnit = z.infer<typeof AdministrativeUnit>;

export {
  DEFAULT_CONTACT_RETENTION_MONTHS,
  DEFAULT_DEADLINE_DAYS,
  DEFAULT_FEEDBACK_DAYS,
} from '../council-defaults.ts';

export { SHORT_NOTICE_KINDS, type ShortNoticeKind };

export const SmsSettings = z.object({
  enabled: z._default(z.boolean({ error: 'field.invalidType' }), false),
});
export type SmsSettings = z.infer<typeof SmsSettings>;

/** Zalo's ids are digits: an OA id (up to 20) and template ids. */
const zaloId = (max: number) =>
  z.pipe(
    z.transform((v) =>
      typeof v === 'number' ? String(v) : typeof v === 'string' && v.trim() === '' ? undefined : v,
    ),
    z.optional(
      z
        .string({ error: 'field.invalidType' })
        .check(z.trim(), z.regex(new RegExp(`^\\d{1,${max}}$`), { error: 'field.invalidZaloId' })),
    ),
  );

export const ZaloSettings = z
  .object({
    enabled: z._default(z.boolean({ error: 'field.invalidType' }), false),
    oaId: zaloId(20),
    templates: z._default(
      z.partial(
        z.object(
          Object.fromEntries(SHORT_NOTICE_KINDS.map((k) => [k, zaloId(12)])) as {
            [K in ShortNoticeKind]: ReturnType<typeof zaloId>;
          },
        ),
      ),
      {},
    ),
  })
  .check(
    z.refine((z) => !z.enabled || z.oaId !== undefined, { error: 'field.required', path: ['oaId'] }),
    z.refine((z) => !z.enabled || Object.values(z.templates).some((t) => t !== undefined), {
      error: 'field.zaloTemplateRequired',
      path: ['templates', 'received'],
    }),
  );
export type ZaloSettings = z.infer<typeof ZaloSettings>;

export const CouncilSettings = z.object({
  /** Days an agency has to answer, from routing. */
  deadlineDays: z._default(
    z.coerce.number({ error: 'field.invalidType' }).check(z.int(), z.gte(1), z.lte(365)),
    DEFAULT_DEADLINE_DAYS,
  ),
  /** Days the submitter's "not satisfied" link works, from the answer it was sent for. */
  feedbackDays: z._default(
    z.coerce.number({ error: 'field.invalidType' }).check(z.int(), z.gte(1), z.lte(365)),
    DEFAULT_FEEDBACK_DAYS,
  ),
  /** Months the submitter's contact is kept once the petition is answered, closed, rejected, merged or withdrawn. */
  contactRetentionMonths: z._default(
    wholeNumber(1, 120, 'field.contactRetentionMonths'),
    DEFAULT_CONTACT_RETENTION_MONTHS,
  ),
  /** Route straight to the proposed agency, without the secretariat's confirmation. */
  autoRoute: z._default(z.boolean({ error: 'field.invalidType' }), false),
  /** Text messages to submitters who gave a mobile number (DESIGN §10), from the deployment's sender id; absent: off. */
  sms: z.optional(SmsSettings),
  /** Zalo ZNS messages: the council's OA and the template Zalo approved for each notice; absent: off. */
  zalo: z.optional(ZaloSettings),
  /** Whether `deadlineDays` are calendar days (absent) or working days (weekends and the holiday calendar skipped). */
  deadlineCounting: z.optional(z.enum(DEADLINE_COUNTINGS, { error: 'field.invalidChoice' })),
});
export type CouncilSettings = z.infer<typeof CouncilSettings>;

export const SIGNER_OFFICES = ['chair', 'vice_chair'] as const;
export type SignerOffice = (typeof SIGNER_OFFICES)[number];

/**
 * What the council's documents print (Decree 30/2020/NĐ-CP): who signs for its standing
 * committee (a vice-chair signs "KT. CHỦ TỊCH"), and who receives a copy besides the
 * addressees ("Nơi nhận"; the archive line is always added).
 */
export const CouncilDocuments = z.object({
  signer: z.object({
    name: text(1, 120),
    office: z.enum(SIGNER_OFFICES, { error: 'field.invalidChoice' }),
  }),
  copiesTo: z._default(z.array(text(1, 200)).check(z.maxLength(20, { error: 'field.tooMany' })), []),
});
export type CouncilDocuments = z.infer<typeof CouncilDocuments>;

/** A People's Council (HĐND) of a province, (formerly) district, or commune. */
export const Council = z.object({
  id,
  name: text(1, 160),
  unitId: id,
  level: z.enum(UNIT_TYPES),
  settings: CouncilSettings,
  documents: z.optional(CouncilDocuments),
  /** The standing committee's office mailbox (văn phòng): overdue follow-up items are reported there. */
  email: z.optional(email),
});
export type Council = z.infer<typeof Council>;

/** A field (lĩnh vực) a petition is about. */
export const Field = z.object({ id, name: text(1, 120), nameEn: text(1, 120) });
export type Field = z.infer<typeof Field>;

/** A competent body: a People's Committee, a department, the police… */
export const Agency = z.object({
  id,
  name: text(1, 200),
  /** The unit whose territory the agency serves. */
  unitId: id,
  level: z.enum(UNIT_TYPES),
  /** The agency's official mailbox for new assignments and reminders (not a person's). */
  email: z.optional(email),
});
export type Agency = z.infer<typeof Agency>;

/** An electoral unit (đơn vị bầu cử) of a council: the communes whose voters elect its delegates. */
export const ElectoralUnit = z.object({
  id,
  councilId: id,
  number: z.number().check(z.int(), z.gte(1), z.lte(999)),
  name: text(1, 160),
  communeIds: z.array(id).check(z.minLength(1, { error: 'field.tooFew' }), z.maxLength(100)),
});
export type ElectoralUnit = z.infer<typeof ElectoralUnit>;

/** A delegate group (Tổ đại biểu), elected in one electoral unit. */
export const DelegateGroup = z.object({
  id,
  councilId: id,
  name: text(1, 160),
  electoralUnitId: id,
});
export type DelegateGroup = z.infer<typeof DelegateGroup>;

export const Delegate = z.object({
  id,
  councilId: id,
  groupId: id,
  name: text(1, 120),
  /** Public role, e.g. "Phó Chủ tịch HĐND huyện". */
  title: z.optional(text(1, 200)),
  /** The delegate's official mailbox for overdue reminders. */
  email: z.optional(email),
});
export type Delegate = z.infer<typeof Delegate>;

/** A council session (kỳ họp); before-session meetings are planned against its opening date. */
export const CouncilSession = z.object({
  id,
  councilId: id,
  name: text(1, 200),
  number: z.number().check(z.int(), z.gte(1), z.lte(999)),
  opensOn: calendarDate,
  // Issue #15 (DESIGN §8): what a planned session says about itself; absent on older records.
  kind: z.optional(z.enum(SESSION_KINDS, { error: 'field.invalidChoice' })),
  closesOn: z.optional(calendarDate),
  venue: z.optional(text(1, 300)),
  status: z.optional(z.enum(SESSION_STATUSES, { error: 'field.invalidChoice' })),
  /** Raised on every save through the sessions routes; a save against an older one is refused (409). */
  version: z.optional(z.number().check(z.int(), z.gte(0))),
});
export type CouncilSession = z.infer<typeof CouncilSession>;

/**
 * A competence rule: petitions of `fieldId` (any field when absent) about a locality
 * in `unitId` or below (anywhere when absent), at `level`, go to `agencyId`.
 */
export const RoutingRule = z.object({
  id,
  councilId: id,
  fieldId: z.optional(id),
  unitId: z.optional(id),
  /** Whose competence the matter is: a commune matter goes to the commune's bodies. */
  level: z.optional(z.enum(UNIT_TYPES)),
  agencyId: id,
  priority: z._default(z.number().check(z.int(), z.gte(0), z.lte(1000)), 0),
});
export type RoutingRule = z.infer<typeof RoutingRule>;
