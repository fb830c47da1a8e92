/**
 * Reference data: councils, the administrative unit tree, fields, agencies, the
 * delegates and their groups, council sessions, and the competence matrix.
 */
import * as z from 'zod';
import {
  DEFAULT_CONTACT_RETENTION_MONTHS,
  DEFAULT_DEADLINE_DAYS,
  DEFAULT_FEEDBACK_DAYS,
} from '../council-defaults.ts';
import { SHORT_NOTICE_KINDS, type ShortNoticeKind } from '../notify-channels.ts';
import { DEADLINE_COUNTINGS, SESSION_KINDS, SESSION_STATUSES, UNIT_TYPES } from '../vocabulary.ts';
import { calendarDate, email, id, text } from './common.ts';

export { UNIT_TYPES, type UnitType } from '../vocabulary.ts';

/** An administrative unit. Districts remain for older records (before 1 July 2025). */
export const AdministrativeUnit = z.object({
  id,
  name: text(1, 120),
  type: z.enum(UNIT_TYPES, { error: 'field.invalidChoice' }),
  parentId: id.nullable(),
});
export type AdministrativeUnit = z.infer<typeof AdministrativeUnit>;

export {
  DEFAULT_CONTACT_RETENTION_MONTHS,
  DEFAULT_DEADLINE_DAYS,
  DEFAULT_FEEDBACK_DAYS,
} from '../council-defaults.ts';

export { SHORT_NOTICE_KINDS, type ShortNoticeKind };

export const SmsSettings = z.object({ enabled: z.boolean({ error: 'field.invalidType' }).default(false) });
export type SmsSettings = z.infer<typeof SmsSettings>;

/** Zalo's ids are digits: an OA id (up to 20) and template ids. */
const zaloId = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string({ error: 'field.invalidType' })
      .trim()
      .regex(new RegExp(`^\\d{1,${max}}$`), { error: 'field.invalidZaloId' })
      .optional(),
  );

export const ZaloSettings = z
  .object({
    enabled: z.boolean({ error: 'field.invalidType' }).default(false),
    oaId: zaloId(20),
    templates: z
      .object(
        Object.fromEntries(SHORT_NOTICE_KINDS.map((k) => [k, zaloId(12)])) as {
          [K in ShortNoticeKind]: ReturnType<typeof zaloId>;
        },
      )
      .partial()
      .default({}),
  })
  .refine((z) => !z.enabled || z.oaId !== undefined, { error: 'field.required', path: ['oaId'] })
  .refine((z) => !z.enabled || Object.values(z.templates).some((t) => t !== undefined), {
    error: 'field.zaloTemplateRequired',
    path: ['templates', 'received'],
  });
export type ZaloSettings = z.infer<typeof ZaloSettings>;

export const CouncilSettings = z.object({
  /** Days an agency has to answer, from routing. */
  deadlineDays: z.coerce
    .number({ error: 'field.invalidType' })
    .int()
    .min(1)
    .max(365)
    .default(DEFAULT_DEADLINE_DAYS),
  /** Days the submitter's "not satisfied" link works, from the answer it was sent for. */
  feedbackDays: z.coerce
    .number({ error: 'field.invalidType' })
    .int()
    .min(1)
    .max(365)
    .default(DEFAULT_FEEDBACK_DAYS),
  /** Months the submitter's contact is kept once the petition is answered, closed, rejected, merged or withdrawn. */
  contactRetentionMonths: z.coerce
    .number({ error: 'field.invalidType' })
    .int({ error: 'field.contactRetentionMonths' })
    .min(1, { error: 'field.contactRetentionMonths' })
    .max(120, { error: 'field.contactRetentionMonths' })
    .default(DEFAULT_CONTACT_RETENTION_MONTHS),
  /** Route straight to the proposed agency, without the secretariat's confirmation. */
  autoRoute: z.boolean({ error: 'field.invalidType' }).default(false),
  /** Text messages to submitters who gave a mobile number (DESIGN §10), from the deployment's sender id; absent: off. */
  sms: SmsSettings.optional(),
  /** Zalo ZNS messages: the council's OA and the template Zalo approved for each notice; absent: off. */
  zalo: ZaloSettings.optional(),
  /** Whether `deadlineDays` are calendar days (absent) or working days (weekends and the holiday calendar skipped). */
  deadlineCounting: z.enum(DEADLINE_COUNTINGS, { error: 'field.invalidChoice' }).optional(),
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
  copiesTo: z.array(text(1, 200)).max(20, { error: 'field.tooMany' }).default([]),
});
export type CouncilDocuments = z.infer<typeof CouncilDocuments>;

/** A People's Council (HĐND) of a province, (formerly) district, or commune. */
export const Council = z.object({
  id,
  name: text(1, 160),
  unitId: id,
  level: z.enum(UNIT_TYPES),
  settings: CouncilSettings,
  documents: CouncilDocuments.optional(),
  /** The standing committee's office mailbox (văn phòng): overdue follow-up items are reported there. */
  email: email.optional(),
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
  email: email.optional(),
});
export type Agency = z.infer<typeof Agency>;

/** An electoral unit (đơn vị bầu cử) of a council: the communes whose voters elect its delegates. */
export const ElectoralUnit = z.object({
  id,
  councilId: id,
  number: z.number().int().min(1).max(999),
  name: text(1, 160),
  communeIds: z.array(id).min(1, { error: 'field.tooFew' }).max(100),
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
  title: text(1, 200).optional(),
  /** The delegate's official mailbox for overdue reminders. */
  email: email.optional(),
});
export type Delegate = z.infer<typeof Delegate>;

/** A council session (kỳ họp); before-session meetings are planned against its opening date. */
export const CouncilSession = z.object({
  id,
  councilId: id,
  name: text(1, 200),
  number: z.number().int().min(1).max(999),
  opensOn: calendarDate,
  // Issue #15 (DESIGN §8): what a planned session says about itself; absent on older records.
  kind: z.enum(SESSION_KINDS, { error: 'field.invalidChoice' }).optional(),
  closesOn: calendarDate.optional(),
  venue: text(1, 300).optional(),
  status: z.enum(SESSION_STATUSES, { error: 'field.invalidChoice' }).optional(),
  /** Raised on every save through the sessions routes; a save against an older one is refused (409). */
  version: z.number().int().min(0).optional(),
});
export type CouncilSession = z.infer<typeof CouncilSession>;

/**
 * A competence rule: petitions of `fieldId` (any field when absent) about a locality
 * in `unitId` or below (anywhere when absent), at `level`, go to `agencyId`.
 */
export const RoutingRule = z.object({
  id,
  councilId: id,
  fieldId: id.optional(),
  unitId: id.optional(),
  /** Whose competence the matter is: a commune matter goes to the commune's bodies. */
  level: z.enum(UNIT_TYPES).optional(),
  agencyId: id,
  priority: z.number().int().min(0).max(1000).default(0),
});
export type RoutingRule = z.infer<typeof RoutingRule>;
