/**
 * The statistics aggregator on Lambda: DynamoDB Stream (NEW_AND_OLD_IMAGES) → the
 * statistics aggregates and the staff search index (petition-changes.ts), with
 * ReportBatchItemFailures on the event source mapping. Locally, infra/local/statistics.ts
 * polls the stream and calls the same createPetitionChangeConsumer().
 */
import { createRepositories, databaseFromConfig } from '../lib/data/index.ts';
import { readStatisticsConfig } from './config.ts';
import { createPetitionChangeConsumer } from './petition-changes.ts';

const config = readStatisticsConfig();

export const handler = createPetitionChangeConsumer({
  repos: createRepositories(databaseFromConfig(config)),
});
