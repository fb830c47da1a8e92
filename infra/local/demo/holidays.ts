/**
 * The national holiday calendar for 2025–2027 (DESIGN §13), as the admin would keep it.
 * Public holidays are those of the Labour Code 2019, art. 112: New Year 1/1, five days of
 * Tết, Hùng Kings' day (10/3 lunar), 30/4, 1/5 and National Day 2/9 with one day before or
 * after it; a holiday on a weekend is taken on the next working day (art. 111–112; Decree
 * 145/2020/NĐ-CP, art. 62). Each year the Government (the Ministry of Labour, since March 2025
 * the Ministry of Home Affairs) announces the civil service's Tết and swap days: a swapped
 * weekday is `off`, the Saturday worked in its place is `working`.
 *
 * `source` says where each date comes from (the announcing body and month; document numbers
 * are not quoted here: check them against the official gazette before relying on a date);
 * `forecast: true` marks a date derived from the rules and the lunar calendar that was not
 * yet announced when this file was written (late 2025). Only
 * the days that change a working-day count are listed (a holiday on a weekend is listed for
 * reading only when a weekday is taken off for it).
 */
import type { HolidayDay, HolidayYear } from '../../../shared/schemas/index.ts';

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112';
const TET_2025 =
  'Thông báo của Bộ LĐ-TB&XH (11/2024), Thủ tướng đồng ý: Tết Ất Tỵ nghỉ 25/01–02/02/2025, hoán đổi thứ Hai 27/01 với thứ Bảy 15/02';
const APRIL_2025 =
  'Thông báo hoán đổi ngày làm việc (4/2025): nghỉ 30/4–04/5/2025, thứ Sáu 02/5 đổi với thứ Bảy 26/4';
const SEPT_2025 = 'Thông báo của Bộ LĐ-TB&XH (11/2024): Quốc khánh nghỉ thứ Hai 01/9 và thứ Ba 02/9/2025';
const TET_2026 =
  'Phương án nghỉ Tết Bính Ngọ Thủ tướng đồng ý (Bộ Nội vụ, 2025): nghỉ 14/02–22/02/2026, không làm bù';
const OBSERVED =
  'Nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần (Bộ luật Lao động 2019, Điều 111; Nghị định 145/2020/NĐ-CP)';
const LUNAR = 'Âm lịch Việt Nam (giờ UTC+7); chưa có thông báo chính thức';
const ADJACENT_DAY = `${LABOUR_CODE}; ngày liền kề chưa công bố`;

const off = (date: string, name: string, source: string, forecast = false): HolidayDay => ({
  date,
  kind: 'off',
  name,
  source,
  forecast,
});
const worked = (date: string, name: string, source: string): HolidayDay => ({
  date,
  kind: 'working',
  name,
  source,
  forecast: false,
});

const year = (y: number, days: HolidayDay[]): HolidayYear => ({ id: String(y), year: y, days });

export const DEMO_HOLIDAY_YEARS: HolidayYear[] = [
  year(2025, [
    off('2025-01-01', 'Tết Dương lịch', LABOUR_CODE),
    off('2025-01-27', 'Tết Nguyên đán (hoán đổi, làm bù 15/02)', TET_2025),
    off('2025-01-28', 'Tết Nguyên đán (29 Tết)', TET_2025),
    off('2025-01-29', 'Tết Nguyên đán (mùng 1)', TET_2025),
    off('2025-01-30', 'Tết Nguyên đán (mùng 2)', TET_2025),
    off('2025-01-31', 'Tết Nguyên đán (mùng 3)', TET_2025),
    worked('2025-02-15', 'Làm bù cho thứ Hai 27/01', TET_2025),
    off('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', LABOUR_CODE),
    worked('2025-04-26', 'Làm bù cho thứ Sáu 02/5', APRIL_2025),
    off('2025-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', LABOUR_CODE),
    off('2025-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
    off('2025-05-02', 'Hoán đổi (làm bù thứ Bảy 26/4)', APRIL_2025),
    off('2025-09-01', 'Quốc khánh (ngày liền kề)', SEPT_2025),
    off('2025-09-02', 'Quốc khánh', LABOUR_CODE),
  ]),
  year(2026, [
    off('2026-01-01', 'Tết Dương lịch', LABOUR_CODE),
    off('2026-02-16', 'Tết Nguyên đán (29 Tết)', TET_2026),
    off('2026-02-17', 'Tết Nguyên đán (mùng 1)', TET_2026),
    off('2026-02-18', 'Tết Nguyên đán (mùng 2)', TET_2026),
    off('2026-02-19', 'Tết Nguyên đán (mùng 3)', TET_2026),
    off('2026-02-20', 'Tết Nguyên đán (mùng 4)', TET_2026),
    // 10/3 lunar is Sunday 26/4/2026: taken on the Monday.
    off('2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù cho Chủ nhật 26/4)', OBSERVED),
    off('2026-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', LABOUR_CODE),
    off('2026-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
    off('2026-09-01', 'Quốc khánh (ngày liền kề; dự kiến)', ADJACENT_DAY, true),
    off('2026-09-02', 'Quốc khánh', LABOUR_CODE),
  ]),
  year(2027, [
    off('2027-01-01', 'Tết Dương lịch', LABOUR_CODE),
    // Mùng 1 Tết Đinh Mùi is Saturday 6/2/2027: 30 Tết and four days after, the weekend ones taken later.
    off('2027-02-05', 'Tết Nguyên đán (30 Tết; dự kiến)', LUNAR, true),
    off('2027-02-08', 'Tết Nguyên đán (mùng 3; dự kiến)', LUNAR, true),
    off('2027-02-09', 'Tết Nguyên đán (mùng 4; dự kiến)', LUNAR, true),
    off('2027-02-10', 'Tết Nguyên đán (nghỉ bù; dự kiến)', `${LUNAR}; ${OBSERVED}`, true),
    off('2027-02-11', 'Tết Nguyên đán (nghỉ bù; dự kiến)', `${LUNAR}; ${OBSERVED}`, true),
    off('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch; dự kiến)', LUNAR, true),
    off('2027-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', LABOUR_CODE),
    // 1/5/2027 is a Saturday: taken on Monday 3/5.
    off('2027-05-03', 'Quốc tế Lao động (nghỉ bù cho thứ Bảy 01/5; dự kiến)', OBSERVED, true),
    off('2027-09-02', 'Quốc khánh', LABOUR_CODE),
    off('2027-09-03', 'Quốc khánh (ngày liền kề; dự kiến)', ADJACENT_DAY, true),
  ]),
];
