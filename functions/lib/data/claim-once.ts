/**
 * A claim at most one run holds ("this reminder is being sent", "the question was asked"):
 * a Put that succeeds only where no marker is yet, or where its last holder released it
 * (`released: true`, marked rather than deleted). Two runs, or a retried one, cannot both win.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Database } from './client.ts';

/** True when this call holds the claim now; false when another holds or spent it. */
export async function claimOnce(db: Database, marker: Record<string, unknown>): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: marker,
        ConditionExpression: 'attribute_not_exists(pk) OR released = :released',
        ExpressionAttributeValues: { ':released': true },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
