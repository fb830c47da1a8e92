/**
 * The part of the summary report on the session's agenda (DESIGN §8, §2.8): "Ý kiến cử tri
 * về nội dung kỳ họp", grouped by agenda item: the views raised at meetings, with how many
 * voters said each, and the online views the secretariat published. Anonymised as on the
 * site (commune, never a name); pending and rejected views are left out. Vietnamese only,
 * like the rest of the report (report-wording.ts).
 */
import type { CsvValue } from '../../../shared/csv.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { CouncilSession, Meeting } from '../../../shared/schemas/index.ts';
import type { Repositories } from '../data/index.ts';

export const sessionViewsWording = {
  part: 'D. Ý KIẾN CỬ TRI VỀ NỘI DUNG KỲ HỌP',
  csvPart: 'Ý kiến cử tri về nội dung kỳ họp',
  none: 'Chưa có ý kiến nào của cử tri về nội dung kỳ họp.',
  item: (roman: string, title: string) => `${roman}. ${title}`,
  voters: (n: number) => `${n} cử tri`,
  atMeeting: (title: string) => `tại ${title}`,
  online: 'gửi trực tuyến',
  commune: (name: string) => `xã/phường ${name}`,
};

export interface ReportedView {
  text: string;
  voterCount: number;
  communeName?: string;
  source: 'online' | 'meeting';
  meetingTitle?: string;
}

export interface SessionViewsPart {
  items: { id: string; title: string; views: ReportedView[]; voterCount: number }[];
}

export async function sessionViewsPart(
  repos: Pick<Repositories, 'sessions'>,
  reference: ReferenceData,
  session: CouncilSession,
  meetings: readonly Meeting[],
): Promise<SessionViewsPart> {
  const { agenda, views } = await repos.sessions.contents(session.id);
  const titles = new Map(meetings.map((m) => [m.id, m.title]));
  return {
    items: (agenda?.items ?? []).map((item) => {
      const reported = views
        .filter((v) => v.agendaItemId === item.id && v.status === 'published')
        .sort(
          (a, b) =>
            Number(a.source === 'online') - Number(b.source === 'online') || b.voterCount - a.voterCount,
        )
        .map((v): ReportedView => {
          const commune = v.communeId ? reference.units.get(v.communeId)?.name : undefined;
          const meetingTitle = v.meetingId ? (titles.get(v.meetingId) ?? v.meetingId) : undefined;
          return {
            text: v.text,
            voterCount: v.voterCount,
            source: v.source,
            ...(commune ? { communeName: commune } : {}),
            ...(meetingTitle ? { meetingTitle } : {}),
          };
        });
      return {
        id: item.id,
        title: item.title,
        views: reported,
        voterCount: reported.reduce((n, v) => n + v.voterCount, 0),
      };
    }),
  };
}

export function facts(view: ReportedView): string {
  return [
    sessionViewsWording.voters(view.voterCount),
    ...(view.communeName ? [sessionViewsWording.commune(view.communeName)] : []),
    view.source === 'meeting' && view.meetingTitle
      ? sessionViewsWording.atMeeting(view.meetingTitle)
      : sessionViewsWording.online,
  ].join('; ');
}

/** Rows of the .csv, in its columns: the agenda item stands where a petition's body does. */
export function sessionViewsRows(part: SessionViewsPart | undefined, firstNumber: number): CsvValue[][] {
  if (!part) return [];
  let number = firstNumber;
  return part.items.flatMap((item) =>
    item.views.map((view) => [
      ++number,
      sessionViewsWording.csvPart,
      item.title,
      view.source === 'meeting'
        ? sessionViewsWording.atMeeting(view.meetingTitle ?? '')
        : sessionViewsWording.online,
      '',
      '',
      view.text,
      '',
      view.communeName ?? '',
      view.voterCount,
      '',
      view.meetingTitle ?? '',
      '',
    ]),
  );
}
