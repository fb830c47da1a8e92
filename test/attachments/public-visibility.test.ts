/**
 * Privacy of attachments in public (issue #18 item 4, DESIGN §7): before publication nothing
 * shows; on a published petition the agency's signed answer shows, and a citizen's file only
 * when they consented and the secretariat marked it publishable. File names the citizen typed
 * and the photo's metadata appear in no public response, no link and no log line.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attachAnswerDocument,
  markPublishable,
  requestAnswerUpload,
} from '../../functions/lib/attachments/staff-attachments.ts';
import { answerPetition, routePetition } from '../../functions/lib/petitions/actions.ts';
import type { StaffUser } from '../../shared/schemas/index.ts';
import { postJson, validSubmission } from '../petitions/support.ts';
import {
  CAMERA_SERIAL,
  pdf,
  phonePhoto,
  postToS3,
  processed,
  upload,
  useAttachmentTestApi,
} from './support.ts';

const api = useAttachmentTestApi();
const ADMIN: StaffUser = { id: 'quan-tri', name: 'Quản trị', role: 'admin' };
const FILE_NAME = 'CCCD-Nguyen-Thi-Kiem-Thu.jpg';

let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const)
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void logged.push(args.map(String).join(' ')),
    );
});
afterEach(() => vi.restoreAllMocks());

const ctx = () => ({ repos: api.repos, user: ADMIN, now: new Date(), store: api.s3.store });

async function submitWithPhoto(consentToPublish: boolean) {
  const { grant } = await upload(api, await phonePhoto(), { type: 'image/jpeg', filename: FILE_NAME });
  const response = await postJson(
    api.app,
    validSubmission({ consentToPublish, attachments: [{ id: grant.id, token: grant.token }] }),
  );
  expect(response.status).toBe(201);
  const { code } = (await response.json()) as { code: string };
  return { code: code.replace(/-/g, ''), photoId: grant.id };
}

async function answerWithDocument(code: string) {
  await routePetition(ctx(), code, { agencyId: 'phong-tnmt-huu-lung' });
  await answerPetition(ctx(), code, {
    text: 'Phòng đã kiểm tra và sẽ sửa chữa cầu tràn trong tháng tới.',
    documentNumber: '15/TNMT',
    documentDate: new Date().toISOString().slice(0, 10),
    result: 'resolved',
  });
  const grant = await requestAnswerUpload(ctx(), code, { type: 'application/pdf', size: 500 });
  await postToS3({ ...grant, token: '' }, pdf(), 'application/pdf', 'cong-van-15.pdf');
  await processed(api, grant.id);
  await attachAnswerDocument(ctx(), code, grant.id);
  return grant.id;
}

type Tracked = {
  attachments?: { id: string; role: string; kind: string; url: string; thumbnailUrl?: string }[];
};
const track = async (code: string) =>
  (await (await api.app.request(`/v1/petitions/${code}`)).json()) as Tracked;

describe('attachments in public', () => {
  it('show nothing before publication, even a file marked publishable', async () => {
    const { code, photoId } = await submitWithPhoto(true);
    await markPublishable(ctx(), code, photoId, true);
    expect((await track(code)).attachments).toBeUndefined();
    expect((await api.app.request(`/v1/petitions/${code}/attachments/${photoId}`)).status).toBe(404);
  });

  it('on a published petition: the answer document; the photo only when consented and marked publishable', async () => {
    const { code, photoId } = await submitWithPhoto(true);
    const documentId = await answerWithDocument(code);
    expect((await track(code)).attachments?.map((a) => [a.role, a.id])).toEqual([['answer', documentId]]);
    expect((await api.app.request(`/v1/petitions/${code}/attachments/${photoId}`)).status).toBe(404);

    await markPublishable(ctx(), code, photoId, true);
    const shown = (await track(code)).attachments ?? [];
    expect(shown.map((a) => a.id).sort()).toEqual([documentId, photoId].sort());
    const photo = shown.find((a) => a.id === photoId)!;
    expect(photo).toMatchObject({ kind: 'photo', role: 'petition' });

    const redirect = await api.app.request(photo.url);
    expect(redirect.status).toBe(302);
    const file = await fetch(redirect.headers.get('location')!);
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer()).toString('latin1');
    expect(bytes).not.toContain(CAMERA_SERIAL);
    expect((await api.app.request(photo.thumbnailUrl!)).status).toBe(302);

    // Unmarked again: gone from the public.
    await markPublishable(ctx(), code, photoId, false);
    expect((await track(code)).attachments?.map((a) => a.id)).toEqual([documentId]);
  });

  it("never shows a citizen's file when they did not consent, whatever the secretariat marks; the answer's document still", async () => {
    const { code, photoId } = await submitWithPhoto(false);
    await answerWithDocument(code);
    await markPublishable(ctx(), code, photoId, true);
    expect((await track(code)).attachments?.map((a) => a.role)).toEqual(['answer']);
    expect((await api.app.request(`/v1/petitions/${code}/attachments/${photoId}`)).status).toBe(404);
  });

  it("carries the citizen's file name and the photo's metadata into no response, link, page or log line", async () => {
    const { code, photoId } = await submitWithPhoto(true);
    await answerWithDocument(code);
    await markPublishable(ctx(), code, photoId, true);
    const responses = [
      await api.app.request(`/v1/petitions/${code}`),
      await api.app.request(`/tra-cuu?ma=${code}`),
      await api.app.request(`/v1/petitions/${code}/attachments/${photoId}`),
    ];
    const seen = [
      ...(await Promise.all(responses.map((r) => r.text()))),
      ...responses.map((r) => r.headers.get('location') ?? ''),
      ...logged,
      JSON.stringify(await api.repos.uploads.listAttachments('petition', code)),
    ].join('\n');
    for (const secret of ['CCCD', 'Nguyen-Thi', 'Kiem-Thu', CAMERA_SERIAL, 'Phone X', 'cong-van-15'])
      expect(seen, secret).not.toContain(secret);
  });
});
