/**
 * An Open311 API key's hourly limit: the default and the bounds, zod-free so the staff
 * console's form can show them; the key's schema (schemas/api-key.ts) applies them.
 */

/** Requests an integrator may send per hour when the admin sets nothing else. */
export const DEFAULT_API_KEY_HOURLY_LIMIT = 60;

export const MAX_API_KEY_HOURLY_LIMIT = 10_000;
