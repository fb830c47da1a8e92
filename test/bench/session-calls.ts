/** The bench's calls on a session (DESIGN §8): a voter's view on an open agenda item, and a session page's reads. */
import { expectStatus } from './service-calls.ts';

/** A demo session with an agenda open for views (infra/local/demo/sessions.ts). */
export const SESSION = 'huu-lung-kh12';
const ITEM = 'huu-lung-kh12-nd-2';

export async function giveView(publicUrl: string, n: number): Promise<{ id: string }> {
  const response = await fetch(`${publicUrl}/v1/sessions/${SESSION}/views`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `bench-view-${n}-${Date.now()}` },
    body: JSON.stringify({
      agendaItemId: ITEM,
      communeId: 'van-nham',
      name: `Cử tri đo thử ${n}`,
      text: `Ý kiến đo thử số ${n} về dự toán ngân sách: đề nghị ưu tiên vốn cho giao thông nông thôn.`,
      consentToPublish: true,
    }),
  });
  return (await expectStatus(response, 201, 'give a view')) as { id: string };
}

export async function sessionPage(publicUrl: string): Promise<{ agenda: { views: unknown[] }[] }> {
  const response = await fetch(`${publicUrl}/v1/sessions/${SESSION}`);
  return (await expectStatus(response, 200, 'a session page')) as { agenda: { views: unknown[] }[] };
}
