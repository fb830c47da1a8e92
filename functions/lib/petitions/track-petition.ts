/**
 * Reading a petition by the code a person typed: any case, with or without separators.
 * A code that cannot be right (a typo the check symbol catches) is a 400 "check the
 * code"; a well-formed code nobody holds is a 404. The read is one Query on the
 * petition's public items.
 */
import { BadRequestError, NotFoundError } from '../../../shared/errors.ts';
import { parseTrackingCode } from '../../../shared/tracking-code.ts';
import type { PetitionRecord, Repositories } from '../data/index.ts';

/** The canonical code, or a 400 naming the problem in the reader's words. */
export function canonicalCode(input: string | undefined): string {
  try {
    return parseTrackingCode(input ?? '');
  } catch (error) {
    throw new BadRequestError('code.invalid', {}, { cause: error });
  }
}

export async function trackPetition(repos: Repositories, code: string): Promise<PetitionRecord> {
  const record = await repos.petitions.getPublic(code);
  if (!record) throw new NotFoundError('code.notFound');
  return record;
}
