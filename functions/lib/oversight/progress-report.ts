/** A progress report as it is stored and as the public reads it: what the agency wrote, each optional field only when given. */
import type { ProgressReport } from '../../../shared/schemas/oversight.ts';

export function progressReport(at: string, r: Omit<ProgressReport, 'at'>): ProgressReport {
  return {
    at,
    text: r.text,
    done: r.done,
    ...(r.documentNumber ? { documentNumber: r.documentNumber } : {}),
    ...(r.documentDate ? { documentDate: r.documentDate } : {}),
    ...(r.percent !== undefined ? { percent: r.percent } : {}),
    ...(r.milestone ? { milestone: r.milestone } : {}),
  };
}
