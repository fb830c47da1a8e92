/**
 * `npm run bench`: speed and cost figures of the service on this machine, on the local
 * stack (DynamoDB Local, the same Hono apps and handlers as on Lambda). Prints a
 * Markdown report and writes it to test/bench/results/latest.md.
 *
 *   npm run bench                       every section
 *   npm run bench -- --only=cost,site   some sections (overhead, cost, cold-start, throughput, site, site-incremental)
 *   npm run bench -- --quick            fewer iterations and smaller sites, to try the bench
 */

// The stack logs a line per email it sends; at "warn" the report is not buried in them.
// Set before the functions' modules load, since their logger reads it once.
process.env.LOG_LEVEL ??= 'warn';
const { runBench } = await import('./bench.ts');
await runBench(process.argv.slice(2));
