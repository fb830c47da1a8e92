/** The iCalendar writer, read back by an independent parser (ical.js). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import { writeCalendar } from '../../shared/calendar/calendar.ts';
import { escapeText, foldLine } from '../../shared/calendar/content-line.ts';
import { meetingCalendarEvent } from '../../shared/calendar/meeting-event.ts';
import { ReferenceData } from '../../shared/reference-data.ts';
import type { Meeting } from '../../shared/schemas/index.ts';

const now = new Date('2026-06-15T03:00:00Z');
const activity = demoActivity(now);
const reference = new ReferenceData(demoReference(activity.sessions));
const meeting = (id: string) => activity.meetings.find((m) => m.id === id)!;

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const feed = (meetings: Meeting[]) =>
  writeCalendar(
    meetings.map((m) => meetingCalendarEvent(m, reference)),
    { name: 'Lịch tiếp xúc cử tri – Vân Nham', refreshInterval: 'PT6H' },
  );

describe('iCalendar writer', () => {
  it('ends every line with CRLF and never with a bare LF or CR', () => {
    const ics = feed(activity.meetings);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds lines at 75 octets without splitting a Vietnamese letter', () => {
    const long = `SUMMARY:${'Tiếp xúc cử tri trước Kỳ họp thứ 12 tại xã Minh Tiến và xã Vân Nham, huyện Hữu Lũng '.repeat(3)}`;
    const folded = foldLine(long);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const [i, line] of physical.entries()) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(bytes)).not.toThrow();
      if (i > 0) expect(line.startsWith(' ')).toBe(true);
    }
    expect(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    for (const line of feed(activity.meetings).split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes commas, semicolons, backslashes and newlines so they read back unchanged', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const tricky: Meeting = {
      ...meeting('hl-txct-truoc-kh12-minh-tien'),
      title: 'Đối thoại: đất đai; môi trường, giao thông \\ "lũ" \n dòng hai',
      agenda: 'Một, hai; ba\\bốn\nNăm',
    };
    const [event] = parse(feed([tricky])).events;
    expect(event!.summary).toBe(tricky.title);
    expect(event!.description).toContain('Một, hai; ba\\bốn\nNăm');
  });

  it('gives each meeting a stable UID, its SEQUENCE and a status the parser understands', () => {
    const { events } = parse(feed(activity.meetings));
    expect(events.map((e) => e.uid)).toEqual(activity.meetings.map((m) => `${m.id}@hdnd.example.vn`));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const cancelled = byUid.get('sd-tiep-cong-dan-an-ba@hdnd.example.vn')!;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.sequence).toBe(1);
    expect(cancelled.summary.startsWith('[ĐÃ HỦY] ')).toBe(true);
    const planned = byUid.get('hl-txct-truoc-kh12-thanh-son@hdnd.example.vn')!;
    expect(planned.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    const confirmed = byUid.get('hl-txct-truoc-kh12-minh-tien@hdnd.example.vn')!;
    expect(confirmed.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const other = writeCalendar(
      [meetingCalendarEvent(meeting('pl-tiep-cong-dan'), reference, { domain: 'hdnd.hanoi.example.vn' })],
      {
        name: 'x',
      },
    );
    expect(parse(other).events[0]!.uid).toBe('pl-tiep-cong-dan@hdnd.hanoi.example.vn');
  });

  it('puts start and end at the right instant, shown at the Vietnam wall-clock time', () => {
    const m = meeting('hl-txct-truoc-kh12-minh-tien');
    const ics = feed([m]);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
    const [event] = parse(ics).events;
    expect(event!.startDate.toUnixTime()).toBe(Date.parse(m.startsAt) / 1000);
    expect(event!.endDate.toUnixTime()).toBe(Date.parse(m.endsAt) / 1000);
    // Announced as 08:00–11:00 in Vietnam.
    expect(event!.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh');
    expect([event!.startDate.hour, event!.startDate.minute, event!.endDate.hour]).toEqual([8, 0, 11]);
    const stamp = event!.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toUnixTime()).toBe(Date.parse(m.updatedAt) / 1000);
  });

  it('describes the meeting: venue, communes, delegates and agenda', () => {
    const [event] = parse(feed([meeting('hl-txct-truoc-kh12-minh-tien')])).events;
    expect(event!.location).toBe(
      'Nhà văn hóa xã Minh Tiến, Thôn Đồng Ván, xã Minh Tiến, huyện Hữu Lũng, tỉnh Lạng Sơn',
    );
    expect(event!.description).toContain('Địa bàn: Minh Tiến, Vân Nham');
    expect(event!.description).toContain('Nguyễn Văn Hùng (Phó Chủ tịch HĐND)');
    expect(event!.description).toContain('Thông tin dự kiến nội dung, chương trình Kỳ họp thứ 12.');
  });
});
