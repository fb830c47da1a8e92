/**
 * Every string that any input schema reads — free text, ids, emails, phones, dates, codes,
 * query parameters, search strings — refuses ill-formed UTF-16 and noncharacters, and drops
 * the invisible characters phones insert. Walked over a valid sample of each input schema,
 * one string field at a time, so a new field or schema built from the shared helpers is
 * covered and one built from a bare z.string() fails here.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  AgencyInput,
  Answer as AnswerSchema,
  CouncilSessionInput,
  DelegateGroupInput,
  DelegateInput,
  ElectoralUnitInput,
  FollowUpInput,
  MeetingCancel,
  MeetingEdit,
  MeetingFeedQuery,
  MeetingHeld,
  MeetingInput,
  MeetingListQuery,
  MeetingPetitionsEntry,
  MeetingPostpone,
  MergeInput,
  NoteInput,
  PageQuery,
  PetitionSubmission,
  QueueQuery,
  ReasonInput,
  RoadmapInput,
  RouteInput,
  RoutingRuleInput,
  SatisfactionFeedback,
  StaffMeetingQuery,
  StaffPetitionEntry,
  SummaryReportQuery,
} from '../../shared/schemas/index.ts';
import { FindCommuneQuery, ResultsQuery, StatisticsQuery } from '../../shared/schemas/publication.ts';
import { hasNoncharacters, isWellFormedText, stripInvisible } from '../../shared/text.ts';
import { SUBMISSION } from '../staff/routes.ts';

/** The staff routes' paper petition, with an email and a meeting so every field is walked. */
const submission = {
  ...SUBMISSION,
  submitter: { ...SUBMISSION.submitter, email: 'nam@example.vn' },
  meetingId: 'hl-txct-truoc-kh12-minh-tien',
};
const { meetingId: _meeting, ...submissionWithoutMeeting } = submission;
const meeting = {
  councilId: 'huu-lung',
  sessionId: 'huu-lung-kh12',
  kind: 'ad_hoc',
  title: 'Tiếp xúc cử tri đột xuất',
  groupId: 'to-huu-lung-dv6',
  delegateIds: ['to-huu-lung-dv6-db1'],
  communeIds: ['dong-tien'],
  venue: { name: 'Nhà văn hóa xã Đồng Tiến', address: 'Xã Đồng Tiến' },
  startsAt: '2026-12-20T08:00',
  endsAt: '2026-12-20T11:00',
  agenda: 'Nghe cử tri phản ánh.',
  invitedBodies: ['UBND xã Đồng Tiến'],
};

const SAMPLES: [name: string, schema: z.ZodMiniType, sample: unknown][] = [
  ['PetitionSubmission', PetitionSubmission, submission],
  ['StaffPetitionEntry', StaffPetitionEntry, { ...submission, channel: 'meeting' }],
  [
    'MeetingPetitionsEntry',
    MeetingPetitionsEntry,
    { meetingId: 'hop-1', petitions: [submissionWithoutMeeting] },
  ],
  ['SatisfactionFeedback', SatisfactionFeedback, { token: 'abc.def', reason: 'Chưa sửa xong đường.' }],
  [
    'Answer',
    AnswerSchema,
    {
      text: 'Đã kiểm tra và sẽ sửa trong quý tới.',
      documentNumber: '88/TNMT',
      documentDate: '2026-11-20',
      result: 'scheduled',
      resolveBy: '2027-03-31',
    },
  ],
  ['RoadmapInput', RoadmapInput, { text: 'Khảo sát hiện trường.', expectedBy: '2027-01-31' }],
  ['RouteInput', RouteInput, { agencyId: 'ubnd-huu-lung', reason: 'Đúng thẩm quyền.' }],
  ['ReasonInput', ReasonInput, { reason: 'Không thuộc thẩm quyền.' }],
  ['NoteInput', NoteInput, { reason: 'Đã nhận.' }],
  ['FollowUpInput', FollowUpInput, { note: 'Đề nghị trả lời sớm.' }],
  ['MergeInput', MergeInput, { codes: ['DEM2-A7HX-4KQ2'] }],
  ['MeetingInput', MeetingInput, meeting],
  ['MeetingEdit', MeetingEdit, { ...meeting, councilId: undefined, sessionId: 'huu-lung-kh12' }],
  [
    'MeetingPostpone',
    MeetingPostpone,
    { reason: 'Mưa lũ.', startsAt: '2026-12-21T08:00', endsAt: '2026-12-21T10:00' },
  ],
  ['MeetingCancel', MeetingCancel, { reason: 'Trùng lịch.' }],
  ['MeetingHeld', MeetingHeld, { attendance: 64, notes: 'Cử tri nêu 5 ý kiến.' }],
  [
    'MeetingListQuery',
    MeetingListQuery,
    { commune: 'Vân Nham', from: '2026-12-01', to: '2026-12-31', kind: 'ad_hoc', cursor: 'eyJhIjoiYiJ9' },
  ],
  ['MeetingFeedQuery', MeetingFeedQuery, { council: 'huu-lung', from: '2026-12-01T08:00' }],
  [
    'StaffMeetingQuery',
    StaffMeetingQuery,
    { council: 'huu-lung', from: '2026-12-01', to: '2026-12-31', cursor: 'eyJhIjoiYiJ9' },
  ],
  ['SummaryReportQuery', SummaryReportQuery, { meeting: 'hop-1,hop-2' }],
  ['ResultsQuery', ResultsQuery, { council: 'huu-lung', cursor: 'eyJhIjoiYiJ9' }],
  ['QueueQuery', QueueQuery, { status: 'received', cursor: 'eyJhIjoiYiJ9' }],
  ['PageQuery', PageQuery, { cursor: 'eyJhIjoiYiJ9' }],
  ['StatisticsQuery', StatisticsQuery, { council: 'huu-lung' }],
  ['FindCommuneQuery', FindCommuneQuery, { q: 'van nham' }],
  ['CouncilSessionInput', CouncilSessionInput, { name: 'Kỳ họp thứ 12', number: 12, opensOn: '2026-12-15' }],
  ['ElectoralUnitInput', ElectoralUnitInput, { number: 6, name: 'Đơn vị số 6', communeIds: ['van-nham'] }],
  ['DelegateGroupInput', DelegateGroupInput, { name: 'Tổ đại biểu số 6', electoralUnitId: 'huu-lung-dv6' }],
  [
    'DelegateInput',
    DelegateInput,
    { groupId: 'to-huu-lung-dv6', name: 'Lương Văn Tuấn', title: 'Đại biểu', email: 'tuan@hdnd.vn' },
  ],
  [
    'AgencyInput',
    AgencyInput,
    { id: 'phong-moi', name: 'Phòng mới', unitId: 'huu-lung', level: 'district', email: 'phong@hl.vn' },
  ],
  [
    'RoutingRuleInput',
    RoutingRuleInput,
    { agencyId: 'ubnd-huu-lung', fieldId: 'dat-dai', unitId: 'van-nham' },
  ],
];

/** The dotted path of every string in a value. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function withStringAt(value: unknown, path: (string | number)[], change: (s: string) => string): unknown {
  if (path.length === 0) return change(value as string);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = withStringAt(copy[head!], rest, change);
  return copy;
}

const middle = (s: string, insert: string) => `${s.slice(0, 2)}${insert}${s.slice(2)}`;

const cases = SAMPLES.flatMap(([name, schema, sample]) =>
  stringPaths(sample).map((path) => ({ name, schema, sample, path, at: `${name}.${path.join('.')}` })),
);

describe('every string an input schema reads', () => {
  it('starts from valid samples', () => {
    for (const [name, schema, sample] of SAMPLES) {
      const result = schema.safeParse(sample);
      expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it.each(cases)('$at refuses a lone surrogate and a noncharacter', ({ schema, sample, path }) => {
    for (const bad of ['\ud83d', '\udc4d', '\ufffe', '\ufdd0', '\u{10ffff}', '\u{2fffe}', '\ufffd']) {
      const result = schema.safeParse(withStringAt(sample, path, (s) => middle(s, bad)));
      expect(result.success, JSON.stringify(bad)).toBe(false);
      const paths = result.error!.issues.map((i) => i.path.join('.'));
      expect(
        paths.some((p) => p.startsWith(path.join('.'))),
        paths.join(),
      ).toBe(true);
    }
  });
});

describe('the text helpers behind them', () => {
  it('refuse ill-formed UTF-16 and the replacement character', () => {
    expect(isWellFormedText('Tiêu đề có \ud83d nửa emoji')).toBe(false);
    expect(isWellFormedText('ngược \udc4d')).toBe(false);
    expect(isWellFormedText('hỏng \ufffd')).toBe(false);
    expect(isWellFormedText('Cả emoji 👍 thì được')).toBe(true);
  });

  it('find every noncharacter, on every plane', () => {
    for (let plane = 0; plane <= 0x10; plane++) {
      expect(hasNoncharacters(String.fromCodePoint(plane * 0x10000 + 0xfffe))).toBe(true);
      expect(hasNoncharacters(String.fromCodePoint(plane * 0x10000 + 0xffff))).toBe(true);
    }
    for (let cp = 0xfdd0; cp <= 0xfdef; cp++) expect(hasNoncharacters(String.fromCodePoint(cp))).toBe(true);
    expect(hasNoncharacters('Vân Nham \ufdcf \ufdf0 \ufffd 👍')).toBe(false);
  });

  it('strip zero-width characters, BOM, word joiner and soft hyphen, but keep emoji that are joined', () => {
    expect(stripInvisible('\ufeffĐường\u200b làng\u2060 bị\u00ad hỏng\u200c\u200d')).toBe(
      'Đường làng bị hỏng',
    );
    expect(stripInvisible('gia đình 👨\u200d👩\u200d👧 và 👍🏽\u200d')).toBe(
      'gia đình 👨\u200d👩\u200d👧 và 👍🏽',
    );
    expect(stripInvisible('a\u200db')).toBe('ab');
  });
});

describe('the schemas strip what phones insert, and say what is wrong', () => {
  it('a title with zero-width spaces and a BOM is stored without them', () => {
    const parsed = PetitionSubmission.parse({
      ...submission,
      title: '\ufeffLắp\u200b biển báo\u200b tại ngã ba',
      submitter: { ...submission.submitter, email: '\u200bnam@example.vn' },
    });
    expect(parsed.title).toBe('Lắp biển báo tại ngã ba');
    expect(parsed.submitter.email).toBe('nam@example.vn');
  });

  it('a title of nothing but invisible characters is missing', () => {
    const result = PetitionSubmission.safeParse({
      ...submission,
      title: '\u200b\u200b\ufeff\u2060\u200b\u200b',
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', 'field.tooShort'],
    ]);
  });

  it('a lone surrogate is "broken text", a noncharacter is "not a character"', () => {
    const result = PetitionSubmission.safeParse({
      ...submission,
      title: 'Tiêu đề có \ud83d nửa emoji',
      content: `Nội dung bình thường dài đủ hai mươi ký tự \ufffe`,
      submitter: { ...submission.submitter, communeId: 'van-nham\udc00' },
    });
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
      title: 'field.brokenText',
      content: 'field.nonCharacter',
      'submitter.communeId': 'field.brokenText',
    });
  });
});
