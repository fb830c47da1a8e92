/** The citizens' calls of issue #20 the bench costs: similar petitions while typing, "me too", follow. */
import { randomUUID } from 'node:crypto';
import { COMMUNE, expectStatus } from './service-calls.ts';

/**
 * One keystroke batch of the form script (site/src/scripts/similar-petitions.ts): it asks
 * once per pause in the typing, so a title typed in three bursts costs three requests.
 */
export async function similarWhileTyping(publicUrl: string): Promise<number> {
  let found = 0;
  for (const typed of [
    'Đề nghị cấp giấy',
    'Đề nghị cấp giấy chứng nhận',
    'Đề nghị cấp giấy chứng nhận quyền sử dụng đất',
  ]) {
    const query = new URLSearchParams({ q: typed, commune: COMMUNE, field: 'dat-dai' });
    const body = (await expectStatus(
      await fetch(`${publicUrl}/v1/petitions/similar?${query}`),
      200,
      'similar petitions',
    )) as { items: unknown[] };
    found = body.items.length;
  }
  return found;
}

export async function meToo(publicUrl: string, code: string, n: number): Promise<void> {
  const response = await fetch(`${publicUrl}/v1/petitions/${code}/supporters`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ communeId: COMMUNE, email: `ung-ho-${n}@example.com` }),
  });
  await expectStatus(response, 201, 'me too');
}

export async function follow(publicUrl: string, code: string, n: number): Promise<void> {
  const response = await fetch(`${publicUrl}/v1/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ petition: code, email: `theo-doi-${n}@example.com` }),
  });
  await expectStatus(response, 202, 'follow');
}
