/**
 * What a staff use case runs with for one request: the repositories, the signed-in member
 * of staff and the clock, read once so that every write of the request carries one time.
 */
import type { StaffUser } from '../../shared/schemas/index.ts';
import type { StaffAttachmentContext } from '../lib/attachments/staff-attachments.ts';
import type { AttachmentStore } from '../lib/attachments/store.ts';
import type { StaffActionContext } from '../lib/petitions/staff-action.ts';
import type { StaffApiDependencies } from './dependencies.ts';

export function staffContextOf(deps: StaffApiDependencies): (staff: StaffUser) => StaffActionContext {
  const now = deps.now ?? (() => new Date());
  return (staff) => ({ repos: deps.repos, user: staff, now: now() });
}

/** The same with the attachments bucket, for the routes that presign uploads and downloads. */
export function attachmentContextOf(
  deps: StaffApiDependencies,
  store: AttachmentStore,
): (staff: StaffUser) => StaffAttachmentContext {
  const staffContext = staffContextOf(deps);
  return (staff) => ({ ...staffContext(staff), store });
}
