/**
 * The audit of staff reads of a contact: append-only records in partitions of their own,
 * so that IAM can refuse the staff API any UpdateItem or DeleteItem on them
 * (dynamodb:LeadingKeys sees partition keys only; infra/lib/table-access.ts).
 *
 *   pk AUDIT#<council>#<yyyy-mm>   sk <at>#<id>      a council's records of one Vietnam month, by time
 *   gsi4 AUDIT#<council>#PETITION#<code> / <at>#<id>   one petition's records
 *   gsi6 AUDIT#<council>#USER#<user>     / <at>#<id>   one member of staff's records
 *
 * Each filter of GET /v1/audit is one Query (by time: one per month of the period); every
 * record expires two years after it was written (TTL `expiresAt`).
 */
import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { contactRetentionEnd, ttlSecondsOf } from '../../../shared/retention.ts';
import { AUDIT_RETENTION_MONTHS, type AuditRecord } from '../../../shared/schemas/audit.ts';
import { vietnamDate } from '../../../shared/time.ts';
import { auditKeys } from './audit-keys.ts';
import { TableRepository } from './repository-base.ts';

export { auditKeys };

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi4pk', 'gsi4sk', 'gsi6pk', 'gsi6sk', 'entity', 'expiresAt'];

export interface AuditRange {
  /** ISO instants, `to` exclusive. */
  from: string;
  to: string;
}

export class AuditRepository extends TableRepository {
  /** Appends one record: a conditional Put that can never overwrite an earlier one. */
  async append(input: Omit<AuditRecord, 'id'>): Promise<AuditRecord> {
    const record: AuditRecord = { id: randomUUID(), ...input };
    const sk = auditKeys.sk(record);
    await this.db.doc.send(
      new PutCommand({
        TableName: this.db.tableName,
        Item: {
          pk: auditKeys.month(record.councilId, vietnamDate(record.at).slice(0, 7)),
          sk,
          gsi4pk: auditKeys.petition(record.councilId, record.code),
          gsi4sk: sk,
          gsi6pk: auditKeys.user(record.councilId, record.userId),
          gsi6sk: sk,
          entity: 'audit',
          ...record,
          expiresAt: ttlSecondsOf(contactRetentionEnd(record.at, AUDIT_RETENTION_MONTHS)),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return record;
  }

  /** A council's records in the range, newest first: one Query per Vietnam month it spans. */
  async listByTime(councilId: string, range: AuditRange, limit: number): Promise<AuditPage> {
    const items: AuditRecord[] = [];
    for (const month of monthsOf(range).reverse()) {
      const page = await this.query(
        undefined,
        auditKeys.month(councilId, month),
        range,
        limit - items.length,
      );
      items.push(...page.items);
      if (page.truncated || items.length >= limit) return { items, truncated: true };
    }
    return { items, truncated: false };
  }

  listByPetition(councilId: string, code: string, range: AuditRange, limit: number): Promise<AuditPage> {
    return this.query('gsi4', auditKeys.petition(councilId, code), range, limit);
  }

  listByUser(councilId: string, userId: string, range: AuditRange, limit: number): Promise<AuditPage> {
    return this.query('gsi6', auditKeys.user(councilId, userId), range, limit);
  }

  private async query(
    index: 'gsi4' | 'gsi6' | undefined,
    partition: string,
    range: AuditRange,
    limit: number,
  ): Promise<AuditPage> {
    const [pk, sk] = index ? [`${index}pk`, `${index}sk`] : ['pk', 'sk'];
    const result = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        ...(index ? { IndexName: index } : {}),
        KeyConditionExpression: `${pk} = :pk AND ${sk} BETWEEN :from AND :to`,
        // "<to>" sorts before every key written at `to` ("<at>#<id>"): the end is exclusive.
        ExpressionAttributeValues: { ':pk': partition, ':from': range.from, ':to': range.to },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    const items = (result.Items ?? []).map((item) => {
      const copy: Record<string, unknown> = { ...item };
      for (const k of KEY_ATTRIBUTES) delete copy[k];
      return copy as AuditRecord;
    });
    return { items, truncated: result.LastEvaluatedKey !== undefined };
  }
}

export interface AuditPage {
  items: AuditRecord[];
  /** More records match than were returned: narrow the filter or the period. */
  truncated: boolean;
}

/** The Vietnam months ("2026-11") an instant range touches, oldest first. */
function monthsOf(range: AuditRange): string[] {
  const first = vietnamDate(range.from).slice(0, 7);
  const last = vietnamDate(new Date(Date.parse(range.to) - 1)).slice(0, 7);
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let m = first; m <= last; ) {
    months.push(m);
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
    m = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}
