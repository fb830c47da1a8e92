/**
 * The VTIMEZONE of Asia/Ho_Chi_Minh. Vietnam has kept UTC+07:00 without daylight saving
 * since 1975, so one STANDARD observance describes every date the service deals with;
 * calendars then show meetings at the wall-clock time the council announced.
 */
import { VIETNAM_TIME_ZONE } from '../time.ts';
import { contentLine } from './content-line.ts';

export const VIETNAM_OFFSET_MINUTES = 7 * 60;

export function vietnamTimeZone(): string[] {
  return [
    'BEGIN:VTIMEZONE',
    contentLine('TZID', VIETNAM_TIME_ZONE),
    contentLine('X-LIC-LOCATION', VIETNAM_TIME_ZONE),
    'BEGIN:STANDARD',
    contentLine('TZOFFSETFROM', '+0700'),
    contentLine('TZOFFSETTO', '+0700'),
    contentLine('TZNAME', 'ICT'),
    contentLine('DTSTART', '19700101T000000'),
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}
