/**
 * A council's resolutions (nghị quyết) and a session's interpellations (chất vấn) with the
 * commitments made in answer (DESIGN §8). Everything here is public: the officials
 * questioned are named in their office.
 */
import * as z from 'zod/mini';
import { RESOLUTION_STATUSES, type ResolutionStatus } from '../vocabulary.ts';
import {
  calendarDate,
  changesSomething,
  clearable,
  id,
  inputString,
  listLimit,
  optional,
  pageCursor,
  text,
} from './common.ts';
import { documentUrl } from './session.ts';

export { RESOLUTION_STATUSES, type ResolutionStatus } from '../vocabulary.ts';

/** "15/2026/NQ-HĐND": a number (no leading zero), the year, the council's resolution symbol. */
export const RESOLUTION_NUMBER = /^([1-9]\d{0,3})\/(\d{4})\/NQ-HĐND$/;

/**
 * A resolution number as typed: spaces around the slashes dropped, any case, "HDND" for
 * "HĐND", so "15 / 2026 / nq-hdnd" is stored as "15/2026/NQ-HĐND".
 */
export const resolutionNumber = z.pipe(
  z.pipe(
    inputString(40, 'resolution.numberFormat'),
    z.transform((s) =>
      s
        .normalize('NFC')
        .replace(/\s*([/-])\s*/g, '$1')
        .trim()
        .toUpperCase()
        .replace(/HDND$/, 'HĐND'),
    ),
  ),
  z.string().check(z.regex(RESOLUTION_NUMBER, { error: 'resolution.numberFormat' })),
);

/** The year a resolution number carries ("15/2026/NQ-HĐND" → "2026"). */
export const numberYear = (number: string) => RESOLUTION_NUMBER.exec(number)?.[2];

/** The public path segment: council and number ("luc-ngan-15-2026-nq-hdnd"), unique because numbers are. */
export function resolutionSlug(councilId: string, number: string): string {
  const plain = number
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return `${councilId}-${plain}`.replace(/-+$/, '');
}

const count = z
  .number({ error: 'field.invalidType' })
  .check(z.int({ error: 'field.invalid' }), z.gte(0), z.lte(1000));

/** How the council voted: delegates for, against and abstaining, of those in office. */
export const Vote = z
  .object({ for: count, against: count, abstaining: count, inOffice: count.check(z.gte(1)) })
  .check(
    z.refine((v) => v.for + v.against + v.abstaining <= v.inOffice, {
      error: 'resolution.voteExceedsInOffice',
      path: ['inOffice'],
    }),
  );
export type Vote = z.infer<typeof Vote>;

/** At most three resolutions amended or repealed by one (each link rewrites the other resolution too). */
export const MAX_RESOLUTION_LINKS = 3;
export const MAX_RESOLUTION_FIELDS = 4;

const links = z.array(id).check(z.maxLength(MAX_RESOLUTION_LINKS, { error: 'field.tooMany' }));
const fieldIds = z
  .array(id)
  .check(
    z.minLength(1, { error: 'field.tooFew' }),
    z.maxLength(MAX_RESOLUTION_FIELDS, { error: 'field.tooMany' }),
  );

export const Resolution = z.object({
  id,
  councilId: id,
  number: z.string(),
  slug: z.string(),
  title: z.string(),
  adoptedOn: z.string(),
  sessionId: z.optional(id),
  agendaItemId: z.optional(id),
  vote: Vote,
  fieldIds: z.array(id),
  effectiveOn: z.optional(z.string()),
  status: z.enum(RESOLUTION_STATUSES),
  /** This resolution amends / repeals these (older) ones… */
  amends: z.array(id),
  repeals: z.array(id),
  /** …and these later ones amend / repeal it (kept by the use case, never typed). */
  amendedBy: z.array(id),
  repealedBy: z.array(id),
  /** The body charged with carrying it out. */
  agencyId: z.optional(id),
  summary: z.string(),
  signedTextUrl: z.optional(z.string()),
  version: z.number().check(z.int(), z.gte(1)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Resolution = z.infer<typeof Resolution>;

/** The status its links give a resolution: repealed beats amended beats in force. */
export function statusOf(r: Pick<Resolution, 'amendedBy' | 'repealedBy'>): ResolutionStatus {
  if (r.repealedBy.length > 0) return 'repealed';
  if (r.amendedBy.length > 0) return 'amended';
  return 'in_force';
}

const resolutionFields = {
  number: resolutionNumber,
  title: text(1, 300),
  adoptedOn: calendarDate,
  sessionId: optional(id),
  agendaItemId: optional(id),
  vote: Vote,
  fieldIds,
  effectiveOn: optional(calendarDate),
  agencyId: optional(id),
  summary: text(1, 4000, { multiline: true }),
  signedTextUrl: optional(documentUrl),
  amends: z._default(links, []),
  repeals: z._default(links, []),
};

type Checked = {
  number?: string;
  adoptedOn?: string;
  effectiveOn?: string | null;
  amends?: string[];
  repeals?: string[];
};
const checks = <T extends z.ZodMiniType<Checked>>(schema: T) =>
  schema.check(
    z.refine((r) => !r.number || !r.adoptedOn || numberYear(r.number) === r.adoptedOn.slice(0, 4), {
      error: 'resolution.numberYear',
      path: ['number'],
    }),
    z.refine((r) => !r.effectiveOn || !r.adoptedOn || r.effectiveOn >= r.adoptedOn, {
      error: 'resolution.effectiveBeforeAdopted',
      path: ['effectiveOn'],
    }),
    z.refine((r) => (r.amends?.length ?? 0) + (r.repeals?.length ?? 0) <= MAX_RESOLUTION_LINKS, {
      error: 'resolution.tooManyLinks',
      path: ['amends'],
    }),
    z.refine((r) => !(r.amends ?? []).some((a) => (r.repeals ?? []).includes(a)), {
      error: 'resolution.amendsAndRepeals',
      path: ['repeals'],
    }),
  );

/** A new resolution; its id is made from council and number when absent. */
export const ResolutionInput = checks(z.object({ id: optional(id), councilId: id, ...resolutionFields }));
export type ResolutionInput = z.infer<typeof ResolutionInput>;

/** The version the editor read: required, and a save against an older one is a 409. */
const version = z.number({ error: 'field.required' }).check(z.int({ error: 'field.invalid' }), z.gte(1));

/** Changes to a resolution: only the fields sent change; its council never does. */
export const ResolutionEdit = checks(
  z
    .object({
      number: z.optional(resolutionNumber),
      title: z.optional(text(1, 300)),
      adoptedOn: z.optional(calendarDate),
      sessionId: clearable(id),
      agendaItemId: clearable(id),
      vote: z.optional(Vote),
      fieldIds: z.optional(fieldIds),
      effectiveOn: clearable(calendarDate),
      agencyId: clearable(id),
      summary: z.optional(text(1, 4000, { multiline: true })),
      signedTextUrl: clearable(documentUrl),
      amends: z.optional(links),
      repeals: z.optional(links),
      version,
    })
    .check(changesSomething('version')),
);
export type ResolutionEdit = z.infer<typeof ResolutionEdit>;

// ---- Interpellations ----------------------------------------------------------------

/** A commitment made in answer; its id stays the same across edits, so oversight can follow it. */
export const Commitment = z.object({
  id,
  text: z.string(),
  agencyId: id,
  deadline: z.string(),
});
export type Commitment = z.infer<typeof Commitment>;

export const Interpellation = z.object({
  id,
  councilId: id,
  sessionId: id,
  agendaItemId: z.optional(id),
  /** Who was questioned: a public official, named with their office. */
  respondent: z.object({ name: z.string(), office: z.string() }),
  topic: z.string(),
  commitments: z.array(Commitment),
  /** How many commitment ids were ever handed out: a removed commitment's id is never reused. */
  commitmentsIssued: z.number().check(z.int(), z.gte(0)),
  version: z.number().check(z.int(), z.gte(1)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interpellation = z.infer<typeof Interpellation>;

export const MAX_COMMITMENTS = 20;

export const CommitmentInput = z.object({
  /** Present for a commitment kept from the version read; absent for a new one. */
  id: optional(id),
  text: text(1, 1000, { multiline: true }),
  agencyId: id,
  deadline: calendarDate,
});
export type CommitmentInput = z.infer<typeof CommitmentInput>;

const respondent = z.object({ name: text(1, 120), office: text(1, 200) });
const commitments = z.array(CommitmentInput).check(z.maxLength(MAX_COMMITMENTS, { error: 'field.tooMany' }));

export const InterpellationInput = z.object({
  id: optional(id),
  councilId: id,
  sessionId: id,
  agendaItemId: optional(id),
  respondent,
  topic: text(1, 500),
  commitments: z._default(commitments, []),
});
export type InterpellationInput = z.infer<typeof InterpellationInput>;

/** Changes: `commitments`, when sent, is the whole new list (ids kept for those that stay). */
export const InterpellationEdit = z
  .object({
    agendaItemId: clearable(id),
    respondent: z.optional(respondent),
    topic: z.optional(text(1, 500)),
    commitments: z.optional(commitments),
    version,
  })
  .check(changesSomething('version'));
export type InterpellationEdit = z.infer<typeof InterpellationEdit>;

// ---- What the public (and the static site) asks ------------------------------------

export const ResolutionListQuery = z.object({
  council: id,
  field: optional(id),
  year: optional(
    z.coerce
      .number({ error: 'field.invalidType' })
      .check(z.int({ error: 'field.invalid' }), z.gte(2000), z.lte(2100)),
  ),
  status: optional(z.enum(RESOLUTION_STATUSES, { error: 'field.invalidChoice' })),
  limit: listLimit(200),
  cursor: optional(pageCursor),
});
export type ResolutionListQuery = z.infer<typeof ResolutionListQuery>;

/** The secretariat's list of a session's resolutions and interpellations. */
export const SessionResultsQuery = z.object({ session: id });
