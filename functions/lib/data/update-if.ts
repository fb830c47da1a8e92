/**
 * One UpdateItem whose condition may simply not hold (a lease lost, a counter at its limit, a
 * claim already taken): that is an answer, not an error. Every other AWS error is rethrown.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Database } from './client.ts';

/** True when the update was written; false when its ConditionExpression did not hold. */
export async function updateIf(
  db: Database,
  update: Omit<UpdateCommandInput, 'TableName'>,
): Promise<boolean> {
  try {
    await db.doc.send(new UpdateCommand({ ...update, TableName: db.tableName }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
