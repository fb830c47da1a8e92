/**
 * Where the resolution pages live (DESIGN §8), in Vietnamese at the root and in English
 * under /en/, beside the page map of routes.ts. Filters are pre-built pages, like results'.
 */
import type { ResolutionStatus } from '../vocabulary.ts';
import type { SiteLocale } from './routes.ts';

export type ResolutionFilter =
  | { kind: 'field'; id: string }
  | { kind: 'year'; id: string }
  | { kind: 'status'; id: ResolutionStatus };
export type ResolutionFilterKind = ResolutionFilter['kind'];
export const RESOLUTION_FILTER_KINDS: readonly ResolutionFilterKind[] = ['field', 'year', 'status'];

const base = (l: SiteLocale) => (l === 'vi' ? '/nghi-quyet/' : '/en/resolutions/');
const SLUGS: Record<ResolutionFilterKind, [string, string]> = {
  field: ['linh-vuc', 'field'],
  year: ['nam', 'year'],
  status: ['tinh-trang', 'status'],
};
const STATUS_SLUGS: Record<ResolutionStatus, [string, string]> = {
  in_force: ['con-hieu-luc', 'in-force'],
  amended: ['da-sua-doi', 'amended'],
  repealed: ['da-bai-bo', 'repealed'],
};
const i = (l: SiteLocale) => (l === 'vi' ? 0 : 1);

export const resolutionPaths = {
  /** Every resolution, newest first, or those of one field, year or status; 20 a page. */
  resolutions: (l: SiteLocale, filter?: ResolutionFilter, page = 1) => {
    const listing = filter
      ? `${base(l)}${SLUGS[filter.kind][i(l)]}/${filter.kind === 'status' ? STATUS_SLUGS[filter.id][i(l)] : filter.id}/`
      : base(l);
    return page <= 1 ? listing : `${listing}${l === 'vi' ? 'trang' : 'page'}/${page}/`;
  },
  /** One resolution, by its slug ("luc-ngan-21-2026-nq-hdnd"). */
  resolution: (l: SiteLocale, slug: string) => `${base(l)}${slug}/`,
};
