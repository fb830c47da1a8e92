/**
 * What a council's settings are when it sets nothing else, zod-free so the staff console
 * can show them; the settings schema (schemas/reference.ts) applies them.
 */

/** Days an agency has to answer when a council sets nothing else (DESIGN §2, journey 4). */
export const DEFAULT_DEADLINE_DAYS = 30;

/** Days a submitter's "not satisfied" link works after the answer it came with. */
export const DEFAULT_FEEDBACK_DAYS = 90;

/**
 * Months a submitter's contact is kept after the petition is answered, closed, rejected,
 * merged or withdrawn, before it is erased (DESIGN §12, Decree 13/2023/NĐ-CP).
 */
export const DEFAULT_CONTACT_RETENTION_MONTHS = 12;
