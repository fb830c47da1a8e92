/**
 * Oversight fixtures for the staff testbed: an activity of Hữu Lũng council, and follow-up
 * items in any status straight into the table (with the natural resources office,
 * phong-tnmt-huu-lung, responsible, about Vân Nham in electoral unit no. 6).
 */
import { randomUUID } from 'node:crypto';
import { oversightRepository } from '../../functions/lib/data/oversight-repository.ts';
import type { FollowUpItem, OversightActivity } from '../../shared/schemas/index.ts';
import { deadlineAfter } from '../../shared/time.ts';
import type { FollowUpStatus } from '../../shared/vocabulary.ts';
import type { StaffTestbed } from '../staff/support.ts';

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function makeActivity(
  bed: Pick<StaffTestbed, 'database' | 'now'>,
  overrides: Partial<OversightActivity> = {},
): Promise<OversightActivity> {
  const at = bed.now.toISOString();
  const activity: OversightActivity = {
    id: unique('gs'),
    councilId: 'huu-lung',
    kind: 'thematic',
    conductedBy: { type: 'standing_committee' },
    title: 'Giám sát việc quản lý đất đai trên địa bàn huyện',
    subject: 'Việc cấp giấy chứng nhận quyền sử dụng đất và xử lý vi phạm đất đai giai đoạn 2021–2025.',
    agencyIds: ['phong-tnmt-huu-lung'],
    startsOn: at.slice(0, 10),
    status: 'concluded',
    conclusion: { documentNumber: '45/TB-HĐND', documentDate: at.slice(0, 10) },
    sequence: 0,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  await oversightRepository(bed.database.db).createActivity(activity);
  return activity;
}

/** An item in `status`, due `dueInDays` from now (negative: overdue). */
export async function makeItem(
  bed: Pick<StaffTestbed, 'database' | 'now'>,
  status: FollowUpStatus = 'open',
  overrides: Partial<FollowUpItem> = {},
  dueInDays = 30,
): Promise<FollowUpItem> {
  const at = bed.now.toISOString();
  const done = status === 'reported_done' || status === 'accepted';
  const item: FollowUpItem = {
    id: unique('hm'),
    councilId: 'huu-lung',
    source: { kind: 'activity', id: 'gs-khong-co', title: 'Giám sát việc quản lý đất đai' },
    text: 'Hoàn thành cấp giấy chứng nhận cho các hộ đã nộp hồ sơ hợp lệ.',
    agencyId: 'phong-tnmt-huu-lung',
    deadline: deadlineAfter(bed.now, dueInDays),
    communeId: 'van-nham',
    status,
    reports:
      status === 'open'
        ? []
        : [{ at, text: 'Đã cấp được 120 giấy chứng nhận.', percent: done ? 100 : 60, done }],
    ...(done ? { reportedDoneAt: at } : {}),
    ...(status === 'accepted' ? { acceptedAt: at } : {}),
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  await oversightRepository(bed.database.db).createItem(item, []);
  return item;
}
