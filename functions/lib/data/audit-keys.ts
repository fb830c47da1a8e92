/** The audit records' keys, built here and nowhere else (their partitions are append-only: shared/table.ts). */
import type { AuditRecord } from '../../../shared/schemas/index.ts';
import { APPEND_ONLY_PARTITION_PREFIX } from '../../../shared/table.ts';

const AUDIT = APPEND_ONLY_PARTITION_PREFIX;

export const auditKeys = {
  month: (councilId: string, month: string) => `${AUDIT}${councilId}#${month}`,
  petition: (councilId: string, code: string) => `${AUDIT}${councilId}#PETITION#${code}`,
  user: (councilId: string, userId: string) => `${AUDIT}${councilId}#USER#${userId}`,
  sk: (r: Pick<AuditRecord, 'at' | 'id'>) => `${r.at}#${r.id}`,
};
