/**
 * A dependency that fails for a passing reason (throttling, a 5xx, a refused or timed-out
 * connection) after the SDK's own retries is a 503 with Retry-After and a message a citizen
 * understands — JSON, the no-JavaScript pages and the staff API alike — and never a 500.
 * A submission that met one stored nothing, and its retry with the same key makes one petition.
 */
import { createServer, type Server, type Socket } from 'node:net';
import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_TIMEOUTS } from '../../functions/lib/data/client.ts';
import { createDatabase, createRepositories } from '../../functions/lib/data/index.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { freePort } from '../../infra/local/ports.ts';
import { translate } from '../../shared/messages/index.ts';
import { formatTrackingCode, generateTrackingCode } from '../../shared/tracking-code.ts';
import { USERS } from '../staff/routes.ts';
import { startStaffTestbed } from '../staff/support.ts';
import { postForm, postJson, testConfig, usePetitionTestApi, validSubmission } from './support.ts';
import { dumpTable } from './table-dump.ts';

const SOME_CODE = formatTrackingCode(generateTrackingCode());
const api = usePetitionTestApi();
/** Command name → the error DynamoDB answers it with, while set. */
const faults = new Map<string, () => Error>();

beforeAll(async () => {
  api.database.db.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const fault = faults.get(String(context.commandName));
      if (fault) throw fault();
      return next(args);
    },
    { step: 'initialize', name: 'injectFaults' },
  );
  // Warm the reference cache, so that the faults hit the request's own calls.
  await api.repos.reference.load();
});

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });
const internal = () => new InternalServerError({ message: 'Internal server error', ...meta(500) });
const throttled = () =>
  new ProvisionedThroughputExceededException({ message: 'Throughput exceeded', ...meta(400) });
const throttledTransaction = () =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    ...meta(400),
    CancellationReasons: [{ Code: 'ThrottlingError' }, { Code: 'None' }],
  });

async function expectUnavailable(response: Response, locale: 'vi' | 'en' = 'vi') {
  expect(response.status).toBe(503);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  const message = translate(locale, 'server.busy', { seconds: retryAfter });
  if (response.headers.get('content-type')?.includes('json')) {
    expect(await response.json()).toEqual({ error: 'serviceUnavailable', message });
  } else {
    expect(await response.text()).toContain(message);
  }
}

describe('a transient DynamoDB fault', () => {
  it.each([
    ['InternalServerError', internal],
    ['throughput exceeded', throttled],
    ['a transaction cancelled by throttling', throttledTransaction],
  ])('(%s) on a submission is a 503 with Retry-After, and nothing is stored', async (_name, fault) => {
    const before = await dumpTable(api.database);
    faults.set('TransactWriteItemsCommand', fault);
    try {
      await expectUnavailable(
        await postJson(api.app, validSubmission(), { 'idempotency-key': `transient-${_name.length}-first` }),
      );
    } finally {
      faults.clear();
    }
    expect(await dumpTable(api.database)).toBe(before);
  });

  it('answers in English on request, and a retry with the same key makes exactly one petition', async () => {
    const key = 'transient-retry-0001';
    const body = validSubmission({ title: 'Đề nghị lắp đèn đường thôn Làng Ngõa sau sự cố' });
    faults.set('TransactWriteItemsCommand', internal);
    try {
      await expectUnavailable(
        await postJson(api.app, body, { 'idempotency-key': key, 'accept-language': 'en' }),
        'en',
      );
    } finally {
      faults.clear();
    }
    const first = await postJson(api.app, body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const again = await postJson(api.app, body, { 'idempotency-key': key });
    expect(await again.json()).toEqual(await first.json());
    const dump = await dumpTable(api.database);
    expect(dump.split(body.title as string).length - 1).toBe(1);
  });

  it('on a form post without JavaScript is a 503 page with Retry-After', async () => {
    faults.set('TransactWriteItemsCommand', internal);
    try {
      const response = await postForm(api.app, validSubmission());
      expect(response.headers.get('content-type')).toContain('text/html');
      await expectUnavailable(response);
    } finally {
      faults.clear();
    }
  });

  it('on a form post without JavaScript keeps what was typed: the form again, with the message', async () => {
    faults.set('TransactWriteItemsCommand', internal);
    try {
      const response = await postForm(api.app, validSubmission({ title: 'Mương thoát nước bị tắc' }));
      expect(response.status).toBe(503);
      const html = await response.text();
      expect(html).toContain('value="Mương thoát nước bị tắc"');
      expect(html).toContain('class="error-summary"');
    } finally {
      faults.clear();
    }
  });

  it('on tracking, as JSON and as the no-JavaScript page, is a 503', async () => {
    faults.set('QueryCommand', throttled);
    try {
      await expectUnavailable(await api.app.request(`/v1/petitions/${SOME_CODE}`));
      const page = await api.app.request(`/tra-cuu?ma=${SOME_CODE}`);
      expect(page.headers.get('content-type')).toContain('text/html');
      await expectUnavailable(page);
    } finally {
      faults.clear();
    }
  });

  it('is not confused with a bug: an error DynamoDB would answer again is still a 500', async () => {
    faults.set('TransactWriteItemsCommand', () =>
      Object.assign(new Error('One or more parameter values were invalid'), {
        name: 'ValidationException',
        $fault: 'client',
        ...meta(400),
      }),
    );
    try {
      const response = await postJson(api.app, validSubmission());
      expect(response.status).toBe(500);
      expect(response.headers.get('retry-after')).toBeNull();
    } finally {
      faults.clear();
    }
  });
});

describe('an unreachable DynamoDB', () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    if (silent) await new Promise<void>((done) => silent.close(() => done()));
  });

  const appOn = (endpoint: string) =>
    createPublicApp({
      repos: createRepositories(
        createDatabase(
          { tableName: 'unreachable', endpoint },
          // AWS's timeouts, shorter: DynamoDB Local's allow for a busy machine.
          { maxAttempts: 1, requestHandler: { ...REQUEST_TIMEOUTS.aws, requestTimeout: 300 } },
        ),
      ),
      config: testConfig(),
    });

  it('(connection refused) is a 503', async () => {
    const closed = await freePort();
    await expectUnavailable(await appOn(`http://127.0.0.1:${closed}`).request(`/v1/petitions/${SOME_CODE}`));
  });

  it("(no answer within the client's request timeout) is a 503", async () => {
    silent = createServer((socket) => sockets.add(socket));
    const port = await freePort();
    await new Promise<void>((done) => silent.listen(port, '127.0.0.1', done));
    await expectUnavailable(await appOn(`http://127.0.0.1:${port}`).request(`/v1/petitions/${SOME_CODE}`));
  });
});

describe('the staff API', () => {
  it('answers a transient fault with a 503 and Retry-After too', async () => {
    const bed = await startStaffTestbed({ meetings: false });
    try {
      bed.database.db.doc.middlewareStack.add(
        () => async () => {
          throw internal();
        },
        { step: 'initialize', name: 'alwaysInternal' },
      );
      await expectUnavailable(await bed.call('GET', '/v1/councils/huu-lung/petitions', { as: USERS.admin }));
    } finally {
      await bed.close();
    }
  });
});
