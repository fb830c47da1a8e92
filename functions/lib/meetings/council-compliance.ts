/** The compliance checks of one council and year, over its meetings read by its index. */
import { type ComplianceReport, checkCompliance } from '../../../shared/compliance.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import type { Meeting } from '../../../shared/schemas/index.ts';
import type { Repositories } from '../data/index.ts';

/** Every meeting of the council starting in the Vietnam calendar year, page by page. */
export async function meetingsOfYear(
  repos: Pick<Repositories, 'meetings'>,
  councilId: string,
  year: number,
): Promise<Meeting[]> {
  const range = {
    from: new Date(`${year}-01-01T00:00:00+07:00`).toISOString(),
    to: new Date(`${year + 1}-01-01T00:00:00+07:00`).toISOString(),
  };
  const all: Meeting[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.meetings.listByCouncil(councilId, range, { limit: 200, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

export async function councilCompliance(
  repos: Pick<Repositories, 'meetings' | 'reference'>,
  councilId: string,
  year: number,
): Promise<ComplianceReport> {
  const reference = await repos.reference.load();
  if (!reference.councils.has(councilId)) throw new NotFoundError('field.unknownCouncil');
  return checkCompliance(councilId, year, await meetingsOfYear(repos, councilId, year), reference);
}
