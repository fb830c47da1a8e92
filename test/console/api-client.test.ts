/**
 * The console's API client against the real staff API (its app, its error handler, its
 * policy, on DynamoDB Local): each failure arrives as the error class a screen acts on.
 */
import { describe, expect, it } from 'vitest';
import { createApiClient, filenameOf } from '../../site/src/console/api/client.ts';
import {
  ApiError,
  ConflictApiError,
  NetworkError,
  NotAllowedError,
  SignInRequiredError,
} from '../../site/src/console/api/errors.ts';
import { staffApi } from '../../site/src/console/api/staff-api.ts';
import { makePetition, useStaffTestbed } from '../staff/support.ts';

const bed = useStaffTestbed();

async function apiAs(
  username: string | undefined,
  locale: 'vi' | 'en' = 'vi',
  onSignInRequired?: () => void,
) {
  const token = username ? await bed.issuer.tokenFor(username) : undefined;
  const client = createApiClient({
    baseUrl: 'http://staff.test',
    token: () => token,
    locale: () => locale,
    fetch: async (input, init) => bed.app.request(String(input), init),
    ...(onSignInRequired ? { onSignInRequired } : {}),
  });
  return staffApi(client);
}

describe('the console’s staff API client', () => {
  it('reads a petition of the officer’s own agency with its timeline and contact', async () => {
    const petition = await makePetition(bed, 'routed');
    const view = await (await apiAs('can-bo-tnmt-huu-lung')).petition(petition.code);
    expect(view.petition.code).toBe(petition.code);
    expect(view.contact?.name).toBe('Trần Văn Bình');
    expect(view.actions).toContain('answer');
  });

  it('turns a 403 for another agency’s petition into NotAllowedError', async () => {
    const petition = await makePetition(bed, 'routed');
    const attempt = (await apiAs('can-bo-gddt-huu-lung')).petition(petition.code);
    await expect(attempt).rejects.toBeInstanceOf(NotAllowedError);
    await expect(attempt).rejects.toMatchObject({ status: 403 });
  });

  it('gives the field errors of a bad answer, in Vietnamese by default and English on request', async () => {
    const petition = await makePetition(bed, 'routed');
    for (const [locale, words] of [
      ['vi', 'bắt buộc'],
      ['en', 'required'],
    ] as const) {
      const attempt = (await apiAs('can-bo-tnmt-huu-lung', locale)).answer(petition.code, {
        text: 'ngắn',
        documentNumber: '',
        documentDate: '2026-13-45',
        result: 'scheduled',
      } as never);
      const error = (await attempt.catch((e: unknown) => e)) as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.status).toBe(400);
      expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(['text', 'documentDate']));
      expect(error.fields.documentNumber ?? error.fields.resolveBy).toContain(words);
    }
  });

  it('turns an action the status no longer allows into ConflictApiError (409)', async () => {
    const petition = await makePetition(bed, 'answered');
    const attempt = (await apiAs('can-bo-tnmt-huu-lung')).returnPetition(
      petition.code,
      'Không thuộc thẩm quyền',
    );
    await expect(attempt).rejects.toBeInstanceOf(ConflictApiError);
  });

  it('turns a missing sign-in into SignInRequiredError and tells the console first', async () => {
    let told = 0;
    const attempt = (await apiAs(undefined, 'vi', () => told++)).me();
    await expect(attempt).rejects.toBeInstanceOf(SignInRequiredError);
    expect(told).toBe(1);
  });

  it('turns no answer at all into NetworkError', async () => {
    const client = createApiClient({
      baseUrl: 'http://127.0.0.1:9',
      token: () => undefined,
      locale: () => 'vi',
    });
    await expect(client.get('/v1/me')).rejects.toBeInstanceOf(NetworkError);
  });

  it('reads a download’s file name from Content-Disposition, Vietnamese included', () => {
    expect(
      filenameOf('attachment; filename="bao-cao.docx"; filename*=UTF-8\'\'b%C3%A1o-c%C3%A1o.docx', 'x'),
    ).toBe('báo-cáo.docx');
    expect(filenameOf('attachment; filename="tong-hop.csv"', 'x')).toBe('tong-hop.csv');
    expect(filenameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });
});
