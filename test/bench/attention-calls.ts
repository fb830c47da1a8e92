import type { MeteredService } from './metered-service.ts';
import { expectStatus } from './service-calls.ts';

/** A delegate of Vân Nham's unit, who may follow up the bench's petitions. */
export const DELEGATE_USER = 'dai-bieu-huu-lung-dv6';

export async function followUp(service: MeteredService, delegateToken: string, code: string) {
  const response = await fetch(`${service.staffUrl}/v1/petitions/${code}/follow-up`, {
    method: 'POST',
    headers: { authorization: `Bearer ${delegateToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ note: 'Cử tri hỏi lại tại buổi tiếp xúc; đề nghị trả lời sớm.' }),
  });
  return expectStatus(response, 201, 'follow-up');
}
