/**
 * Runs the official DynamoDB Local (shipped in the npm package amplify-dynamodb-simulator)
 * on the installed Java. It supports transactions and streams, which the service relies on.
 *
 * It answers anyone, with any credentials, so it listens on the loopback (or on `host`):
 * the jar has no option for the address (only -port; its Jetty binds every interface), so
 * it is started through java/LoopbackDynamoDbLocal.java, which sets the address before the
 * server opens. That is a single-file source program: a Java without the jdk.compiler module
 * (a bare JRE) cannot run it, and then the jar runs as shipped, with a warning.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { type StopOptions, stopperOf } from './child-process.ts';
import { assertPortFree, LocalStackError } from './ports.ts';

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  /**
   * Whether the launcher gave DynamoDB Local's stream records the index they lack
   * (java/LoopbackDynamoDbLocal.java): without it, each write to a table with a stream costs
   * more the more records the server has streamed, which made a test run's later files slower
   * and slower. False with a bare JRE (the jar as shipped) or a jar whose internals moved.
   */
  streamRecordsIndexed: boolean;
  /**
   * SIGTERM, then SIGKILL past the grace. Killed, DynamoDB Local can lose the last write it
   * acknowledged (measured here; AWS never does): a test of a clean restart gives it time.
   */
  stop(options?: StopOptions): Promise<void>;
}

export interface DynamoDbLocalOptions {
  port: number;
  /** The address to listen on: 127.0.0.1 when absent. */
  host?: string;
  /** Keep data in this folder; in memory when absent. */
  dataDir?: string;
  /** Print the emulator's own output. */
  verbose?: boolean;
  /**
   * Settings for minutes of bulk writes (the bench's scale run: 100,000 petitions and their
   * index entries): the optimizing compiler, which pays for itself over that time, and heap
   * headroom. Measured loading 40,000 petitions (load average 22): 42 s → 34 s.
   */
  bulkLoad?: boolean;
}

function emulatorDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
}

const LAUNCHER = join(dirname(fileURLToPath(import.meta.url)), 'java', 'LoopbackDynamoDbLocal.java');
/** The launcher's line on standard error once the stream records are indexed, and its warning's start. */
const INDEXED = 'hdnd: stream records indexed';
const NOT_INDEXED = 'DynamoDB Local runs without the stream records';

/** Stops with how to install Java when there is none; whether it can run a source program. */
export function assertJava(): { compiles: boolean } {
  const probe = spawnSync('java', ['--list-modules'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new LocalStackError(
      'Java was not found: DynamoDB Local needs Java 17 or newer.\n' +
        '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless\n' +
        '  macOS (Homebrew): brew install openjdk@17\n' +
        'Then run the command again.',
    );
  }
  return { compiles: /^jdk\.compiler@/m.test(probe.stdout) };
}

/** The java command line: the loopback launcher when this Java can compile it, the jar otherwise. */
function javaArguments(
  dir: string,
  host: string,
  compiles: boolean,
  jarArguments: string[],
  bulkLoad = false,
): string[] {
  const common = [
    // The client compiler only, and the serial collector: DynamoDB Local lives for minutes (a test
    // run, a person's `npm start`) and C2's compilations never paid for themselves in that time.
    // Measured on this 2-core machine: its start 7 s of CPU → 3 s, seeding the demo data ≈ 3.5 s
    // → 1.3 s of its CPU (test/README.md, "Timings").
    ...(bulkLoad ? ['-Xms256m', '-Xmx2g'] : ['-XX:TieredStopAtLevel=1', '-Xms64m', '-Xmx512m']),
    '-XX:+UseSerialGC',
    `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
  ];
  if (!compiles) {
    console.warn(
      `DynamoDB Local listens on every interface, not only ${host}: this Java has no jdk.compiler ` +
        'module to run infra/local/java/LoopbackDynamoDbLocal.java (install a JDK, e.g. openjdk-17-jdk-headless).',
    );
    return [...common, '-jar', join(dir, 'DynamoDBLocal.jar'), ...jarArguments];
  }
  return [
    ...common,
    // An IPv4 socket, so that the address is exactly `host` (not ::ffff:127.0.0.1 on a dual stack).
    ...(host.includes(':') ? [] : ['-Djava.net.preferIPv4Stack=true']),
    `-Dhdnd.dynamodb.host=${host}`,
    // Exits when this process's end of its standard input closes: never an orphan (the launcher).
    '-Dhdnd.dynamodb.exitWithParent=true',
    '-cp',
    [join(dir, 'DynamoDBLocal.jar'), join(dir, 'DynamoDBLocal_lib', '*')].join(delimiter),
    LAUNCHER,
    ...jarArguments,
  ];
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new LocalStackError(`DynamoDB Local exited with code ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    throw new LocalStackError(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs / 1000} s`);
  } finally {
    client.destroy();
  }
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  const { compiles } = assertJava();
  await assertPortFree(options.port, 'DynamoDB Local', 'DYNAMODB_PORT');
  const host = options.host ?? '127.0.0.1';
  const dir = emulatorDir();
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  const jarArguments = ['-port', String(options.port), '-sharedDb', '-disableTelemetry', ...storage];
  const child = spawn('java', javaArguments(dir, host, compiles, jarArguments, options.bulkLoad), {
    cwd: dir,
    // Standard input is a pipe kept open for the server's life: it exits when it closes.
    // Standard error is read for the launcher's one line on the stream records' index.
    stdio: ['pipe', options.verbose ? 'inherit' : 'ignore', 'pipe'],
  });
  let streamRecordsIndexed = false;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line === INDEXED) streamRecordsIndexed = true;
    else if (line.startsWith(NOT_INDEXED)) console.warn(line);
    else if (options.verbose) process.stderr.write(`${line}\n`);
  });
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const endpoint = `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${options.port}`;
  const stop = stopperOf(child);
  try {
    // Two minutes: on a busy 2-core machine two servers starting together took over one.
    await waitUntilReady(endpoint, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    endpoint,
    port: options.port,
    process: child,
    // The launcher writes its line before the server opens, so before it answered above.
    streamRecordsIndexed,
    stop,
  };
}
