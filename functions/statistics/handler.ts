/**
 * The statistics aggregator on Lambda: DynamoDB Stream (NEW_AND_OLD_IMAGES) → the
 * statistics aggregates, with ReportBatchItemFailures on the event source mapping. Locally,
 * infra/local/statistics.ts polls the stream and calls the same createStatisticsAggregator().
 */
import { createRepositories, databaseFromConfig } from '../lib/data/index.ts';
import { createStatisticsAggregator } from './aggregator.ts';
import { readStatisticsConfig } from './config.ts';

const config = readStatisticsConfig();

export const handler = createStatisticsAggregator({ repos: createRepositories(databaseFromConfig(config)) });
