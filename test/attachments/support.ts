/**
 * The public API with attachments: a table on DynamoDB Local (demo data), a local S3 server
 * (s3rver, as in `npm start`) whose events feed the real processing handler, and helpers
 * that upload a file the way a browser does (the presigned POST, multipart).
 */
import sharp from 'sharp';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../functions/lib/config.ts';
import { createRepositories, type Repositories } from '../../functions/lib/data/index.ts';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { type LocalS3, startLocalS3 } from '../../infra/local/s3-server.ts';
import type { Upload } from '../../shared/schemas/index.ts';
import { testConfig } from '../petitions/support.ts';
import { type StaffTestbed, startStaffTestbed } from '../staff/support.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { seedDemoCopy, seedDemoReferenceCopy } from '../support/demo-template.ts';

export interface AttachmentTestApi {
  app: ReturnType<typeof createPublicApp>;
  database: TestDatabase;
  repos: Repositories;
  s3: LocalS3;
  withApp(config: Partial<Config>, clientAddress?: string): ReturnType<typeof createPublicApp>;
}

/** `seed: 'reference'`: the demo data's reference records alone, for a file that reads no demo petition. */
export function useAttachmentTestApi(options: { seed?: 'demo' | 'reference' } = {}): AttachmentTestApi {
  const api = {} as AttachmentTestApi;
  beforeAll(async () => {
    const database = await createTestDatabase('attachments');
    const repos = createRepositories(database.db);
    await (options.seed === 'reference' ? seedDemoReferenceCopy(database) : seedDemoCopy(database));
    const s3 = await startLocalS3({ port: 0, origins: ['http://127.0.0.1:4321'], repos });
    const withApp = (config: Partial<Config> = {}, clientAddress = '203.0.113.9') =>
      createPublicApp({
        repos,
        config: testConfig(config),
        clientAddress: () => clientAddress,
        attachments: s3.store,
      });
    Object.assign(api, { app: withApp(), database, repos, s3, withApp });
  });
  afterAll(async () => {
    await api.s3?.stop();
    await api.database?.drop();
  });
  return api;
}

/**
 * The staff testbed with the local S3 server. The bucket's processing needs the testbed's
 * table, and the testbed needs the bucket: the S3 server is started first, on repositories
 * that are the testbed's once it is up.
 */
export async function startStaffAttachmentTestbed(): Promise<{ bed: StaffTestbed; s3: LocalS3 }> {
  let repos: StaffTestbed['database']['repos'] | undefined;
  const lazyRepos = {
    uploads: new Proxy({}, { get: (_, name) => Reflect.get(repos!.uploads, name).bind(repos!.uploads) }),
  };
  const s3 = await startLocalS3({ port: 0, origins: ['http://127.0.0.1:4321'], repos: lazyRepos as never });
  const bed = await startStaffTestbed({ attachments: s3.store });
  repos = bed.database.repos;
  return { bed, s3 };
}

/**
 * The staff testbed with the local S3 for one test file: started before its tests, closed
 * after them. Filled in by the beforeAll hook: use it in tests and hooks.
 */
export function useStaffAttachmentTestbed(): { bed: StaffTestbed; s3: LocalS3 } {
  const t = {} as { bed: StaffTestbed; s3: LocalS3 };
  beforeAll(async () => {
    Object.assign(t, await startStaffAttachmentTestbed());
  });
  afterAll(() => closeStaffAttachmentTestbed(t));
  return t;
}

export async function closeStaffAttachmentTestbed(t: { bed?: StaffTestbed; s3?: LocalS3 }): Promise<void> {
  await t.s3?.stop();
  await t.bed?.close();
}

/** The status S3 answers for the object at `key` through a fresh link: 200 while it is there, 404 once gone. */
export async function objectStatus(api: AttachmentTestApi, key: string): Promise<number> {
  return (await fetch(await api.s3.store.presignGet(key, 60, 'x', 'application/octet-stream'))).status;
}

export interface Grant {
  id: string;
  token: string;
  url: string;
  fields: Record<string, string>;
}

export async function requestGrant(
  app: AttachmentTestApi['app'],
  type: string,
  size: number,
): Promise<Response> {
  return app.request('/v1/uploads', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type, size }),
  });
}

/** What a browser does with a grant: a multipart POST of the fields and the file, straight to S3. */
export async function postToS3(
  grant: Grant,
  bytes: Uint8Array,
  type: string,
  filename: string,
): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries(grant.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename);
  const response = await fetch(grant.url, { method: 'POST', body: form });
  await response.arrayBuffer();
  return response.status;
}

/** The upload once the processing step has recorded its outcome. */
export async function processed(api: AttachmentTestApi, id: string): Promise<Upload> {
  for (let i = 0; i < 100; i++) {
    await api.s3.settled();
    const upload = await api.repos.uploads.get(id);
    if (upload && upload.status !== 'pending') return upload;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`upload ${id} was never processed`);
}

/** Asks for a grant, sends the file, waits for the processing step. */
export async function upload(
  api: AttachmentTestApi,
  bytes: Uint8Array,
  options: { type: string; filename: string; declaredSize?: number },
): Promise<{ grant: Grant; upload: Upload }> {
  const response = await requestGrant(api.app, options.type, options.declaredSize ?? bytes.byteLength);
  if (response.status !== 201) throw new Error(`grant refused: ${response.status} ${await response.text()}`);
  const grant = (await response.json()) as Grant;
  const status = await postToS3(grant, bytes, options.type, options.filename);
  if (status >= 300) throw new Error(`S3 refused the POST: ${status}`);
  return { grant, upload: await processed(api, grant.id) };
}

export const CAMERA_SERIAL = 'SN-4242-KIEMTHU';

/** A photo as a phone takes it: camera make, model and serial, GPS coordinates, XMP. */
export async function phonePhoto(width = 640, height = 480): Promise<Uint8Array> {
  return sharp({ create: { width, height, channels: 3, background: { r: 90, g: 140, b: 60 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'KiemThu', Model: 'Phone X', Artist: 'Nguyen Thi Kiem Thu' },
      IFD2: { BodySerialNumber: CAMERA_SERIAL, DateTimeOriginal: '2026:11:30 08:15:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 40/1 12/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '106/1 22/1 5/1',
      },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Nguyen Thi Kiem Thu"/></rdf:RDF></x:xmpmeta>',
    )
    .toBuffer();
}

export async function pngImage(): Promise<Uint8Array> {
  return sharp({ create: { width: 32, height: 32, channels: 3, background: 'blue' } })
    .png()
    .toBuffer();
}

/** A minimal PDF, with `extra` inside its catalogue (a script, an encryption dictionary…). */
export function pdf(extra = ''): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${extra} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}
