/**
 * Every status change of a petition (shared/status-machine.ts), for the cost table and the
 * budget of DESIGN §7 (≤ 10 WRU each, table and indexes): route, re-route, acknowledge,
 * answer, close, reopen (the submitter not satisfied), return, reject, merge, withdraw. Each
 * is measured on a petition brought to the status it starts from outside the measurement.
 */
import { feedbackToken } from '../../functions/lib/petitions/feedback-token.ts';
import { rightsToken } from '../../functions/lib/petitions/rights-token.ts';
import { canonicalCode } from '../../functions/lib/petitions/track-petition.ts';
import type { MeteredService } from './metered-service.ts';
import {
  AGENCY,
  AGENCY_USER,
  ANSWER,
  expectStatus,
  SECRETARIAT_USER,
  staffCall,
  submission,
  submit,
} from './service-calls.ts';

/** The actions below, as they are named in the cost table (held to the status-change budget). */
export const MORE_STATUS_CHANGES = [
  're-route to another body (staff)',
  'close (staff)',
  'reopen: not satisfied (POST /v1/petitions/{code}/feedback)',
  'return: not competent (staff)',
  'reject (staff)',
  'merge one petition into another (staff)',
  'withdraw (POST /v1/petitions/{code}/withdraw)',
] as const;

type Measure = (action: string, run: () => Promise<unknown>, note?: () => string) => Promise<unknown>;

export async function measureStatusChanges(
  service: MeteredService,
  secret: string,
  measure: Measure,
): Promise<void> {
  const { publicUrl: pub, staffUrl: staff } = service;
  const secretariat = await service.tokenFor(SECRETARIAT_USER);
  const officer = await service.tokenFor(AGENCY_USER);
  const reason = { reason: 'Không thuộc thẩm quyền giải quyết của cơ quan.' };
  const route = (code: string, agencyId = AGENCY) =>
    staffCall(staff, secretariat, 'POST', `/v1/petitions/${code}/route`, {
      agencyId,
      // A re-route overrides the body: the secretariat says why.
      ...(agencyId === AGENCY ? {} : { reason: 'Thuộc thẩm quyền của Ủy ban nhân dân huyện.' }),
    });
  const answered = async (n: number) => {
    const code = await submit(pub, submission(n));
    await route(code);
    await staffCall(staff, officer, 'POST', `/v1/petitions/${code}/answer`, ANSWER);
    return code;
  };
  /** A citizen's POST /v1/petitions/{code}/<verb> with its token, as the site's form sends it. */
  const citizenPost = async (code: string, verb: 'feedback' | 'withdraw', body: object) => {
    const response = await fetch(`${pub}/v1/petitions/${code}/${verb}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return expectStatus(response, 200, verb);
  };
  const names = MORE_STATUS_CHANGES;

  const routed = await submit(pub, submission(3001));
  await route(routed);
  await measure(
    names[0],
    () => route(routed, 'ubnd-huu-lung'),
    () => 'the queues of both bodies',
  );

  const toClose = await answered(3002);
  await measure(names[1], () => staffCall(staff, secretariat, 'POST', `/v1/petitions/${toClose}/close`, {}));

  const toReopen = await answered(3003);
  const answeredAt = (await service.repos.petitions.get(canonicalCode(toReopen)))?.answeredAt ?? '';
  await measure(
    names[2],
    () =>
      citizenPost(toReopen, 'feedback', {
        token: feedbackToken(secret, canonicalCode(toReopen), answeredAt),
        reason: 'Câu trả lời chưa giải quyết được vấn đề.',
      }),
    () => 'back in progress: its contact’s retention stops',
  );

  const toReturn = await submit(pub, submission(3004));
  await route(toReturn);
  await measure(names[3], () =>
    staffCall(staff, officer, 'POST', `/v1/petitions/${toReturn}/return`, reason),
  );

  const toReject = await submit(pub, submission(3005));
  await measure(
    names[4],
    () => staffCall(staff, secretariat, 'POST', `/v1/petitions/${toReject}/reject`, reason),
    () => 'its contact’s retention starts',
  );

  const primary = await submit(pub, submission(3006));
  const duplicate = await submit(pub, submission(3007));
  await measure(
    names[5],
    () => staffCall(staff, secretariat, 'POST', `/v1/petitions/${primary}/merge`, { codes: [duplicate] }),
    () => 'both petitions, the “merged” event (its gsi1 entry is the link), the merged one’s retention',
  );

  const toWithdraw = await submit(pub, submission(3008));
  await measure(
    names[6],
    () =>
      citizenPost(toWithdraw, 'withdraw', {
        token: rightsToken(secret, canonicalCode(toWithdraw)),
        confirm: 'yes',
      }),
    () => 'its contact’s retention starts',
  );
}
