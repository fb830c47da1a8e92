/**
 * Multi-item writes as one TransactWriteItems, and the translation of DynamoDB's
 * condition failures into domain errors. Every other AWS error is rethrown as it is.
 */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DomainError } from '../../../shared/errors.ts';
import type { Database } from './client.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One item of a transaction, with the domain error to raise when its condition fails.
 * `onConditionFailed` is only needed for items that carry a ConditionExpression.
 * `onConflict` names what it means that another transaction held this very item (a
 * request with the same idempotency key in flight); without it a conflict is a
 * TransactionConflictError, which retryOnTransactionConflict retries.
 */
export interface TransactStep {
  item: TransactItem;
  onConditionFailed?: () => DomainError;
  onConflict?: () => Error;
}

/** Raised when DynamoDB cancelled the transaction because another one touched the same items. */
export class TransactionConflictError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('Transaction conflict', options);
    this.name = 'TransactionConflictError';
  }
}

export async function transactWrite(
  db: Database,
  steps: readonly TransactStep[],
  token?: string,
): Promise<void> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: steps.map((s) => s.item),
        ...(token ? { ClientRequestToken: token } : {}),
      }),
    );
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed >= 0) {
        const domain = steps[failed]?.onConditionFailed?.();
        if (domain) {
          (domain as { cause?: unknown }).cause = error;
          throw domain;
        }
      }
      const conflicts = reasons.flatMap((r, i) => (r.Code === 'TransactionConflict' ? [i] : []));
      const named = conflicts.map((i) => steps[i]?.onConflict?.()).find((e) => e !== undefined);
      if (named) {
        (named as { cause?: unknown }).cause = error;
        throw named;
      }
      if (conflicts.length > 0) throw new TransactionConflictError({ cause: error });
    }
    throw error;
  }
}

/** Runs a single conditional write, mapping a failed condition to a domain error. */
export async function conditional<T>(
  write: () => Promise<T>,
  onConditionFailed: () => DomainError,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      const domain = onConditionFailed();
      (domain as { cause?: unknown }).cause = error;
      throw domain;
    }
    throw error;
  }
}

/** Retries `attempt` when a transaction lost a race, with capped, jittered backoff. */
export async function retryOnTransactionConflict<T>(attempt: () => Promise<T>, maxAttempts = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof TransactionConflictError) || i >= maxAttempts) throw error;
      const delay = Math.random() * Math.min(200, 10 * 2 ** i);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
