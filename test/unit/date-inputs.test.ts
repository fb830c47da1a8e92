/**
 * Dates and instants: every one is bounded to 2000-01-01..2100-12-31 (Vietnam calendar
 * days), and those whose meaning ties them to today are checked against an injected "now":
 * an answer's document is not dated in the future, a promise is not due in the past.
 */
import { describe, expect, it } from 'vitest';
import {
  AnswerInput,
  answerInputAt,
  CouncilSessionInput,
  calendarDate,
  instant,
  MeetingListQuery,
  roadmapInputAt,
  StaffMeetingQuery,
} from '../../shared/schemas/index.ts';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

const answer = {
  text: 'Đã kiểm tra và sẽ sửa trong quý tới.',
  documentNumber: '88/TNMT',
  documentDate: '2026-11-20',
  result: 'scheduled',
  resolveBy: '2027-03-31',
};

describe('the date window', () => {
  it.each(['0000-01-01', '1999-12-31', '2101-01-01', '9999-12-31'])('refuses the calendar date %s', (day) => {
    expect(messages(calendarDate.safeParse(day))).toEqual({ '': 'field.dateOutOfRange' });
  });

  it.each(['2000-01-01', '2026-12-01', '2100-12-31'])('accepts the calendar date %s', (day) => {
    expect(calendarDate.parse(day)).toBe(day);
  });

  it.each([
    '0000-01-01',
    '0000-01-01T08:00',
    '1999-12-31T23:59+07:00',
    '2101-01-01T00:00+07:00',
    '2100-12-31T17:00:00Z',
  ])('refuses the instant %s (by its Vietnam day)', (value) => {
    expect(messages(instant.safeParse(value))).toEqual({ '': 'field.dateOutOfRange' });
  });

  it('accepts the first and last Vietnam moments of the window', () => {
    expect(instant.parse('2000-01-01T00:00+07:00')).toBe('1999-12-31T17:00:00.000Z');
    expect(instant.parse('2100-12-31T23:59')).toBe('2100-12-31T16:59:00.000Z');
  });

  it('bounds list ranges and session dates too', () => {
    expect(messages(MeetingListQuery.safeParse({ commune: 'van-nham', from: '0001-01-01' }))).toEqual({
      from: 'field.dateOutOfRange',
    });
    expect(messages(StaffMeetingQuery.safeParse({ council: 'huu-lung', to: '2101-01-01T00:00Z' }))).toEqual({
      to: 'field.dateOutOfRange',
    });
    expect(
      messages(CouncilSessionInput.safeParse({ name: 'Kỳ họp', number: 1, opensOn: '1900-01-01' })),
    ).toEqual({
      opensOn: 'field.dateOutOfRange',
    });
  });

  it('refuses a staff list whose range ends before it starts, as the public one does', () => {
    expect(
      messages(StaffMeetingQuery.safeParse({ council: 'huu-lung', from: '2026-07-01', to: '2026-06-01' })),
    ).toEqual({ to: 'field.endBeforeStart' });
  });
});

describe('dates measured from today (now injected)', () => {
  // 18:00 UTC on 1 December is already 2 December in Vietnam.
  const now = new Date('2026-12-01T18:00:00Z');

  it("an answer's document may be dated today in Vietnam, not tomorrow", () => {
    expect(answerInputAt(now).safeParse({ ...answer, documentDate: '2026-12-02' }).success).toBe(true);
    expect(messages(answerInputAt(now).safeParse({ ...answer, documentDate: '2026-12-03' }))).toEqual({
      documentDate: 'answer.documentDateInFuture',
    });
  });

  it('a "resolve by" date may be today in Vietnam, not yesterday', () => {
    expect(answerInputAt(now).safeParse({ ...answer, resolveBy: '2026-12-02' }).success).toBe(true);
    expect(messages(answerInputAt(now).safeParse({ ...answer, resolveBy: '2026-12-01' }))).toEqual({
      resolveBy: 'answer.resolveByInPast',
    });
  });

  it("a roadmap's expected date may not be in the past", () => {
    const roadmap = { text: 'Khảo sát hiện trường.', expectedBy: '2026-12-01' };
    expect(messages(roadmapInputAt(now).safeParse(roadmap))).toEqual({
      expectedBy: 'roadmap.expectedByInPast',
    });
    expect(roadmapInputAt(now).safeParse({ ...roadmap, expectedBy: '2026-12-02' }).success).toBe(true);
  });

  it('the same input is judged by the now it is given, and the schema without now keeps only the window', () => {
    const late = { ...answer, documentDate: '2027-01-10' };
    expect(answerInputAt(now).safeParse(late).success).toBe(false);
    expect(answerInputAt(new Date('2027-02-01T00:00:00Z')).safeParse(late).success).toBe(true);
    expect(AnswerInput.safeParse(late).success).toBe(true);
  });
});
