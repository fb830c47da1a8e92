/** The pure rules of sessions: when an item takes views, the list's cursor, the inputs' bounds. */
import { describe, expect, it } from 'vitest';
import { pageOfSessions } from '../../functions/lib/sessions/find-sessions.ts';
import { takesViews } from '../../functions/lib/sessions/give-view.ts';
import { statusOf } from '../../functions/lib/sessions/public-session.ts';
import {
  AgendaEdit,
  type AgendaItem,
  type CouncilSession,
  SessionViewSubmission,
} from '../../shared/schemas/index.ts';

const session: CouncilSession = {
  id: 'hl-kh1',
  councilId: 'huu-lung',
  name: 'Kỳ họp thứ 1',
  number: 1,
  opensOn: '2026-07-10',
  status: 'planned',
};
const item: AgendaItem = {
  id: 'hl-kh1-nd-1',
  title: 'Dự toán',
  kind: 'draft_resolution',
  documents: [],
  viewsOpen: true,
  viewsUntil: '2026-07-05',
};
/** 23:30 Vietnam time on a day: still that day, though UTC has it at 16:30. */
const lateOn = (day: string) => new Date(`${day}T23:30:00+07:00`);

describe('takesViews', () => {
  it('is open through the last day, Vietnam time, and closed the day after', () => {
    expect(takesViews(session, item, lateOn('2026-07-05'))).toBe(true);
    expect(takesViews(session, item, new Date('2026-07-05T17:30:00Z'))).toBe(false); // 00:30 on the 6th in Vietnam
  });
  it('is closed for an item not open, or a closed session; open with no last day', () => {
    expect(takesViews(session, { ...item, viewsOpen: false }, lateOn('2026-07-01'))).toBe(false);
    expect(takesViews({ ...session, status: 'closed' }, item, lateOn('2026-07-01'))).toBe(false);
    const { viewsUntil: _, ...open } = item;
    expect(takesViews(session, open, lateOn('2030-01-01'))).toBe(true);
  });
});

describe('statusOf', () => {
  it('names a session without a status closed once its last day is past', () => {
    const { status: _, ...old } = session;
    expect(statusOf(old, '2026-07-10')).toBe('planned');
    expect(statusOf(old, '2026-07-11')).toBe('closed');
    expect(statusOf({ ...old, closesOn: '2026-07-12' }, '2026-07-11')).toBe('planned');
  });
});

describe('pageOfSessions', () => {
  const sessions = ['a-kh3', 'a-kh2', 'a-kh1'].map((id, i) => ({
    ...session,
    id,
    opensOn: `2026-0${3 - i}-01`,
  }));
  it('pages with a cursor that names the last session handed out', () => {
    const first = pageOfSessions(sessions, { limit: 2 });
    expect(first.items.map((s) => s.id)).toEqual(['a-kh3', 'a-kh2']);
    const second = pageOfSessions(sessions, { limit: 2, cursor: first.nextCursor });
    expect(second).toEqual({ items: [sessions[2]] });
  });
  it('refuses a cursor that names no session of the list (400 on cursor)', () => {
    const other = Buffer.from('b-kh1').toString('base64url');
    expect(() => pageOfSessions(sessions, { cursor: other })).toThrow(
      expect.objectContaining({ fields: { cursor: { key: 'cursor.invalid' } } }),
    );
  });
});

describe('the inputs', () => {
  const view = {
    agendaItemId: 'hl-kh1-nd-1',
    communeId: 'van-nham',
    text: 'Đề nghị làm rõ nguồn vốn.',
    consentToPublish: 'true',
  };
  it('cleans a view: NFC, invisible characters stripped, an empty name absent', () => {
    const parsed = SessionViewSubmission.parse({
      ...view,
      text: 'Đề nghị\u200b làm rõ nguồn vốn.'.normalize('NFD'),
      name: '  ',
    });
    expect(parsed.text).toBe('Đề nghị làm rõ nguồn vốn.');
    expect(parsed).not.toHaveProperty('name', expect.anything());
    expect(parsed.consentToPublish).toBe(true);
  });
  it('refuses a document link that is not http(s), naming its path', () => {
    const result = AgendaEdit.safeParse({
      version: 1,
      items: [{ title: 'A', kind: 'report', documents: [{ title: 'x', url: 'javascript:alert(1)' }] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['items', 0, 'documents', 0, 'url'],
      message: 'field.invalidUrl',
    });
    expect(
      AgendaEdit.safeParse({
        version: 1,
        items: [
          { title: 'A', kind: 'report', documents: [{ title: 'x', url: 'https://hdnd.example.vn/a.pdf' }] },
        ],
      }).success,
    ).toBe(true);
  });
});
