/**
 * `npm run stats:rebuild`: recomputes the statistics aggregates from the petitions, for
 * repair (functions/lib/statistics/rebuild.ts). Reads TABLE_NAME, AWS_REGION and, for the
 * local stack, DYNAMODB_ENDPOINT (e.g. DYNAMODB_ENDPOINT=http://127.0.0.1:8000
 * TABLE_NAME=hdnd-local npm run stats:rebuild). Needs BatchWriteItem, which no function's
 * role has: run it with an operator's credentials, when no petition is changing.
 */
import { createRepositories, databaseFromConfig } from '../functions/lib/data/index.ts';
import { rebuildStatistics } from '../functions/lib/statistics/rebuild.ts';
import { readStatisticsConfig } from '../functions/statistics/config.ts';

const repos = createRepositories(databaseFromConfig(readStatisticsConfig()));
const started = Date.now();
const { councils, petitions } = await rebuildStatistics(repos);
console.log(
  `Statistics rebuilt: ${petitions} petitions of ${councils} councils in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
repos.db.doc.destroy();
