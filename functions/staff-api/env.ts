/** The Hono environment of the staff API: every route after sign-in sees the staff user. */
import type { StaffUser } from '../../shared/schemas/index.ts';

export type StaffEnv = {
  Variables: { staff: StaffUser };
};
