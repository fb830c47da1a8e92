/**
 * A petition answered at a time in the past, written straight into the table as an agency's
 * answer leaves it (the answer's steps cannot be dated back): for what follows an answer
 * (the "not satisfied" window, the "is it resolved?" check).
 */
import { randomUUID } from 'node:crypto';
import type { Repositories } from '../../functions/lib/data/index.ts';
import type { Answer } from '../../shared/schemas/index.ts';

const DAY = 86_400_000;

export async function saveAnswered(
  repos: Repositories,
  code: string,
  answeredAt: string,
  answer: Pick<Answer, 'result' | 'resolveBy'>,
): Promise<void> {
  const before = (await repos.petitions.get(code))!;
  await repos.petitions.save([
    {
      before,
      after: {
        ...before,
        status: 'answered',
        agencyId: 'phong-tnmt-huu-lung',
        answeredAt,
        contactExpiresAt: new Date(Date.now() + 365 * DAY).toISOString(),
        answer: {
          text: 'UBND xã sẽ sửa chữa cầu tràn trước mùa mưa.',
          documentNumber: '12/UBND',
          documentDate: answeredAt.slice(0, 10),
          ...answer,
          answeredAt,
          agencyId: 'phong-tnmt-huu-lung',
        },
        updatedAt: answeredAt,
      },
      // The answer's texts ride in its "answered" event, as the agency's answer writes them.
      events: [
        {
          id: randomUUID(),
          code,
          type: 'answered',
          at: answeredAt,
          actor: { id: 'test-agency-officer', role: 'agency' },
          agencyId: 'phong-tnmt-huu-lung',
        },
      ],
    },
  ]);
}
