/**
 * Bad input to every staff route gets a clear 4xx and changes nothing stored: malformed
 * bodies, wrong types, missing and oversized fields, unknown references, bad codes,
 * bad queries and cursors. The caller is the admin, whom no scope check stops.
 */
import { describe, expect, it } from 'vitest';
import { vietnamDate } from '../../shared/time.ts';
import { ANSWER, AT_VAN_NHAM, STAFF_ROUTES, SUBMISSION, USERS } from './routes.ts';
import { makePetition, type PetitionState, useStaffTestbed } from './support.ts';

const bed = useStaffTestbed({ meetings: false });

interface BadCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  /** The path; `{code}` is replaced by a fresh petition in `state`. */
  path: string;
  state?: PetitionState;
  body?: unknown;
  rawBody?: string;
  contentType?: string;
  status?: number;
}

const cursorOf = (key: Record<string, string>) => Buffer.from(JSON.stringify(key)).toString('base64url');
/** A Vietnam calendar day `days` from today (the testbed's now is the real clock). */
const dayFromToday = (days: number) => vietnamDate(new Date(Date.now() + days * 86_400_000));
const long = (n: number) => 'x'.repeat(n);
const action = (name: string, verb: string, state: PetitionState, body: unknown, status = 400): BadCase => ({
  name: `${verb}: ${name}`,
  method: 'POST',
  path: `/v1/petitions/{code}/${verb}`,
  state,
  body,
  status,
});

const CASES: BadCase[] = [
  // Bodies that are not what a JSON route reads
  {
    name: 'route: not JSON',
    method: 'POST',
    path: '/v1/petitions/{code}/route',
    state: 'received',
    rawBody: '{oops',
  },
  {
    name: 'route: text/plain',
    method: 'POST',
    path: '/v1/petitions/{code}/route',
    state: 'received',
    rawBody: '{"agencyId":"ubnd-huu-lung"}',
    contentType: 'text/plain',
    status: 415,
  },
  {
    name: 'route: empty body',
    method: 'POST',
    path: '/v1/petitions/{code}/route',
    state: 'received',
    rawBody: '',
  },
  {
    name: 'route: an array',
    method: 'POST',
    path: '/v1/petitions/{code}/route',
    state: 'received',
    body: [],
  },
  {
    name: 'answer: a huge body',
    method: 'POST',
    path: '/v1/petitions/{code}/answer',
    state: 'in_progress',
    body: { ...ANSWER, text: long(300_000) },
    status: 413,
  },
  // Fields
  action('agencyId missing', 'route', 'received', {}),
  action('agencyId a number', 'route', 'received', { agencyId: 123 }),
  action('agencyId not a slug', 'route', 'received', { agencyId: 'Phòng TNMT' }),
  action('unknown agency', 'route', 'received', { agencyId: 'khong-ton-tai' }),
  action('reason with a control character', 'route', 'received', {
    agencyId: 'ubnd-huu-lung',
    reason: 'a\u0000bcd',
  }),
  action('reason with a lone surrogate', 'reject', 'received', { reason: 'Không rõ \ud83d nội dung' }),
  action('answer text with a noncharacter', 'answer', 'in_progress', {
    ...ANSWER,
    text: `${ANSWER.text}\ufffe`,
  }),
  action('document number with a noncharacter', 'answer', 'in_progress', {
    ...ANSWER,
    documentNumber: '88/\u{10ffff}',
  }),
  action('follow-up note with a lone surrogate', 'follow-up', 'routed', {
    note: 'Đề nghị \udc00 trả lời sớm',
  }),
  action('no codes', 'merge', 'received', { codes: [] }),
  action('codes not a list', 'merge', 'received', { codes: 'ABC' }),
  action('a code with a typo', 'merge', 'received', { codes: ['7KQM-3HXT-9PAX'] }),
  action('too many codes', 'merge', 'received', {
    codes: Array.from({ length: 31 }, () => 'DEM2-A7HX-4KQ2'),
  }),
  action('an unknown code', 'merge', 'received', { codes: ['2222-2222-2222'] }, 404),
  action('no reason', 'reject', 'received', {}),
  action('empty reason', 'reject', 'received', { reason: '   ' }),
  action('reason too long', 'reject', 'received', { reason: long(2001) }),
  action('reason a number', 'close', 'answered', { reason: 5 }),
  action('note a list', 'acknowledge', 'routed', { reason: ['đã nhận'] }),
  action('text too short', 'roadmap', 'in_progress', { text: 'sớm', expectedBy: '2026-12-31' }),
  action('impossible date', 'roadmap', 'in_progress', {
    text: 'Kiểm tra thực địa.',
    expectedBy: '2026-02-30',
  }),
  action('no date', 'roadmap', 'in_progress', { text: 'Kiểm tra thực địa.' }),
  action('unknown result', 'answer', 'in_progress', { ...ANSWER, result: 'maybe' }),
  action('date in words', 'answer', 'in_progress', { ...ANSWER, documentDate: 'hôm qua' }),
  action('empty text', 'answer', 'in_progress', { ...ANSWER, text: '' }),
  action('no document number', 'answer', 'in_progress', { ...ANSWER, documentNumber: undefined }),
  action('scheduled without a date', 'answer', 'in_progress', { ...ANSWER, result: 'scheduled' }),
  action('document dated in the future', 'answer', 'in_progress', {
    ...ANSWER,
    documentDate: dayFromToday(2),
  }),
  action('document dated before 2000', 'answer', 'in_progress', { ...ANSWER, documentDate: '1999-12-31' }),
  action('resolve-by date in the past', 'answer', 'in_progress', {
    ...ANSWER,
    result: 'scheduled',
    resolveBy: dayFromToday(-2),
  }),
  action('resolve-by date after 2100', 'answer', 'in_progress', {
    ...ANSWER,
    result: 'scheduled',
    resolveBy: '2101-01-01',
  }),
  action('expected date in the past', 'roadmap', 'in_progress', {
    text: 'Kiểm tra thực địa.',
    expectedBy: dayFromToday(-2),
  }),
  action('expected date in year 0', 'roadmap', 'in_progress', {
    text: 'Kiểm tra thực địa.',
    expectedBy: '0000-01-01',
  }),
  action('no reason', 'return', 'routed', {}),
  action('blank reason', 'return', 'in_progress', { reason: ' \n ' }),
  action('no note', 'follow-up', 'routed', {}),
  action('note too short', 'follow-up', 'routed', { note: 'ok' }),
  // Paths
  { name: 'detail: code with a typo', method: 'GET', path: '/v1/petitions/7KQM-3HXT-9PAX' },
  { name: 'detail: unknown code', method: 'GET', path: '/v1/petitions/2222-2222-2222', status: 404 },
  {
    name: 'route: bad code',
    method: 'POST',
    path: '/v1/petitions/abc/route',
    body: { agencyId: 'ubnd-huu-lung' },
  },
  { name: 'council: bad id', method: 'GET', path: '/v1/councils/Huu_Lung' },
  { name: 'council: unknown', method: 'GET', path: '/v1/councils/khong-co', status: 404 },
  // Queues
  { name: 'triage: unknown status', method: 'GET', path: '/v1/councils/huu-lung/petitions?status=bogus' },
  { name: 'triage: limit 0', method: 'GET', path: '/v1/councils/huu-lung/petitions?limit=0' },
  { name: 'triage: limit in words', method: 'GET', path: '/v1/councils/huu-lung/petitions?limit=ten' },
  { name: 'triage: garbage cursor', method: 'GET', path: '/v1/councils/huu-lung/petitions?cursor=%%%' },
  {
    name: 'triage: forged cursor',
    method: 'GET',
    path: `/v1/councils/huu-lung/petitions?cursor=${'eyJhIjoxfQ'}`,
  },
  {
    name: 'triage: forged cursor {"a":"b"}',
    method: 'GET',
    path: '/v1/councils/huu-lung/petitions?cursor=eyJhIjoiYiJ9',
  },
  {
    name: "triage: another council's queue cursor",
    method: 'GET',
    path: `/v1/councils/huu-lung/petitions?cursor=${cursorOf({ pk: 'PETITION#X', sk: 'PUB#PETITION', gsi2pk: 'COUNCIL#son-dong#PETITIONS#received', gsi2sk: 'x' })}`,
  },
  {
    name: 'triage: a cursor of another status',
    method: 'GET',
    path: `/v1/councils/huu-lung/petitions?status=routed&cursor=${cursorOf({ pk: 'PETITION#X', sk: 'PUB#PETITION', gsi2pk: 'COUNCIL#huu-lung#PETITIONS#received', gsi2sk: 'x' })}`,
  },
  {
    name: 'agency queue: forged cursor {"a":"b"}',
    method: 'GET',
    path: '/v1/agencies/ubnd-huu-lung/petitions?cursor=eyJhIjoiYiJ9',
  },
  {
    name: "agency queue: another agency's cursor",
    method: 'GET',
    path: `/v1/agencies/ubnd-huu-lung/petitions?cursor=${cursorOf({ pk: 'PETITION#X', sk: 'PUB#PETITION', gsi1pk: 'AGENCY#phong-tnmt-huu-lung#routed', gsi1sk: 'x' })}`,
  },
  {
    name: 'group: forged cursor {"a":"b"}',
    method: 'GET',
    path: '/v1/groups/to-huu-lung-dv6/petitions?cursor=eyJhIjoiYiJ9',
  },
  {
    name: 'agency queue: bad status',
    method: 'GET',
    path: '/v1/agencies/ubnd-huu-lung/petitions?status=late',
  },
  { name: 'group: unknown', method: 'GET', path: '/v1/groups/to-khong-co/petitions', status: 404 },
  { name: 'group: bad cursor', method: 'GET', path: '/v1/groups/to-huu-lung-dv6/petitions?cursor=abc' },
  // Petitions entered by the secretariat
  {
    name: 'entry: online is the citizen’s channel',
    method: 'POST',
    path: '/v1/councils/huu-lung/petitions',
    body: { ...SUBMISSION, channel: 'online' },
  },
  { name: 'entry: no channel', method: 'POST', path: '/v1/councils/huu-lung/petitions', body: SUBMISSION },
  {
    name: 'entry: meeting channel without a meeting',
    method: 'POST',
    path: '/v1/councils/huu-lung/petitions',
    body: { ...SUBMISSION, channel: 'meeting' },
  },
  {
    name: 'entry: unknown commune',
    method: 'POST',
    path: '/v1/councils/huu-lung/petitions',
    body: { ...SUBMISSION, channel: 'post', submitter: { ...SUBMISSION.submitter, communeId: 'khong-co' } },
  },
  {
    name: 'entry: no phone nor email',
    method: 'POST',
    path: '/v1/councils/huu-lung/petitions',
    body: { ...SUBMISSION, channel: 'phone', submitter: { ...SUBMISSION.submitter, phone: undefined } },
  },
  {
    name: 'entry: a title with a lone surrogate',
    method: 'POST',
    path: '/v1/councils/huu-lung/petitions',
    body: { ...SUBMISSION, channel: 'post', title: 'Tiêu đề có \ud83d nửa emoji' },
  },
  {
    name: 'entry: a name with a noncharacter',
    method: 'POST',
    path: '/v1/councils/huu-lung/petitions',
    body: {
      ...SUBMISSION,
      channel: 'post',
      submitter: { ...SUBMISSION.submitter, name: 'Hoàng\ufdd0 Văn Nam' },
    },
  },
  {
    name: 'entry: unknown council',
    method: 'POST',
    path: '/v1/councils/khong-co/petitions',
    body: { ...SUBMISSION, channel: 'post' },
  },
  {
    name: 'batch: unknown meeting',
    method: 'POST',
    path: '/v1/councils/huu-lung/petitions/batch',
    body: { meetingId: 'khong-co', petitions: [SUBMISSION] },
  },
  {
    name: 'batch: no petitions',
    method: 'POST',
    path: '/v1/councils/huu-lung/petitions/batch',
    body: { meetingId: 'hl-txct-sau-kh11-van-nham', petitions: [] },
  },
  {
    name: 'batch: one bad entry among good ones',
    method: 'POST',
    path: '/v1/councils/huu-lung/petitions/batch',
    body: {
      meetingId: 'hl-txct-sau-kh11-van-nham',
      petitions: [AT_VAN_NHAM, { ...AT_VAN_NHAM, title: 'x' }],
    },
  },
  // Council settings
  {
    name: 'settings: 0 days',
    method: 'PUT',
    path: '/v1/councils/huu-lung/settings',
    body: { deadlineDays: 0 },
  },
  {
    name: 'settings: 400 days',
    method: 'PUT',
    path: '/v1/councils/huu-lung/settings',
    body: { deadlineDays: 400 },
  },
  {
    name: 'settings: days in words',
    method: 'PUT',
    path: '/v1/councils/huu-lung/settings',
    body: { deadlineDays: 'ba mươi' },
  },
  {
    name: 'settings: autoRoute "maybe"',
    method: 'PUT',
    path: '/v1/councils/huu-lung/settings',
    body: { autoRoute: 'maybe' },
  },
  {
    name: 'settings: unknown council',
    method: 'PUT',
    path: '/v1/councils/khong-co/settings',
    body: {},
    status: 404,
  },
  // Routing rules
  { name: 'rules: bad council id', method: 'GET', path: '/v1/councils/Huu_Lung/routing-rules' },
  {
    name: 'rule: unknown agency',
    method: 'POST',
    path: '/v1/councils/huu-lung/routing-rules',
    body: { agencyId: 'khong-co' },
  },
  {
    name: 'rule: unknown field',
    method: 'POST',
    path: '/v1/councils/huu-lung/routing-rules',
    body: { agencyId: 'ubnd-huu-lung', fieldId: 'khong-co' },
  },
  {
    name: 'rule: negative priority',
    method: 'POST',
    path: '/v1/councils/huu-lung/routing-rules',
    body: { agencyId: 'ubnd-huu-lung', priority: -1 },
  },
  {
    name: 'rule: unknown level',
    method: 'POST',
    path: '/v1/councils/huu-lung/routing-rules',
    body: { agencyId: 'ubnd-huu-lung', level: 'village' },
  },
  {
    name: 'rule: taken id',
    method: 'POST',
    path: '/v1/councils/huu-lung/routing-rules',
    body: { id: 'huu-lung-r1', agencyId: 'ubnd-huu-lung' },
    status: 409,
  },
  {
    name: 'rule: unknown rule',
    method: 'PUT',
    path: '/v1/councils/huu-lung/routing-rules/khong-co',
    body: { agencyId: 'ubnd-huu-lung' },
    status: 404,
  },
  {
    name: "rule: another council's rule",
    method: 'PUT',
    path: '/v1/councils/huu-lung/routing-rules/son-dong-r10',
    body: { agencyId: 'ubnd-huu-lung' },
    status: 404,
  },
  // Agencies
  {
    name: 'agency: id with spaces',
    method: 'POST',
    path: '/v1/agencies',
    body: { id: 'phong moi', name: 'Phòng mới', unitId: 'huu-lung', level: 'district' },
  },
  {
    name: 'agency: no name',
    method: 'POST',
    path: '/v1/agencies',
    body: { id: 'phong-moi', unitId: 'huu-lung', level: 'district' },
  },
  {
    name: 'agency: unknown unit',
    method: 'POST',
    path: '/v1/agencies',
    body: { id: 'phong-moi', name: 'Phòng mới', unitId: 'khong-co', level: 'district' },
  },
  {
    name: 'agency: bad email',
    method: 'POST',
    path: '/v1/agencies',
    body: {
      id: 'phong-moi',
      name: 'Phòng mới',
      unitId: 'huu-lung',
      level: 'district',
      email: 'không phải email',
    },
  },
  {
    name: 'agency: a name with a lone surrogate',
    method: 'POST',
    path: '/v1/agencies',
    body: { id: 'phong-moi', name: 'Phòng \ud83d mới', unitId: 'huu-lung', level: 'district' },
  },
  {
    name: 'agency: taken id',
    method: 'POST',
    path: '/v1/agencies',
    body: { id: 'phong-tnmt-huu-lung', name: 'Trùng', unitId: 'huu-lung', level: 'district' },
    status: 409,
  },
  {
    name: 'agency: unknown agency',
    method: 'PUT',
    path: '/v1/agencies/khong-co',
    body: { name: 'Không có', unitId: 'huu-lung', level: 'district' },
    status: 404,
  },
  {
    name: 'council queue: an unknown order',
    method: 'GET',
    path: '/v1/councils/huu-lung/petitions?sort=random',
  },
  {
    name: 'council queue: the deadline order for new petitions',
    method: 'GET',
    path: '/v1/councils/huu-lung/petitions?status=received&sort=deadline',
  },
  {
    name: 'counts: an unknown council',
    method: 'GET',
    path: '/v1/councils/khong-co/petitions/counts',
    status: 404,
  },
  {
    name: 'counts: a malformed council id',
    method: 'GET',
    path: '/v1/councils/Khong%20Co/petitions/counts',
  },
  {
    name: 'agency: bad level',
    method: 'PUT',
    path: '/v1/agencies/ubnd-huu-lung',
    body: { name: 'UBND', unitId: 'huu-lung', level: 'thôn' },
  },
];

describe('bad input to staff routes', () => {
  it('every staff route is covered by at least one bad-input case', () => {
    const templates = CASES.map((c) => `${c.method} ${c.path.split('?')[0]!}`);
    const covers = (route: string) => {
      const pattern = new RegExp(`^${route.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      return templates.some((t) => pattern.test(t));
    };
    const uncovered = STAFF_ROUTES.filter((r) => !r.badInputTestedIn)
      .map((r) => `${r.method} ${r.route}`)
      .filter((route) => route !== 'GET /v1/me' && route !== 'GET /v1/agencies' && !covers(route));
    expect(uncovered).toEqual([]);
  });

  it.each(CASES)('$name → $status (4xx), nothing changes', async (c) => {
    const code = c.state ? (await makePetition(bed, c.state)).code : undefined;
    const path = code ? c.path.replace('{code}', code) : c.path;
    const before = await bed.snapshot();
    const response = await bed.call(c.method, path, {
      as: USERS.admin,
      ...(c.rawBody !== undefined ? { rawBody: c.rawBody } : {}),
      ...(c.body !== undefined ? { body: c.body } : {}),
      ...(c.contentType ? { contentType: c.contentType } : {}),
    });
    const body = (await response.json()) as { error: string; message: string };
    expect(response.status, JSON.stringify(body)).toBe(c.status ?? 400);
    expect(body.message.length).toBeGreaterThan(0);
    expect(await bed.snapshot()).toBe(before);
  });
});
