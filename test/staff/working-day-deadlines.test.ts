/**
 * Working-day deadlines end to end on DynamoDB Local through the staff app: the council
 * chooses working days, the admin keeps the holiday calendar, and routing, an automatic
 * route at receipt and the reminders all count the same days (DESIGN §13).
 */
import { describe, expect, it } from 'vitest';
import { remindersDue } from '../../functions/deadlines/plan.ts';
import { DEMO_HOLIDAY_YEARS } from '../../infra/local/demo/holidays.ts';
import type { HolidayYear, Petition } from '../../shared/schemas/index.ts';
import { USERS } from './routes.ts';
import { makePetition, useStaffTestbed } from './support.ts';

// Friday 13/2/2026, 10:00 in Vietnam: the last working day before Tết Bính Ngọ (14–22/2).
const NOW = new Date('2026-02-13T03:00:00Z');
const bed = useStaffTestbed({ now: NOW, meetings: false });

const settings = (deadlineCounting: 'calendar' | 'working', deadlineDays = 30) =>
  bed.call('PUT', '/v1/councils/huu-lung/settings', {
    as: USERS.secretariatOwn,
    body: { deadlineDays, autoRoute: false, deadlineCounting },
  });
const route = async () => {
  const { code } = await makePetition(bed, 'received');
  const response = await bed.call('POST', `/v1/petitions/${code}/route`, {
    as: USERS.secretariatOwn,
    body: { agencyId: 'phong-tnmt-huu-lung' },
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { petition: Petition }).petition;
};
const endOf = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+07:00`)).toISOString();

describe('a council that counts working days', () => {
  it('routes with a deadline counted past Tết: 5 working days from Friday 13/2/2026 is Friday 27/2', async () => {
    expect((await settings('working', 5)).status).toBe(200);
    expect((await route()).deadline).toBe(endOf('2026-02-27'));
  });

  it('counts calendar days again once it chooses them: 5 days from 13/2 is 18/2', async () => {
    expect((await settings('calendar', 5)).status).toBe(200);
    expect((await route()).deadline).toBe(endOf('2026-02-18'));
  });

  it('follows the calendar the admin keeps: a new day off moves the next deadline by one day', async () => {
    await settings('working', 5);
    const year2026 = DEMO_HOLIDAY_YEARS.find((y) => y.year === 2026)!;
    const days = [...year2026.days, { date: '2026-02-24', kind: 'off', name: 'Ngày nghỉ thêm' }];
    const put = await bed.call('PUT', '/v1/holidays/2026', { as: USERS.admin, body: { days } });
    expect(put.status, await put.clone().text()).toBe(200);
    expect((await route()).deadline).toBe(endOf('2026-03-02'));

    const list = await bed.call('GET', '/v1/holidays', { as: USERS.agencyOwn });
    const { items } = (await list.json()) as { items: HolidayYear[] };
    expect(items.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(items[1]?.days.some((d) => d.date === '2026-02-24')).toBe(true);
  });

  it('sends the due-soon reminder when 3 working days are left, though 10 calendar days are', () => {
    const calendar = {
      counting: 'working' as const,
      daysOff: new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']),
      workedWeekendDays: new Set<string>(),
    };
    const petition = { status: 'routed' as const, deadline: endOf('2026-02-25') };
    expect(remindersDue(petition, NOW)).toEqual([]);
    expect(remindersDue(petition, NOW, calendar)).toEqual(['due-soon']);
  });
});

describe('the holiday calendar refuses what is not a calendar, and changes nothing', () => {
  it.each([
    [
      'a worked Tuesday',
      '2026',
      { days: [{ date: '2026-02-03', kind: 'working', name: 'Làm bù' }] },
      'days.0.date',
    ],
    [
      'a day of another year',
      '2026',
      { days: [{ date: '2027-02-03', kind: 'off', name: 'Nghỉ' }] },
      'days.0.date',
    ],
    ['no name', '2026', { days: [{ date: '2026-02-03', kind: 'off' }] }, 'days.0.name'],
    [
      'an unknown kind',
      '2026',
      { days: [{ date: '2026-02-03', kind: 'maybe', name: 'Nghỉ' }] },
      'days.0.kind',
    ],
    ['a year out of range', '1999', { days: [] }, 'year'],
  ])('%s → 400 naming %s', async (_name, year, body, field) => {
    const before = await bed.snapshot();
    const response = await bed.call('PUT', `/v1/holidays/${year}`, { as: USERS.admin, body });
    expect(response.status).toBe(400);
    const json = (await response.json()) as { fields?: Record<string, string> };
    expect(Object.keys(json.fields ?? {})).toContain(field);
    expect(await bed.snapshot()).toBe(before);
  });
});
