/**
 * The console's pages under /quan-ly/ (Vietnamese slugs without diacritics, like the
 * public site), and which of them each role works in. Ids travel as query parameters,
 * so every page is one static file; tokens never do.
 */
import type { StaffRole } from '../../../shared/schemas/index.ts';
import { consoleFollowUpPath, consolePetitionPath } from '../../../shared/ui/console-routes.ts';
import type { LabelKey } from './i18n/index.ts';

export const consolePaths = {
  home: '/quan-ly/',
  signIn: '/quan-ly/dang-nhap/',
  triage: '/quan-ly/phan-loai/',
  petition: consolePetitionPath,
  entry: '/quan-ly/nhap-kien-nghi/',
  meetings: '/quan-ly/tiep-xuc/',
  meeting: (id?: string) => `/quan-ly/tiep-xuc/sua/${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  agencies: '/quan-ly/co-quan/',
  rules: '/quan-ly/quy-tac/',
  settings: '/quan-ly/cai-dat/',
  queue: '/quan-ly/hang-doi/',
  unit: '/quan-ly/don-vi/',
  apiKeys: '/quan-ly/khoa-api/',
  audit: '/quan-ly/nhat-ky/',
  sessions: '/quan-ly/ky-hop/',
  session: (id: string) => `/quan-ly/ky-hop/sua/?id=${encodeURIComponent(id)}`,
  oversight: '/quan-ly/giam-sat/',
  oversightActivity: (id: string) => `/quan-ly/giam-sat/hoat-dong/?id=${encodeURIComponent(id)}`,
  followUp: consoleFollowUpPath,
  // A session's resolutions and interpellations (DESIGN §8).
  resolutions: (sessionId?: string) =>
    `/quan-ly/nghi-quyet/${sessionId ? `?session=${encodeURIComponent(sessionId)}` : ''}`,
  resolution: (id?: string, sessionId?: string) => {
    const query = new URLSearchParams({
      ...(id ? { id } : {}),
      ...(sessionId ? { session: sessionId } : {}),
    });
    return `/quan-ly/nghi-quyet/sua/${query.size > 0 ? `?${query}` : ''}`;
  },
  interpellation: (sessionId: string, id?: string) =>
    `/quan-ly/nghi-quyet/chat-van/?${new URLSearchParams({ session: sessionId, ...(id ? { id } : {}) })}`,
  open: '/quan-ly/tat-ca/',
  desk: '/quan-ly/tiep-nhan/',
  holidays: '/quan-ly/ngay-nghi/',
  templates: '/quan-ly/mau-tra-loi/',
  structure: '/quan-ly/co-cau/',
} as const;

export interface NavItem {
  href: string;
  label: LabelKey;
}

/** At least one item: the first is where the role lands. */
type Navigation = readonly [NavItem, ...NavItem[]];

const SECRETARIAT: Navigation = [
  { href: consolePaths.triage, label: 'nav.triage' },
  { href: consolePaths.entry, label: 'nav.entry' },
  { href: consolePaths.meetings, label: 'nav.meetings' },
  { href: consolePaths.agencies, label: 'nav.agencies' },
  { href: consolePaths.rules, label: 'nav.rules' },
  { href: consolePaths.settings, label: 'nav.settings' },
  { href: consolePaths.audit, label: 'nav.audit' },
  { href: consolePaths.sessions, label: 'nav.sessions' },
  { href: consolePaths.oversight, label: 'nav.oversight' },
  { href: consolePaths.resolutions(), label: 'nav.resolutions' },
  { href: consolePaths.open, label: 'nav.open' },
  { href: consolePaths.desk, label: 'nav.desk' },
  { href: consolePaths.holidays, label: 'nav.holidays' },
  { href: consolePaths.structure, label: 'nav.structure' },
];

const NAVIGATION: Record<StaffRole, Navigation> = {
  secretariat: SECRETARIAT,
  agency: [
    { href: consolePaths.queue, label: 'nav.queue' },
    { href: consolePaths.templates, label: 'nav.templates' },
  ],
  delegate: [{ href: consolePaths.unit, label: 'nav.unit' }],
  admin: [
    { href: consolePaths.agencies, label: 'nav.agencies' },
    { href: consolePaths.apiKeys, label: 'nav.apiKeys' },
    { href: consolePaths.audit, label: 'nav.audit' },
    { href: consolePaths.holidays, label: 'nav.holidays' },
  ],
};

export function navigationFor(role: StaffRole): readonly NavItem[] {
  return NAVIGATION[role];
}

/** Where a role lands after sign-in. */
export function homeOf(role: StaffRole): string {
  return NAVIGATION[role][0].href;
}
