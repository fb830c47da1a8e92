/**
 * Staff enter petitions received at a meeting, by post, by phone or at a citizen
 * reception: the same records as an online submission (newPetition: the petition, its
 * contact, the first events and the routing decided at receipt, checkReferences: the same
 * reference checks), with the channel, the meeting and the member of staff who entered it.
 * Every entry of a batch is checked before the first is written, so bad input writes
 * nothing; each petition is then its own transaction (a batch can exceed one's 100 items).
 *
 * Not the public pipeline's rate limit or held-meeting rule: staff enter what voters
 * raised at meetings that have already taken place.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { Channel, Petition, PetitionSubmission } from '../../../shared/schemas/index.ts';
import { generateTrackingCode } from '../../../shared/tracking-code.ts';
import { authorize, canManageCouncil } from '../auth/policy.ts';
import { retryOnTransactionConflict } from '../data/transactions.ts';
import { checkReferences } from './check-references.ts';
import { type NewPetition, newPetition } from './new-petition.ts';
import { actorOf, type StaffActionContext } from './staff-action.ts';

export interface StaffEntry {
  submission: PetitionSubmission;
  channel: Exclude<Channel, 'online'>;
}

/** Checks every entry, then writes them one by one; returns the new petitions in order. */
export async function enterPetitions(
  ctx: StaffActionContext,
  councilId: string,
  entries: readonly StaffEntry[],
): Promise<Petition[]> {
  authorize(canManageCouncil(ctx.user, councilId));
  const reference = await ctx.repos.reference.load();
  const council = reference.councils.get(councilId);
  if (!council) throw new ValidationError({ councilId: { key: 'field.unknownCouncil' } });

  const records: NewPetition[] = [];
  for (const [index, { submission, channel }] of entries.entries()) {
    try {
      // The receiving council is the one entering it: its own meeting, held or not, about
      // the meeting's communes (checkReferences); the public meeting rules do not apply.
      await checkReferences(reference, ctx.repos.meetings, submission, { enteredBy: councilId });
      const record = newPetition({
        code: generateTrackingCode(),
        submission,
        council,
        reference,
        now: ctx.now,
      });
      record.petition.channel = channel;
      record.events[0] = { ...record.events[0]!, actor: actorOf(ctx.user) };
      records.push(record);
    } catch (error) {
      throw entries.length > 1 ? withIndex(error, index) : error;
    }
  }
  for (const record of records) await retryOnTransactionConflict(() => ctx.repos.petitions.create(record));
  return records.map((r) => r.petition);
}

/** In a batch, "petitions.3.title" says which entry is wrong. */
function withIndex(error: unknown, index: number): unknown {
  if (!(error instanceof ValidationError)) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([path, p]) => [`petitions.${index}.${path}`, p]),
  );
  return new ValidationError(fields, error.key, { cause: error });
}
