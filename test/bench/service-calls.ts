/**
 * The HTTP calls the bench makes, as a citizen's browser and the staff console make them:
 * submit and track on the public API, route/acknowledge/answer and the agency queue on
 * the staff API. Each throws on an unexpected status, so a figure is never measured on an error.
 */
import { randomUUID } from 'node:crypto';

export const AGENCY = 'phong-tnmt-huu-lung';
export const SECRETARIAT_USER = 'thu-ky-huu-lung';
export const AGENCY_USER = 'can-bo-tnmt-huu-lung';
export const COMMUNE = 'van-nham';

/** A petition from Vân Nham about land, which Hữu Lũng's council triages by hand. */
export function submission(n = 0): Record<string, unknown> {
  return {
    submitter: {
      name: 'Nguyễn Văn Đo Lường',
      email: `do-luong-${n}@example.com`,
      phone: '0912 345 678',
      address: 'Thôn Làng Ngõa, xã Vân Nham',
      communeId: COMMUNE,
    },
    fieldId: 'dat-dai',
    localityId: COMMUNE,
    title: `Đề nghị cấp giấy chứng nhận quyền sử dụng đất (${n})`,
    content:
      'Nhiều hộ gia đình thôn Làng Ngõa đã nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất từ lâu ' +
      'nhưng đến nay chưa được giải quyết. Đề nghị cơ quan có thẩm quyền sớm xem xét, trả lời cử tri.',
    consentToPublish: true,
  };
}

export const ANSWER = {
  text: 'Phòng Tài nguyên và Môi trường đã kiểm tra hồ sơ và sẽ cấp giấy chứng nhận cho các hộ trong tháng tới.',
  documentNumber: '88/TNMT',
  documentDate: '2026-11-20',
  result: 'resolved',
};

export async function expectStatus(response: Response, status: number, what: string): Promise<unknown> {
  const body = await response.text();
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status}: ${body.slice(0, 300)}`);
  return body ? JSON.parse(body) : undefined;
}

export async function submit(publicUrl: string, body: unknown, key: string = randomUUID()): Promise<string> {
  const response = await fetch(`${publicUrl}/v1/petitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  const receipt = (await expectStatus(response, 201, 'submit')) as { code: string };
  return receipt.code;
}

export async function track(publicUrl: string, code: string): Promise<unknown> {
  return expectStatus(await fetch(`${publicUrl}/v1/petitions/${code}`), 200, 'track');
}

export async function communeMeetings(publicUrl: string): Promise<{ items: unknown[] }> {
  const response = await fetch(`${publicUrl}/v1/meetings?commune=${COMMUNE}`);
  return (await expectStatus(response, 200, 'meetings of a commune')) as { items: unknown[] };
}

export async function statisticsOf(
  publicUrl: string,
  councilId: string,
): Promise<{ totals: { received: number } }> {
  const response = await fetch(`${publicUrl}/v1/statistics?council=${councilId}`);
  return (await expectStatus(response, 200, 'statistics')) as { totals: { received: number } };
}

export async function staffCall(
  staffUrl: string,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${staffUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return expectStatus(response, 200, `${method} ${path}`);
}
