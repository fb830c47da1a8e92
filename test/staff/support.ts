/**
 * The staff API under test: its own table on the shared DynamoDB Local with the demo
 * reference data, the local issuer on a free loopback port (the same JWKS check as on
 * AWS), and helpers to make petitions in any state and to call routes as any demo user.
 */
import { afterAll, beforeAll } from 'vitest';
import { type AttachmentStore, createAttachmentStore } from '../../functions/lib/attachments/store.ts';
import { createTokenVerifier } from '../../functions/lib/auth/verify-token.ts';
import { createStaffApp } from '../../functions/staff-api/app.ts';
import { demoActivity } from '../../infra/local/demo/activity.ts';
import { demoReference } from '../../infra/local/demo/reference.ts';
import type { LocalIssuer } from '../../infra/local/issuer.ts';
import { startLocalIssuer } from '../../infra/local/issuer.ts';
import { freePort } from '../../infra/local/ports.ts';
import type { ReferenceRecords } from '../../shared/reference-data.ts';
import type { Petition, TimelineEvent } from '../../shared/schemas/index.ts';
import { deadlineAfter } from '../../shared/time.ts';
import { generateTrackingCode } from '../../shared/tracking-code.ts';
import { scanTable } from '../petitions/table-dump.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { demoSeedTime, seedFromTemplate } from '../support/demo-template.ts';

export interface StaffTestbed {
  database: TestDatabase;
  issuer: LocalIssuer;
  app: ReturnType<typeof createStaffApp>;
  now: Date;
  /** Calls a route as a demo user (or with any Authorization header, or none). */
  call(
    method: string,
    path: string,
    options?: { as?: string; authorization?: string; body?: unknown; rawBody?: string; contentType?: string },
  ): Promise<Response>;
  /** Every item of the table, sorted: to prove that a refused request changed nothing. */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

export interface StaffTestbedOptions {
  now?: Date;
  meetings?: boolean;
  attachments?: AttachmentStore;
}

export async function startStaffTestbed(options: StaffTestbedOptions = {}): Promise<StaffTestbed> {
  const now = options.now ?? new Date();
  const database = await createTestDatabase('staff');
  const { repos } = database;
  // The records of the current five-minute window's start (the same Việt Nam day, so the same
  // dates) unless a file gives its own `now`: a meeting's createdAt/updatedAt are now ± days to the
  // millisecond, so records of `new Date()` made a new template key, and a template seeded and
  // copied, for every file. The app's clock stays `now`.
  const activity = demoActivity(options.now ?? demoSeedTime(now.getTime()));
  const reference = demoReference(activity.sessions);
  const meetings = (options.meetings ?? true) ? activity.meetings : [];
  // The same records make the same items: copied from the run's template for these records
  // (test/support/demo-template.ts) rather than 160-odd writes one after the other per file.
  await seedFromTemplate(database, JSON.stringify({ reference, meetings }), async (into) => {
    for (const kind of Object.keys(reference) as (keyof ReferenceRecords)[]) {
      for (const record of reference[kind]) await into.reference.create(kind, record as never);
    }
    for (const meeting of meetings) await into.meetings.create(meeting);
  });

  const issuer = await startLocalIssuer({ port: await freePort() });
  const verifyToken = createTokenVerifier({
    jwksUrl: issuer.jwksUrl,
    issuer: issuer.issuer,
    audience: issuer.audience,
  });
  // Presigned links are signed offline: no S3 server is needed to answer the attachment routes.
  const attachments =
    options.attachments ??
    createAttachmentStore({
      ATTACHMENTS_BUCKET: 'staff-test-attachments',
      AWS_REGION: 'ap-southeast-1',
      S3_ENDPOINT: 'http://127.0.0.1:9',
    });
  const app = createStaffApp({ repos, verifyToken, now: () => now, attachments });
  const tokens = new Map<string, string>();

  return {
    database,
    issuer,
    app,
    now,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = {};
      if (o.as) {
        if (!tokens.has(o.as)) tokens.set(o.as, await issuer.tokenFor(o.as));
        headers.authorization = `Bearer ${tokens.get(o.as)}`;
      }
      if (o.authorization !== undefined) headers.authorization = o.authorization;
      let body: string | undefined;
      if (o.rawBody !== undefined) body = o.rawBody;
      else if (o.body !== undefined) body = JSON.stringify(o.body);
      if (body !== undefined) headers['content-type'] = o.contentType ?? 'application/json';
      return app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
    },
    async snapshot() {
      const items = await scanTable(database);
      return JSON.stringify(items.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort());
    },
    async close() {
      await issuer.close();
      await database.drop();
    },
  };
}

/**
 * The staff testbed for one test file: started before its tests, closed after them. Filled in
 * by the beforeAll hook: use it in tests and in hooks registered after this call.
 */
export function useStaffTestbed(options: StaffTestbedOptions = {}): StaffTestbed {
  const bed = {} as StaffTestbed;
  beforeAll(async () => {
    Object.assign(bed, await startStaffTestbed(options));
  });
  afterAll(() => bed.close?.());
  return bed;
}

export type PetitionState = 'received' | 'routed' | 'in_progress' | 'answered' | 'closed' | 'rejected';

/**
 * A petition of Hữu Lũng council, from Vân Nham (in electoral unit no. 6), in `state`;
 * routed ones are with the natural resources office (phong-tnmt-huu-lung).
 */
export async function makePetition(
  bed: StaffTestbed,
  state: PetitionState = 'received',
  overrides: Partial<Petition> = {},
): Promise<Petition> {
  const code = generateTrackingCode();
  const at = new Date(bed.now.getTime() - 10 * 86_400_000).toISOString();
  const routed = state !== 'received' && state !== 'rejected';
  const petition: Petition = {
    code,
    councilId: 'huu-lung',
    channel: 'online',
    status: state,
    fieldId: 'dat-dai',
    localityId: 'van-nham',
    communeId: 'van-nham',
    title: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất',
    content: 'Nhiều hộ gia đình đã nộp hồ sơ từ lâu nhưng chưa được cấp giấy chứng nhận.',
    consentToPublish: true,
    proposedAgencyId: 'phong-tnmt-huu-lung',
    receivedAt: at,
    voterCount: 1,
    version: 1,
    updatedAt: at,
    ...(routed ? { agencyId: 'phong-tnmt-huu-lung', routedAt: at, deadline: deadlineAfter(at, 30) } : {}),
    ...(state === 'answered' || state === 'closed'
      ? {
          answeredAt: at,
          answer: {
            text: 'Đã giải quyết xong hồ sơ cho các hộ.',
            documentNumber: '12/TNMT',
            documentDate: at.slice(0, 10),
            result: 'resolved' as const,
            answeredAt: at,
            agencyId: 'phong-tnmt-huu-lung',
          },
        }
      : {}),
    ...overrides,
  };
  const received: TimelineEvent = {
    id: `1-${code}`,
    code,
    type: 'received',
    at,
    actor: { id: 'citizen', role: 'citizen' },
  };
  await bed.database.repos.petitions.create({
    petition,
    contact: {
      code,
      name: 'Trần Văn Bình',
      email: 'binh.tran@example.com',
      phone: '0912345678',
      address: 'Thôn Làng Ngõa, xã Vân Nham',
      communeId: petition.communeId,
    },
    events: [received],
  });
  return petition;
}
