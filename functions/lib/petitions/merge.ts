/**
 * Merging duplicates: the same matter raised by several voters (often at several meetings)
 * becomes one primary petition that counts them all ("n voters raised this"). Merged
 * petitions take status `merged` and point at the primary (`mergedInto`); their "merged"
 * events link them to it (`listMergedCodes`), so whoever tells submitters about its answer can
 * find them all.
 * Everything is written in one transaction, each petition on the version that was read.
 */
import { BadRequestError, ValidationError } from '../../../shared/errors.ts';
import type { MergeInput, Petition } from '../../../shared/schemas/index.ts';
import type { PetitionChange } from '../data/index.ts';
import { requireOn } from './access.ts';
import { MAX_MERGED } from './merged-into.ts';
import {
  changed,
  illegal,
  loadPetition,
  nextStatus,
  type StaffActionContext,
  saveChanges,
  staffEvent,
} from './staff-action.ts';

/** A primary that is rejected or itself merged cannot take others in. */
const CANNOT_BE_PRIMARY = new Set(['rejected', 'merged']);
export async function mergePetitions(
  ctx: StaffActionContext,
  primaryCode: string,
  input: MergeInput,
): Promise<{ primary: Petition; merged: Petition[] }> {
  const codes = [...new Set(input.codes)];
  if (codes.includes(primaryCode)) throw new ValidationError({ codes: { key: 'petition.mergeIntoItself' } });

  const primary = await loadPetition(ctx, primaryCode);
  await requireOn(ctx.repos, ctx.user, primary, 'triage');
  if (CANNOT_BE_PRIMARY.has(primary.status)) throw illegal('mergeInto', primary.status);

  const duplicates: Petition[] = [];
  for (const code of codes) {
    const duplicate = await loadPetition(ctx, code);
    if (duplicate.councilId !== primary.councilId) throw new BadRequestError('petition.mergeOtherCouncil');
    await requireOn(ctx.repos, ctx.user, duplicate, 'triage');
    nextStatus(duplicate, 'merge');
    duplicates.push(duplicate);
  }
  // A duplicate that was itself a primary brings its own merged petitions along. Its links are
  // read from an index (eventually consistent): one merged into it a second ago may be missed and
  // stay pointing at it. Harmless: the duplicate's own count already includes it, and the notifier
  // follows the links transitively (merged-into.ts), so its submitter still hears of the answer.
  const children: Petition[] = [];
  for (const duplicate of duplicates) {
    for (const code of await ctx.repos.petitions.listMergedCodes(duplicate.code)) {
      const child = await ctx.repos.petitions.get(code);
      if (child?.status === 'merged' && child.mergedInto === duplicate.code) children.push(child);
    }
  }
  if (duplicates.length + children.length > MAX_MERGED)
    throw new ValidationError({ codes: { key: 'field.tooMany', params: { max: MAX_MERGED } } });

  const changes: PetitionChange[] = [...duplicates, ...children].map((before) => ({
    before,
    after: changed(before, { status: 'merged', mergedInto: primary.code }, ctx.now),
    events: [staffEvent(ctx, before.code, 'merged', { mergedInto: primary.code })],
  }));
  // A duplicate's count already includes the petitions merged into it.
  const voterCount = primary.voterCount + duplicates.reduce((sum, d) => sum + d.voterCount, 0);
  changes.unshift({ before: primary, after: changed(primary, { voterCount }, ctx.now), events: [] });
  const [savedPrimary, ...merged] = await saveChanges(ctx, changes);
  return { primary: savedPrimary!, merged };
}
