/**
 * The authorization matrix's rows for issue #20's staff routes: the holiday calendar,
 * answer templates, bulk actions and the secretariat's all-open view. Their bad input is
 * tested in the files each row names.
 */
import { AnswerTemplateRepository } from '../../functions/lib/data/answer-template-repository.ts';
import { DEMO_HOLIDAY_YEARS } from '../../infra/local/demo/holidays.ts';
import { agency, everyone, type StaffRoute, secretariat } from './matrix.ts';
import { makePetition, type StaffTestbed } from './support.ts';

const HOLIDAYS = 'test/staff/working-day-deadlines.test.ts';
const TEMPLATES_AND_BULK = 'test/staff/templates-and-bulk.test.ts';
const TEMPLATES = '/v1/agencies/phong-tnmt-huu-lung/templates';
const TEMPLATE = {
  name: 'Đất đai',
  text: 'Kính gửi cử tri xã {commune}: kiến nghị {code} đã được {agency} giải quyết.',
};

/** A fresh template of the natural resources office, at version 1. */
const templateOf = async (bed: StaffTestbed) => {
  const id = `t${Math.random().toString(36).slice(2, 10)}`;
  await new AnswerTemplateRepository(bed.database.db).create({
    ...TEMPLATE,
    id,
    agencyId: 'phong-tnmt-huu-lung',
    version: 1,
    updatedAt: bed.now.toISOString(),
    updatedBy: 'quan-tri',
  });
  return id;
};

export const DESK_ROUTES: StaffRoute[] = [
  {
    method: 'GET',
    route: '/v1/holidays',
    allowed: everyone,
    prepare: async () => ({ path: '/v1/holidays' }),
    badInputTestedIn: HOLIDAYS,
  },
  {
    method: 'PUT',
    route: '/v1/holidays/{year}',
    allowed: ['admin'],
    prepare: async () => ({
      path: '/v1/holidays/2026',
      body: { days: DEMO_HOLIDAY_YEARS.find((y) => y.year === 2026)?.days },
    }),
    badInputTestedIn: HOLIDAYS,
  },
  {
    method: 'GET',
    route: '/v1/agencies/{agencyId}/templates',
    allowed: agency,
    prepare: async () => ({ path: TEMPLATES }),
    badInputTestedIn: TEMPLATES_AND_BULK,
  },
  {
    method: 'POST',
    route: '/v1/agencies/{agencyId}/templates',
    allowed: agency,
    prepare: async () => ({ path: TEMPLATES, body: TEMPLATE }),
    badInputTestedIn: TEMPLATES_AND_BULK,
  },
  {
    method: 'PUT',
    route: '/v1/agencies/{agencyId}/templates/{templateId}',
    allowed: agency,
    prepare: async (bed) => ({
      path: `${TEMPLATES}/${await templateOf(bed)}`,
      body: { ...TEMPLATE, version: 1 },
    }),
    badInputTestedIn: TEMPLATES_AND_BULK,
  },
  {
    method: 'POST',
    route: '/v1/agencies/{agencyId}/templates/{templateId}/delete',
    allowed: agency,
    prepare: async (bed) => ({ path: `${TEMPLATES}/${await templateOf(bed)}/delete`, body: { version: 1 } }),
    badInputTestedIn: TEMPLATES_AND_BULK,
  },
  {
    method: 'POST',
    route: '/v1/petitions/bulk',
    // Routing is the secretariat's; the same route acknowledges and answers for agencies (tested there).
    allowed: secretariat,
    prepare: async (bed) => ({
      path: '/v1/petitions/bulk',
      body: {
        action: 'route',
        agencyId: 'phong-tnmt-huu-lung',
        items: [{ code: (await makePetition(bed, 'received')).code, version: 1 }],
      },
    }),
    badInputTestedIn: TEMPLATES_AND_BULK,
  },
  {
    method: 'GET',
    route: '/v1/councils/{councilId}/open-petitions',
    allowed: secretariat,
    prepare: async () => ({ path: '/v1/councils/huu-lung/open-petitions?overdue=false' }),
    badInputTestedIn: 'test/staff/open-petitions.test.ts',
  },
];
