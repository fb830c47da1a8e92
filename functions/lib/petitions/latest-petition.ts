/**
 * A citizen's step on a petition through their private link ("not satisfied", "is it
 * resolved?", a withdrawal or an erasure): the petition read, the step decided on it and
 * written. A concurrent change (another click, a staff action) makes the versioned write fail
 * with a ConflictError: the petition is read again and the step decided again, at most three
 * times, so the answer reflects the status that won.
 */
import { ConflictError, NotFoundError } from '../../../shared/errors.ts';
import type { Petition } from '../../../shared/schemas/index.ts';
import type { Repositories } from '../data/index.ts';

const ATTEMPTS = 3;

export async function onLatestPetition<T>(
  repos: Repositories,
  code: string,
  step: (before: Petition) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const before = await repos.petitions.get(code);
    if (!before) throw new NotFoundError('code.notFound');
    try {
      return await step(before);
    } catch (error) {
      if (error instanceof ConflictError && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}
