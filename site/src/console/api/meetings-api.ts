/**
 * The secretariat's meeting routes (functions/staff-api/routes/meetings.ts and
 * meeting-reports.ts): plan, edit, publish, cancel, the compliance checks and the
 * summary report. A change may carry the `sequence` the editor read: an older one is a 409.
 */
import type { ComplianceReport } from '../../../../shared/compliance.ts';
import type { Meeting } from '../../../../shared/schemas/index.ts';
import type { ApiClient, Download } from './client.ts';
import type { Page, PageRequest } from './staff-api.ts';

const enc = encodeURIComponent;

export type MeetingDraft = Record<string, unknown>;

export function meetingsApi(client: ApiClient) {
  return {
    list: (councilId: string, page: PageRequest & { from?: string } = {}) =>
      client.get<Page<Meeting>>('/v1/meetings', { council: councilId, ...page }),
    get: (id: string) => client.get<{ meeting: Meeting }>(`/v1/meetings/${enc(id)}`),
    create: (draft: MeetingDraft) => client.post<{ meeting: Meeting }>('/v1/meetings', draft),
    edit: (id: string, draft: MeetingDraft) =>
      client.put<{ meeting: Meeting }>(`/v1/meetings/${enc(id)}`, draft),
    publish: (id: string, sequence: number) =>
      client.post<{ meeting: Meeting }>(`/v1/meetings/${enc(id)}/publish`, { sequence }),
    cancel: (id: string, reason: string, sequence: number) =>
      client.post<{ meeting: Meeting }>(`/v1/meetings/${enc(id)}/cancel`, { reason, sequence }),
    postpone: (id: string, body: Record<string, unknown>) =>
      client.post<{ meeting: Meeting }>(`/v1/meetings/${enc(id)}/postpone`, body),
    held: (id: string, body: Record<string, unknown>) =>
      client.post<{ meeting: Meeting }>(`/v1/meetings/${enc(id)}/held`, body),
    compliance: (councilId: string) => client.get<ComplianceReport>('/v1/compliance', { council: councilId }),
    /** The summary report of a session's meetings, or of one meeting. */
    report: (format: 'docx' | 'csv', round: { session: string } | { meeting: string }): Promise<Download> =>
      client.download(`/v1/reports/summary.${format}`, round),
  };
}

export type MeetingsApi = ReturnType<typeof meetingsApi>;
