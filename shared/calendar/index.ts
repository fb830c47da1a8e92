export { type CalendarEvent, type CalendarOptions, writeCalendar } from './calendar.ts';
export { escapeText, foldLine } from './content-line.ts';
export { DEFAULT_UID_DOMAIN, meetingCalendarEvent, meetingUid } from './meeting-event.ts';
