/**
 * The authorization matrix's vocabulary: the demo users of each role in and out of the
 * scope of Hữu Lũng's petitions, agencies and groups, and the shape of one route's row.
 */
import type { StaffTestbed } from './support.ts';

/** The demo users of the matrix: each role, in the petition's scope ("own") and outside it ("other"). */
export const USERS = {
  secretariatOwn: 'thu-ky-huu-lung',
  secretariatOther: 'thu-ky-son-dong',
  agencyOwn: 'can-bo-tnmt-huu-lung',
  agencyOther: 'can-bo-gddt-huu-lung',
  delegateOwn: 'dai-bieu-huu-lung-dv6',
  delegateOther: 'dai-bieu-son-dong-dv1',
  admin: 'quan-tri',
} as const;
export type MatrixUser = keyof typeof USERS;

export interface PreparedRequest {
  path: string;
  body?: unknown;
}

export interface StaffRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** The route as documented. */
  route: string;
  /** Who may call it on Hữu Lũng's petitions, agencies and groups. */
  allowed: readonly MatrixUser[];
  prepare(bed: StaffTestbed): Promise<PreparedRequest>;
  /** Where its bad-input cases live, when not in bad-input.test.ts. */
  badInputTestedIn?: string;
  /** Its answer includes a submitter's contact (for users allowed to see it), so it writes an audit record. */
  returnsContact?: boolean;
  /** Users whose call writes an audit record though the answer names no one (a citizen's files). */
  auditedFor?: readonly MatrixUser[];
}

export const secretariat = ['secretariatOwn', 'admin'] as const;
/** The council's schedule: its secretariat and its delegates read it. */
export const scheduleReaders = ['secretariatOwn', 'delegateOwn', 'admin'] as const;
export const agency = ['agencyOwn', 'admin'] as const;
export const everyone = Object.keys(USERS) as MatrixUser[];

/**
 * A row whose request needs nothing made first: the same path every time, with `body` when
 * given (a function when each request needs a fresh one, such as a new id).
 */
export function fixedRoute(
  method: StaffRoute['method'],
  route: string,
  allowed: readonly MatrixUser[],
  path: string,
  body?: object | (() => unknown),
): StaffRoute {
  return {
    method,
    route,
    allowed,
    prepare: async () =>
      body === undefined ? { path } : { path, body: typeof body === 'function' ? body() : body },
  };
}
