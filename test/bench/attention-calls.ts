/**
 * What puts a petition in its agency's "needs action" view (issue #14): the submitter's "not
 * satisfied" through the link of their answer email, and a delegate's follow-up note.
 */
import { feedbackToken } from '../../functions/lib/petitions/feedback-token.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import type { MeteredService } from './metered-service.ts';
import { expectStatus } from './service-calls.ts';

/** A delegate of Vân Nham's unit, who may follow up the bench's petitions. */
export const DELEGATE_USER = 'dai-bieu-huu-lung-dv6';

export async function reopen(service: MeteredService, code: string): Promise<unknown> {
  const petition = await service.repos.petitions.get(parseTrackingCode(code));
  const answeredAt = petition?.answer?.answeredAt;
  if (!answeredAt) throw new Error(`reopen: ${code} has no answer`);
  const token = feedbackToken(service.config.FEEDBACK_TOKEN_SECRET, code, answeredAt);
  const response = await fetch(`${service.publicUrl}/v1/petitions/${code}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, reason: 'Chưa giải quyết xong.' }),
  });
  return expectStatus(response, 200, 'reopen');
}

export async function followUp(service: MeteredService, delegateToken: string, code: string) {
  const response = await fetch(`${service.staffUrl}/v1/petitions/${code}/follow-up`, {
    method: 'POST',
    headers: { authorization: `Bearer ${delegateToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ note: 'Cử tri hỏi lại tại buổi tiếp xúc; đề nghị trả lời sớm.' }),
  });
  return expectStatus(response, 201, 'follow-up');
}
