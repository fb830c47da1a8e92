/**
 * "This reminder was sent": one item per (petition or follow-up item, kind, deadline) in its
 * partition, under "SYSTEM#" so no public read sees it. Claiming is a conditional write,
 * so two runs (or a retried one) cannot both send; a claim whose sending failed is
 * released, so the next run tries again. Releasing marks the item rather than deleting it:
 * the deadlines function's role may not delete (infra/lib/table-access.ts).
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { claimOnce } from '../lib/data/claim-once.ts';
import { petitionKeys } from '../lib/data/petition-keys.ts';
import { TableRepository } from '../lib/data/repository-base.ts';
import type { FollowUpReminderKind } from './follow-up-plan.ts';
import type { ReminderKind } from './plan.ts';

export interface ReminderTarget {
  code: string;
  kind: ReminderKind | FollowUpReminderKind;
  deadline: string;
  /** The partition the marker lives in: the petition's by default, a follow-up item's for its reminders. */
  partition?: string;
}

export class ReminderMarkers extends TableRepository {
  private key(t: ReminderTarget) {
    return { pk: t.partition ?? petitionKeys.pk(t.code), sk: petitionKeys.reminderSk(t.kind, t.deadline) };
  }

  /** True when this run may send the reminder; false when it was sent (or is being sent) already. */
  async claim(t: ReminderTarget, now: Date): Promise<boolean> {
    return claimOnce(this.db, {
      ...this.key(t),
      entity: 'reminder',
      code: t.code,
      kind: t.kind,
      deadline: t.deadline,
      at: now.toISOString(),
    });
  }

  /** Gives a claim back after nothing could be sent. */
  async release(t: ReminderTarget): Promise<void> {
    await this.db.doc.send(
      new UpdateCommand({
        TableName: this.db.tableName,
        Key: this.key(t),
        UpdateExpression: 'SET released = :released',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':released': true },
      }),
    );
  }
}
