/**
 * The secretariat records and edits its council's resolutions. A resolution that amends or
 * repeals older ones rewrites them in the same transaction: their `amendedBy`/`repealedBy`
 * and so their status, which is never typed but follows from those links (`statusOf`).
 */
import { isDeepStrictEqual } from 'node:util';
import { ConflictError, NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import {
  type Resolution,
  type ResolutionEdit,
  type ResolutionInput,
  resolutionSlug,
  statusOf,
} from '../../../shared/schemas/index.ts';
import type { Repositories } from '../data/index.ts';
import type { ResolutionChange } from '../data/resolution-repository.ts';
import { checkAgendaItem, checkCouncilReferences } from './references.ts';

export interface ResolutionServiceDependencies {
  repos: Pick<Repositories, 'resolutions' | 'interpellations' | 'reference' | 'sessions'>;
  now: () => Date;
}

/** "luc-ngan-nq-15-2026": readable, and unique because the number is. */
export function newResolutionId(councilId: string, number: string): string {
  const [n, year] = number.split('/');
  return `${councilId}-nq-${n}-${year}`;
}

export async function loadResolution(deps: ResolutionServiceDependencies, id: string): Promise<Resolution> {
  const resolution = await deps.repos.resolutions.get(id);
  if (!resolution) throw new NotFoundError('field.unknownResolution');
  return resolution;
}

const clean = (r: Resolution) => JSON.parse(JSON.stringify(r)) as Resolution;

/**
 * The other resolutions `after` links to or no longer links to, rewritten: `after.id`
 * taken out of their `amendedBy`/`repealedBy`, put back where `after` now says, status
 * recomputed. Only those that change are returned.
 */
async function linkedChanges(
  deps: ResolutionServiceDependencies,
  before: Resolution | undefined,
  after: Resolution,
  at: string,
): Promise<ResolutionChange[]> {
  const named = [...after.amends, ...after.repeals];
  const targets = [...new Set([...named, ...(before ? [...before.amends, ...before.repeals] : [])])];
  const problems: Record<string, { key: MessageKey }> = {};
  const changes: ResolutionChange[] = [];
  for (const targetId of targets) {
    const path = after.amends.includes(targetId)
      ? `amends.${after.amends.indexOf(targetId)}`
      : `repeals.${after.repeals.indexOf(targetId)}`;
    const linked = named.includes(targetId);
    if (linked && targetId === after.id) {
      problems[path] = { key: 'resolution.linkSelf' };
      continue;
    }
    const target = await deps.repos.resolutions.get(targetId);
    if (!target) {
      if (linked) problems[path] = { key: 'field.unknownResolution' };
      continue;
    }
    if (linked && target.councilId !== after.councilId) problems[path] = { key: 'field.otherCouncil' };
    else if (linked && target.adoptedOn > after.adoptedOn) problems[path] = { key: 'resolution.linkNewer' };
    const amendedBy = target.amendedBy.filter((x) => x !== after.id);
    const repealedBy = target.repealedBy.filter((x) => x !== after.id);
    if (after.amends.includes(targetId)) amendedBy.push(after.id);
    if (after.repeals.includes(targetId)) repealedBy.push(after.id);
    const next = { ...target, amendedBy, repealedBy };
    next.status = statusOf(next);
    if (!isDeepStrictEqual(clean(next), clean(target)))
      changes.push({ before: target, after: { ...next, version: target.version + 1, updatedAt: at } });
  }
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
  return changes;
}

export async function recordResolution(
  deps: ResolutionServiceDependencies,
  input: ResolutionInput,
): Promise<Resolution> {
  checkCouncilReferences(
    { ...input, agencies: { agencyId: input.agencyId } },
    await deps.repos.reference.load(),
  );
  await checkAgendaItem(deps.repos, input);
  const at = deps.now().toISOString();
  const { id, ...fields } = input;
  const resolution: Resolution = {
    ...fields,
    id: id ?? newResolutionId(input.councilId, input.number),
    slug: resolutionSlug(input.councilId, input.number),
    status: 'in_force',
    amendedBy: [],
    repealedBy: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const linked = await linkedChanges(deps, undefined, resolution, at);
  await deps.repos.resolutions.write([{ after: resolution }, ...linked]);
  return resolution;
}

export async function editResolution(
  deps: ResolutionServiceDependencies,
  before: Resolution,
  edit: ResolutionEdit,
): Promise<Resolution> {
  if (edit.version !== before.version) throw new ConflictError('entity.conflict');
  const { version: _, ...fields } = edit;
  const next: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  const changed = next as Resolution;
  changed.slug = resolutionSlug(changed.councilId, changed.number);
  if (isDeepStrictEqual(clean(changed), clean(before))) return before;
  const problems = editProblems(changed);
  if (problems) throw new ValidationError(problems);
  checkCouncilReferences(
    { ...changed, agencies: { agencyId: changed.agencyId } },
    await deps.repos.reference.load(),
  );
  await checkAgendaItem(deps.repos, changed);
  const at = deps.now().toISOString();
  const after: Resolution = { ...changed, version: before.version + 1, updatedAt: at };
  const linked = await linkedChanges(deps, before, after, at);
  await deps.repos.resolutions.write([{ before, after }, ...linked]);
  return after;
}

/** What the edit schema cannot see alone: the fields an edit left as they were, with those it changed. */
function editProblems(r: Resolution): Record<string, { key: MessageKey }> | undefined {
  if (r.number.split('/')[1] !== r.adoptedOn.slice(0, 4)) return { number: { key: 'resolution.numberYear' } };
  if (r.effectiveOn && r.effectiveOn < r.adoptedOn)
    return { effectiveOn: { key: 'resolution.effectiveBeforeAdopted' } };
  if (r.amends.length + r.repeals.length > 3) return { amends: { key: 'resolution.tooManyLinks' } };
  if (r.amends.some((a) => r.repeals.includes(a))) return { repeals: { key: 'resolution.amendsAndRepeals' } };
  return undefined;
}
