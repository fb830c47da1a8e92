/** A follow-up item of the bench's agency (oversight, DESIGN §9), written straight into the table. */
import { oversightRepository } from '../../functions/lib/data/oversight-repository.ts';
import type { FollowUpItem } from '../../shared/schemas/index.ts';
import { deadlineAfter } from '../../shared/time.ts';
import type { MeteredService } from './metered-service.ts';
import { AGENCY, COMMUNE } from './service-calls.ts';

export async function newFollowUpItem(service: MeteredService): Promise<FollowUpItem> {
  const at = new Date().toISOString();
  const item: FollowUpItem = {
    id: `hm-bench-${Date.now()}`,
    councilId: 'huu-lung',
    source: { kind: 'resolution', id: 'huu-lung-nq-bench', title: 'Nghị quyết về quản lý đất đai' },
    text: 'Hoàn thành cấp giấy chứng nhận cho các hộ đã nộp hồ sơ hợp lệ.',
    agencyId: AGENCY,
    deadline: deadlineAfter(at, 60),
    communeId: COMMUNE,
    status: 'in_progress',
    reports: [{ at, text: 'Đã cấp được một nửa số giấy chứng nhận.', percent: 50, done: false }],
    version: 2,
    createdAt: at,
    updatedAt: at,
  };
  await oversightRepository(service.repos.db).createItem(item, []);
  return item;
}
