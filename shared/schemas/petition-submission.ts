/**
 * What a citizen sends (the contract of POST /v1/petitions), in `zod/mini`: the API parses
 * with this very schema and the petition form's script checks the form with it, so the
 * rules are one and the script stays small (input-rules.ts says why mini).
 */
import * as z from 'zod/mini';
import { privacyNoticeOf } from '../privacy-notice.ts';
import { AttachmentRefs } from './attachment-refs.ts';
import { checkbox, email, id, inputString, optional, phone, text } from './input-rules.ts';

/** Who submitted: personal data, kept apart and read only by the secretariat, the agency and the notifier. */
export const SubmitterInput = z
  .object({
    name: text(1, 120),
    email: optional(email),
    phone: optional(phone),
    address: text(1, 300),
    communeId: id,
  })
  .check(
    z.refine((s) => s.email !== undefined || s.phone !== undefined, {
      error: 'field.contactRequired',
      path: ['email'],
    }),
  );
export type SubmitterInput = z.infer<typeof SubmitterInput>;

/** The fields of a submission; StaffPetitionEntry and MeetingPetitionsEntry build on them. */
export const petitionSubmissionShape = {
  submitter: SubmitterInput,
  fieldId: id,
  localityId: id,
  title: text(5, 200),
  content: text(20, 10_000, { multiline: true }),
  consentToPublish: checkbox,
  meetingId: optional(id),
  /** The privacy notice the form showed (a hidden field); the current one when left out. */
  privacyNoticeVersion: optional(
    inputString(20, 'field.invalid').check(
      z.refine((v) => privacyNoticeOf(v) !== undefined, { error: 'field.invalid' }),
    ),
  ),
  /** Uploads the processing step accepted, each named with the token its presigned POST came with. */
  attachments: z.optional(AttachmentRefs),
};

export const PetitionSubmission = z.object(petitionSubmissionShape);
export type PetitionSubmission = z.infer<typeof PetitionSubmission>;
