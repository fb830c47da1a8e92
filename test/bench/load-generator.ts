/**
 * Runs autocannon in its own process (so the load generator does not share the API's
 * event loop) and prints its summary as JSON. Called by throughput.ts with one argument:
 *   { url, kind: 'track' | 'submit', codes?, body?, connections, seconds }
 * Tracks cycle through the given codes; every submission carries a fresh Idempotency-Key.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { setupRequest: (request: RawRequest) => RawRequest }[];
}) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadPlan {
  url: string;
  kind: 'track' | 'submit';
  codes?: string[];
  body?: unknown;
  connections: number;
  seconds: number;
}

export interface LoadSummary {
  requestsPerSecond: number;
  total: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
}

async function run(plan: LoadPlan): Promise<LoadSummary> {
  let n = 0;
  const setupRequest =
    plan.kind === 'track'
      ? (request: RawRequest) => ({
          ...request,
          method: 'GET',
          path: `/v1/petitions/${plan.codes![n++ % plan.codes!.length]}`,
        })
      : (request: RawRequest) => ({
          ...request,
          method: 'POST',
          path: '/v1/petitions',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(plan.body),
        });
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.seconds,
    requests: [{ setupRequest }],
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}

if (import.meta.main) {
  const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
  console.log(JSON.stringify(await run(plan)));
}
