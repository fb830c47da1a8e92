/**
 * What a council's settings are when it sets nothing else, zod-free so the staff console
 * can show them; the settings schema (schemas/reference.ts) applies them.
 */

/** Days an agency has to answer when a council sets nothing else (DESIGN §2, journey 4). */
export const DEFAULT_DEADLINE_DAYS = 30;

/** Days a submitter's "not satisfied" link works after the answer it came with. */
export const DEFAULT_FEEDBACK_DAYS = 90;
