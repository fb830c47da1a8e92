/**
 * The statistics aggregates on DynamoDB Local, through the real public app: a submission
 * is counted once the stream has been read, a redelivered stream counts nothing twice,
 * and the rebuild command repairs a damaged row; the figures always equal those computed
 * from every petition (shared/statistics.ts).
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { statisticsKeys } from '../../../functions/lib/data/statistics-keys.ts';
import { rebuildStatistics } from '../../../functions/lib/statistics/rebuild.ts';
import { createStatisticsAggregator } from '../../../functions/statistics/aggregator.ts';
import { Statistics } from '../../../shared/schemas/publication.ts';
import { postJson, usePetitionTestApi, validSubmission } from '../../petitions/support.ts';
import { countStreamIntoStatistics } from '../../support/statistics-stream.ts';

const api = usePetitionTestApi();

const huuLung = async () => {
  const res = await api.app.request('/v1/statistics?council=huu-lung');
  expect(res.status).toBe(200);
  // The figures, without the instant they were computed at.
  const { generatedAt: _at, ...figures } = Statistics.parse(await res.json());
  return figures;
};

describe('statistics aggregates', () => {
  it('count a new submission once the stream is read, and only once however often it comes again', async () => {
    const before = await huuLung();
    const res = await postJson(api.app, validSubmission(), { 'Idempotency-Key': 'aggregates-0000001' });
    expect(res.status).toBe(201);
    // Not counted on the request path: the stream carries it to the aggregator.
    expect((await huuLung()).totals.received).toBe(before.totals.received);
    await countStreamIntoStatistics(api.database);
    const after = await huuLung();
    expect(after.totals.received).toBe(before.totals.received + 1);
    expect(after.byField.find((r) => r.id === 'dat-dai')?.received).toBe(
      (before.byField.find((r) => r.id === 'dat-dai')?.received ?? 0) + 1,
    );
    // Every record of the stream delivered again, twice: nothing moves.
    await countStreamIntoStatistics(api.database);
    await countStreamIntoStatistics(api.database);
    expect(await huuLung()).toEqual(after);
  });

  it('skip a stream record that is not newer than what was counted, and other items', async () => {
    const aggregator = createStatisticsAggregator({ repos: api.repos });
    const codes = (await api.repos.petitions.listCouncilQueue('huu-lung', 'received')).items.map(
      (p) => p.code,
    );
    const petition = (await api.repos.petitions.get(codes[0]!))!;
    const before = await huuLung();
    api.database.resetSent();
    const { marshall } = await import('@aws-sdk/util-dynamodb');
    const result = await aggregator({
      Records: [
        {
          eventName: 'MODIFY',
          dynamodb: {
            SequenceNumber: '1',
            Keys: marshall({ pk: `PETITION#${petition.code}`, sk: 'PUB#PETITION' }),
            // An older version, answered: it must not count.
            NewImage: marshall(
              { ...petition, status: 'closed', version: petition.version - 1 },
              { removeUndefinedValues: true },
            ),
          },
        },
        {
          eventName: 'INSERT',
          dynamodb: { SequenceNumber: '2', Keys: marshall({ pk: 'MEETING#x', sk: 'MEETING' }), NewImage: {} },
        },
      ],
    });
    expect(result.batchItemFailures).toEqual([]);
    expect(api.database.sent.map((c) => c.name)).toEqual(['GetItemCommand']);
    expect(await huuLung()).toEqual(before);
  });

  it('are repaired by the rebuild command, which recomputes them from the petitions', async () => {
    const good = await huuLung();
    await api.database.db.doc.send(
      new UpdateCommand({
        TableName: api.database.tableName,
        Key: { pk: statisticsKeys.pk('huu-lung'), sk: 'ALL#field#dat-dai' },
        UpdateExpression: 'ADD received :n',
        ExpressionAttributeValues: { ':n': 40 },
      }),
    );
    expect((await huuLung()).totals.received).toBe(good.totals.received + 40);
    const rebuilt = await rebuildStatistics(api.repos);
    expect(rebuilt.petitions).toBeGreaterThan(8);
    expect(await huuLung()).toEqual(good);
  });
});
