/**
 * Demo reference data from the seed documents (DESIGN §6): Hữu Lũng's electoral unit
 * no. 6, Sơn Động's chairman dialogues, Lục Ngạn's session meetings, Phúc Lộc commune
 * (Hà Nội) and Hậu Giang province. Names of delegates and officials are invented.
 */
import type { ReferenceRecords } from '../../../shared/reference-data.ts';
import type { AdministrativeUnit, Agency, Council, RoutingRule } from '../../../shared/schemas/index.ts';
import { DEMO_HOLIDAY_YEARS } from './holidays.ts';

const unit = (
  id: string,
  name: string,
  type: AdministrativeUnit['type'],
  parentId: string | null,
): AdministrativeUnit => ({
  id,
  name,
  type,
  parentId,
});

export const DEMO_UNITS: AdministrativeUnit[] = [
  unit('lang-son', 'Lạng Sơn', 'province', null),
  unit('bac-giang', 'Bắc Giang', 'province', null),
  unit('ha-noi', 'Hà Nội', 'province', null),
  unit('hau-giang', 'Hậu Giang', 'province', null),
  unit('huu-lung', 'Hữu Lũng', 'district', 'lang-son'),
  unit('son-dong', 'Sơn Động', 'district', 'bac-giang'),
  unit('luc-ngan', 'Lục Ngạn', 'district', 'bac-giang'),
  // Hữu Lũng, electoral unit no. 6
  unit('minh-tien', 'Minh Tiến', 'commune', 'huu-lung'),
  unit('van-nham', 'Vân Nham', 'commune', 'huu-lung'),
  unit('thanh-son', 'Thanh Sơn', 'commune', 'huu-lung'),
  unit('dong-tien', 'Đồng Tiến', 'commune', 'huu-lung'),
  // Sơn Động, chairman's dialogues Q2 and Q3
  unit('an-chau', 'An Châu', 'commune', 'son-dong'),
  unit('an-ba', 'An Bá', 'commune', 'son-dong'),
  unit('vinh-an', 'Vĩnh An', 'commune', 'son-dong'),
  unit('le-vien', 'Lệ Viễn', 'commune', 'son-dong'),
  unit('tay-yen-tu', 'Tây Yên Tử', 'commune', 'son-dong'),
  unit('yen-dinh', 'Yên Định', 'commune', 'son-dong'),
  unit('tuan-dao', 'Tuấn Đạo', 'commune', 'son-dong'),
  unit('thanh-luan', 'Thanh Luận', 'commune', 'son-dong'),
  // Lục Ngạn
  unit('chu', 'Chũ', 'commune', 'luc-ngan'),
  unit('nghia-ho', 'Nghĩa Hồ', 'commune', 'luc-ngan'),
  unit('phuong-son', 'Phượng Sơn', 'commune', 'luc-ngan'),
  unit('quy-son', 'Quý Sơn', 'commune', 'luc-ngan'),
  // Hà Nội
  unit('phuc-loc', 'Phúc Lộc', 'commune', 'ha-noi'),
  // Hậu Giang
  unit('vi-thanh', 'Vị Thanh', 'commune', 'hau-giang'),
  unit('nga-bay', 'Ngã Bảy', 'commune', 'hau-giang'),
  unit('long-my', 'Long Mỹ', 'commune', 'hau-giang'),
];

export const DEMO_FIELDS = [
  ['kinh-te', 'Kinh tế', 'Economy'],
  ['van-hoa-xa-hoi', 'Văn hóa – xã hội', 'Culture and society'],
  ['nong-thon-moi', 'Xây dựng nông thôn mới', 'New rural development'],
  ['an-ninh-trat-tu', 'An ninh, trật tự', 'Security and order'],
  ['an-toan-giao-thong', 'An toàn giao thông', 'Traffic safety'],
  ['dat-dai', 'Đất đai', 'Land'],
  ['tai-nguyen-moi-truong', 'Tài nguyên và môi trường', 'Natural resources and environment'],
  ['lam-nghiep', 'Lâm nghiệp', 'Forestry'],
  ['giao-duc', 'Giáo dục', 'Education'],
  ['y-te', 'Y tế', 'Health'],
  ['an-sinh-xa-hoi', 'An sinh xã hội, giảm nghèo', 'Social security and poverty reduction'],
  ['ha-tang-do-thi', 'Hạ tầng đô thị', 'Urban infrastructure'],
  ['quy-hoach', 'Quy hoạch', 'Planning'],
  ['thu-tuc-hanh-chinh', 'Thủ tục hành chính', 'Administrative procedures'],
].map(([id, name, nameEn]) => ({ id: id!, name: name!, nameEn: nameEn! }));

const council = (
  id: string,
  name: string,
  unitId: string,
  level: Council['level'],
  autoRoute: boolean,
  documents: NonNullable<Council['documents']>,
  phoneChannels = false,
): Council => ({
  id,
  name,
  unitId,
  level,
  settings: {
    deadlineDays: 30,
    feedbackDays: 90,
    contactRetentionMonths: 12,
    autoRoute,
    ...(phoneChannels ? DEMO_PHONE_CHANNELS : {}),
  },
  documents,
  email: `van-phong-hdnd-${id}@cong-vu.example.vn`,
});

/** SMS and Zalo for one demo council, so `npm start` shows them (the template ids are invented). */
const DEMO_PHONE_CHANNELS = {
  sms: { enabled: true },
  zalo: {
    enabled: true,
    oaId: '4097311281936189049',
    templates: {
      received: '310001',
      routed: '310002',
      answered: '310003',
      rejected: '310004',
      merged: '310005',
      reopened: '310006',
      merged_answered: '310007',
    },
  },
} satisfies Pick<Council['settings'], 'sms' | 'zalo'>;

/** The demo's signers are invented people, like its submitters. */
export const DEMO_COUNCILS: Council[] = [
  council(
    'huu-lung',
    'HĐND huyện Hữu Lũng',
    'huu-lung',
    'district',
    false,
    {
      signer: { name: 'Hoàng Văn Thắng', office: 'chair' },
      copiesTo: ['Thường trực HĐND tỉnh Lạng Sơn', 'Ban Thường vụ Huyện ủy Hữu Lũng', 'Đại biểu HĐND huyện'],
    },
    true,
  ),
  council('son-dong', 'HĐND huyện Sơn Động', 'son-dong', 'district', true, {
    signer: { name: 'Đinh Thị Hương', office: 'vice_chair' },
    copiesTo: ['Thường trực HĐND tỉnh Bắc Giang', 'Đại biểu HĐND huyện'],
  }),
  council('luc-ngan', 'HĐND huyện Lục Ngạn', 'luc-ngan', 'district', false, {
    signer: { name: 'Vũ Minh Đức', office: 'chair' },
    copiesTo: ['Thường trực HĐND tỉnh Bắc Giang', 'Đại biểu HĐND huyện'],
  }),
  council('phuc-loc', 'HĐND xã Phúc Lộc', 'phuc-loc', 'commune', true, {
    signer: { name: 'Trịnh Văn Lâm', office: 'chair' },
    copiesTo: ['Đảng ủy xã Phúc Lộc', 'Đại biểu HĐND xã'],
  }),
  council('hau-giang', 'HĐND tỉnh Hậu Giang', 'hau-giang', 'province', false, {
    signer: { name: 'Trần Thị Ngọc Hà', office: 'chair' },
    copiesTo: ['Ủy ban Thường vụ Quốc hội', 'Ban Thường vụ Tỉnh ủy Hậu Giang', 'Đại biểu HĐND tỉnh'],
  }),
];

const agency = (id: string, name: string, unitId: string, level: Agency['level']): Agency => ({
  id,
  name,
  unitId,
  level,
  email: `${id}@cong-vu.example.vn`,
});

const communeCommittees = DEMO_UNITS.filter((u) => u.type === 'commune').map((u) =>
  agency(`ubnd-${u.id}`, `UBND xã ${u.name}`, u.id, 'commune'),
);

export const DEMO_AGENCIES: Agency[] = [
  agency('ubnd-huu-lung', 'UBND huyện Hữu Lũng', 'huu-lung', 'district'),
  agency('phong-tnmt-huu-lung', 'Phòng Tài nguyên và Môi trường huyện Hữu Lũng', 'huu-lung', 'district'),
  agency('phong-gddt-huu-lung', 'Phòng Giáo dục và Đào tạo huyện Hữu Lũng', 'huu-lung', 'district'),
  agency('cong-an-huu-lung', 'Công an huyện Hữu Lũng', 'huu-lung', 'district'),
  agency('ubnd-son-dong', 'UBND huyện Sơn Động', 'son-dong', 'district'),
  agency('phong-nn-son-dong', 'Phòng Nông nghiệp và PTNT huyện Sơn Động', 'son-dong', 'district'),
  agency('hat-kiem-lam-son-dong', 'Hạt Kiểm lâm huyện Sơn Động', 'son-dong', 'district'),
  agency('ubnd-luc-ngan', 'UBND huyện Lục Ngạn', 'luc-ngan', 'district'),
  agency('ubnd-hau-giang', 'UBND tỉnh Hậu Giang', 'hau-giang', 'province'),
  agency('so-gtvt-hau-giang', 'Sở Giao thông vận tải tỉnh Hậu Giang', 'hau-giang', 'province'),
  agency('so-tnmt-hau-giang', 'Sở Tài nguyên và Môi trường tỉnh Hậu Giang', 'hau-giang', 'province'),
  agency('so-yte-hau-giang', 'Sở Y tế tỉnh Hậu Giang', 'hau-giang', 'province'),
  agency('so-gddt-hau-giang', 'Sở Giáo dục và Đào tạo tỉnh Hậu Giang', 'hau-giang', 'province'),
  agency(
    'so-ldtbxh-hau-giang',
    'Sở Lao động – Thương binh và Xã hội tỉnh Hậu Giang',
    'hau-giang',
    'province',
  ),
  ...communeCommittees,
];

let ruleCount = 0;
const rule = (
  councilId: string,
  agencyId: string,
  match: Partial<Pick<RoutingRule, 'fieldId' | 'unitId' | 'level'>>,
  priority = 0,
): RoutingRule => ({
  id: `${councilId}-r${++ruleCount}`,
  councilId,
  agencyId,
  priority,
  ...match,
});

const communesOf = (parent: string) => DEMO_UNITS.filter((u) => u.parentId === parent);

export const DEMO_ROUTING_RULES: RoutingRule[] = [
  // Hữu Lũng: district bodies by field, the district committee for everything else,
  // and each commune's committee for matters of commune competence.
  rule('huu-lung', 'ubnd-huu-lung', { unitId: 'huu-lung' }),
  rule('huu-lung', 'phong-tnmt-huu-lung', { fieldId: 'dat-dai', unitId: 'huu-lung' }, 10),
  rule('huu-lung', 'phong-tnmt-huu-lung', { fieldId: 'tai-nguyen-moi-truong', unitId: 'huu-lung' }, 10),
  rule('huu-lung', 'phong-gddt-huu-lung', { fieldId: 'giao-duc', unitId: 'huu-lung' }, 10),
  rule('huu-lung', 'cong-an-huu-lung', { fieldId: 'an-ninh-trat-tu', unitId: 'huu-lung' }, 10),
  ...communesOf('huu-lung').map((c) =>
    rule('huu-lung', `ubnd-${c.id}`, { unitId: c.id, level: 'commune' }, 20),
  ),
  // Sơn Động
  rule('son-dong', 'ubnd-son-dong', { unitId: 'son-dong' }),
  rule('son-dong', 'phong-nn-son-dong', { fieldId: 'nong-thon-moi', unitId: 'son-dong' }, 10),
  rule('son-dong', 'hat-kiem-lam-son-dong', { fieldId: 'lam-nghiep', unitId: 'son-dong' }, 10),
  ...communesOf('son-dong').map((c) =>
    rule('son-dong', `ubnd-${c.id}`, { unitId: c.id, level: 'commune' }, 20),
  ),
  // Lục Ngạn
  rule('luc-ngan', 'ubnd-luc-ngan', { unitId: 'luc-ngan' }),
  ...communesOf('luc-ngan').map((c) =>
    rule('luc-ngan', `ubnd-${c.id}`, { unitId: c.id, level: 'commune' }, 20),
  ),
  // Phúc Lộc commune: its own committee
  rule('phuc-loc', 'ubnd-phuc-loc', { unitId: 'phuc-loc' }),
  // Hậu Giang province: departments by field
  rule('hau-giang', 'ubnd-hau-giang', { unitId: 'hau-giang' }),
  rule('hau-giang', 'so-gtvt-hau-giang', { fieldId: 'an-toan-giao-thong' }, 10),
  rule('hau-giang', 'so-tnmt-hau-giang', { fieldId: 'dat-dai' }, 10),
  rule('hau-giang', 'so-tnmt-hau-giang', { fieldId: 'tai-nguyen-moi-truong' }, 10),
  rule('hau-giang', 'so-yte-hau-giang', { fieldId: 'y-te' }, 10),
  rule('hau-giang', 'so-gddt-hau-giang', { fieldId: 'giao-duc' }, 10),
  rule('hau-giang', 'so-ldtbxh-hau-giang', { fieldId: 'an-sinh-xa-hoi' }, 10),
  ...communesOf('hau-giang').map((c) =>
    rule('hau-giang', `ubnd-${c.id}`, { unitId: c.id, level: 'commune' }, 20),
  ),
];

/** An electoral unit: its id and name follow from its council and number. */
const electoralUnit = (councilId: string, number: number, communeIds: string[]) => ({
  id: `${councilId}-dv${number}`,
  councilId,
  number,
  name: `Đơn vị bầu cử số ${number}`,
  communeIds,
});

export const DEMO_ELECTORAL_UNITS = [
  electoralUnit('huu-lung', 6, ['minh-tien', 'van-nham', 'thanh-son', 'dong-tien']),
  electoralUnit('son-dong', 1, ['an-chau', 'an-ba', 'vinh-an', 'le-vien']),
  electoralUnit('son-dong', 2, ['tay-yen-tu', 'yen-dinh', 'tuan-dao', 'thanh-luan']),
  electoralUnit('luc-ngan', 1, ['chu', 'nghia-ho', 'phuong-son', 'quy-son']),
  electoralUnit('phuc-loc', 1, ['phuc-loc']),
  electoralUnit('hau-giang', 1, ['vi-thanh', 'nga-bay', 'long-my']),
];

export const DEMO_DELEGATE_GROUPS = DEMO_ELECTORAL_UNITS.map((e) => ({
  id: `to-${e.id}`,
  councilId: e.councilId,
  name: `Tổ đại biểu ${e.name.replace('Đơn vị bầu cử ', '')}`,
  electoralUnitId: e.id,
}));

const delegateNames = [
  ['Nguyễn Văn Hùng', 'Phó Chủ tịch HĐND'],
  ['Hoàng Thị Lan', 'Đại biểu HĐND'],
  ['Lương Văn Tuấn', 'Đại biểu HĐND'],
];

export const DEMO_DELEGATES = DEMO_DELEGATE_GROUPS.flatMap((g) =>
  delegateNames.map(([name, title], i) => ({
    id: `${g.id}-db${i + 1}`,
    councilId: g.councilId,
    groupId: g.id,
    name: name!,
    title: title!,
    email: `${g.id}-db${i + 1}@dai-bieu.example.vn`,
  })),
);

export function demoReference(sessions: ReferenceRecords['sessions']): ReferenceRecords {
  return {
    councils: DEMO_COUNCILS,
    units: DEMO_UNITS,
    fields: DEMO_FIELDS,
    agencies: DEMO_AGENCIES,
    electoralUnits: DEMO_ELECTORAL_UNITS,
    delegateGroups: DEMO_DELEGATE_GROUPS,
    delegates: DEMO_DELEGATES,
    sessions,
    routingRules: DEMO_ROUTING_RULES,
    holidayYears: DEMO_HOLIDAY_YEARS,
  };
}
