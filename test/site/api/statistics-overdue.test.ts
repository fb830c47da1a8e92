/**
 * "Overdue" kept as an aggregate (functions/lib/statistics/overdue.ts), on DynamoDB Local
 * through the real public app: the rows count what was overdue at the council's threshold
 * and the read adds only the deadlines passed since, one bounded range of the deadline index;
 * the deadlines job moves the threshold and recounts, once however often it runs; an answer
 * takes its petition out of the overdue count; the rebuild gives the same figures.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { advanceOverdue } from '../../../functions/lib/statistics/overdue.ts';
import { rebuildStatistics } from '../../../functions/lib/statistics/rebuild.ts';
import { ConflictError } from '../../../shared/errors.ts';
import { ReferenceData } from '../../../shared/reference-data.ts';
import type { Petition } from '../../../shared/schemas/index.ts';
import { Statistics } from '../../../shared/schemas/publication.ts';
import { computeStatistics } from '../../../shared/statistics.ts';
import { isOverdue, PETITION_STATUSES } from '../../../shared/status-machine.ts';
import { usePetitionTestApi } from '../../petitions/support.ts';
import { countStreamIntoStatistics } from '../../support/statistics-stream.ts';

const DAY = 86_400_000;
const api = usePetitionTestApi();
beforeAll(() => countStreamIntoStatistics(api.database));

const statisticsAt = async (at: Date) => {
  const res = await api.withApp({ now: () => at }).request('/v1/statistics?council=huu-lung');
  expect(res.status).toBe(200);
  const { generatedAt: _at, ...figures } = Statistics.parse(await res.json());
  return figures;
};

/** What the figures are, computed from every petition of the council (shared/statistics.ts). */
async function computedAt(at: Date) {
  const petitions: Petition[] = [];
  for (const status of PETITION_STATUSES) {
    let cursor: string | undefined;
    do {
      const page = await api.repos.petitions.listCouncilQueue('huu-lung', status, { limit: 100, cursor });
      petitions.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
  }
  const reference = new ReferenceData((await api.repos.reference.load({ fresh: true })).records);
  const meetings = new Map(
    (await api.repos.meetings.listByCouncil('huu-lung', {}, { limit: 200 })).items.map((m) => [m.id, m]),
  );
  const { generatedAt: _at, ...figures } = computeStatistics(petitions, {
    reference,
    meetings,
    now: at,
    councilId: 'huu-lung',
  });
  return { figures, petitions };
}

/** The deadline index range the statistics read Queried: its lower bound, if any. */
function deadlineRangeRead(): string | undefined | 'none' {
  const query = api.database.sent.find((c) => c.name === 'QueryCommand' && c.input.IndexName === 'gsi3');
  if (!query) return 'none';
  const values = query.input.ExpressionAttributeValues as Record<string, string>;
  return values[':from'];
}

describe('overdue in the statistics aggregates', () => {
  it('is the same figure whether counted from the index or from the rows, and the read ranges only past the threshold', async () => {
    // A year on, every open petition with a deadline is overdue: a backlog.
    const later = new Date(Date.now() + 365 * DAY);
    const { figures, petitions } = await computedAt(later);
    expect(petitions.filter((p) => isOverdue(p, later)).length).toBeGreaterThan(0);
    expect(figures.totals.overdue).toBeGreaterThan(0);
    expect(await statisticsAt(later)).toEqual(figures);

    // The job moves the threshold to `later`: the backlog is now in the rows.
    const advance = await advanceOverdue(api.repos, 'huu-lung', later);
    expect(advance.recounted).toBe(figures.totals.overdue);
    expect(advance.counted).toBe(figures.totals.overdue);
    api.database.resetSent();
    expect(await statisticsAt(later)).toEqual(figures);
    // Read at the threshold, the deadline index is not read at all; an hour on, from the
    // threshold only, never from the first deadline.
    expect(deadlineRangeRead()).toBe('none');
    api.database.resetSent();
    expect(await statisticsAt(new Date(later.getTime() + 3_600_000))).toEqual(figures);
    expect(deadlineRangeRead()).toBe(later.toISOString());

    // Run again, or the stream delivered again: nothing counts twice.
    expect(await advanceOverdue(api.repos, 'huu-lung', later)).toMatchObject({ recounted: 0, counted: 0 });
    await countStreamIntoStatistics(api.database);
    expect(await statisticsAt(later)).toEqual(figures);
    // A day later nothing new crossed: the job recounts nothing.
    const dayAfter = new Date(later.getTime() + DAY);
    expect(await advanceOverdue(api.repos, 'huu-lung', dayAfter)).toMatchObject({ recounted: 0 });
  });

  it('applies only one of two counts made from the same reading of a record (the stream and the job racing)', async () => {
    const code = (await api.repos.petitions.listCouncilQueue('huu-lung', 'routed')).items[0]!.code;
    const seen = await api.repos.statistics.counted(code);
    expect(seen).toBeDefined();
    const next = {
      version: seen!.version,
      ...(seen!.contribution ? { contribution: seen!.contribution } : {}),
    };
    await api.repos.statistics.record(code, seen, next, []);
    // The second writer read the same record before the first wrote: refused, to be retried.
    await expect(api.repos.statistics.record(code, seen, next, [])).rejects.toThrow(ConflictError);
    const now = await api.repos.statistics.counted(code);
    expect(now!.revision).toBe((seen!.revision ?? 0) + 1);
  });

  it('is right when read at an instant before the threshold (a clock behind the job’s)', async () => {
    const later = new Date(Date.now() + 367 * DAY);
    await advanceOverdue(api.repos, 'huu-lung', later);
    const earlier = new Date();
    expect(await statisticsAt(earlier)).toEqual((await computedAt(earlier)).figures);
  });

  it('loses a petition once it is answered, and the rebuild gives the same figures', async () => {
    const later = new Date(Date.now() + 366 * DAY);
    await advanceOverdue(api.repos, 'huu-lung', later);
    const { figures, petitions } = await computedAt(later);
    const overdue = petitions.find((p) => isOverdue(p, later) && p.agencyId)!;
    expect(overdue).toBeDefined();
    const answeredAt = new Date().toISOString();
    await api.repos.petitions.save([
      {
        before: overdue,
        after: {
          ...overdue,
          status: 'answered',
          answeredAt,
          answer: {
            text: 'Cơ quan đã trả lời kiến nghị.',
            documentNumber: '9/TL',
            documentDate: answeredAt.slice(0, 10),
            result: 'resolved',
            answeredAt,
            agencyId: overdue.agencyId!,
          },
          contactExpiresAt: new Date(Date.now() + 365 * DAY).toISOString(),
        },
        // The answer's texts ride in its "answered" event, as the agency's answer writes them.
        events: [
          {
            id: randomUUID(),
            code: overdue.code,
            type: 'answered',
            at: answeredAt,
            actor: { id: 'test-agency-officer', role: 'agency' },
            agencyId: overdue.agencyId!,
          },
        ],
      },
    ]);
    await countStreamIntoStatistics(api.database);
    const after = await statisticsAt(later);
    expect(after.totals.overdue).toBe(figures.totals.overdue - 1);
    expect(after.totals.answered).toBe(figures.totals.answered + 1);
    expect(after).toEqual((await computedAt(later)).figures);

    await rebuildStatistics(api.repos, later);
    expect(await statisticsAt(later)).toEqual(after);
  });
});
