/**
 * Interpellations (chất vấn) of a session, with the commitments made in answer:
 *
 *   pk INTERPELLATION#<id>  sk INTERPELLATION   gsi8 = SESSION#<session>#INTERPELLATIONS / <createdAt>#<id>
 *
 * Commitments live inside the item with ids that never change, so the oversight work
 * (DESIGN §9) can point at one with (interpellation id, commitment id).
 */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, DuplicateError } from '../../../shared/errors.ts';
import type { Interpellation } from '../../../shared/schemas/index.ts';
import type { Database } from './client.ts';
import { interpellationKeys as keys } from './interpellation-keys.ts';
import { withoutKeys } from './items.ts';
import { decodeCursor, encodeCursor, readAllPages } from './pagination.ts';
import { conditional } from './transactions.ts';

export class InterpellationRepository {
  private readonly db: Database;
  constructor(db: Database) {
    this.db = db;
  }

  private item(i: Interpellation) {
    return {
      ...i,
      pk: keys.pk(i.id),
      sk: keys.sk,
      entity: 'interpellation',
      gsi8pk: keys.bySession(i.sessionId),
      gsi8sk: keys.sessionSk(i),
    };
  }

  async create(i: Interpellation): Promise<void> {
    await conditional(
      () =>
        this.db.doc.send(
          new PutCommand({
            TableName: this.db.tableName,
            Item: this.item(i),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      () => new DuplicateError('entity.duplicate'),
    );
  }

  /** Replaces the interpellation read at `before`, on the condition that nobody saved since. */
  async save(before: Interpellation, after: Interpellation): Promise<void> {
    await conditional(
      () =>
        this.db.doc.send(
          new PutCommand({
            TableName: this.db.tableName,
            Item: this.item(after),
            ConditionExpression: '#version = :version',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':version': before.version },
          }),
        ),
      () => new ConflictError('entity.conflict'),
    );
  }

  async get(id: string): Promise<Interpellation | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({ TableName: this.db.tableName, Key: { pk: keys.pk(id), sk: keys.sk } }),
    );
    return Item ? withoutKeys<Interpellation>(Item) : undefined;
  }

  /** A session's interpellations in the order they were recorded. */
  listBySession(sessionId: string): Promise<Interpellation[]> {
    const partition = keys.bySession(sessionId);
    return readAllPages(async (cursor) => {
      const result = await this.db.doc.send(
        new QueryCommand({
          TableName: this.db.tableName,
          IndexName: 'gsi8',
          KeyConditionExpression: 'gsi8pk = :pk',
          ExpressionAttributeValues: { ':pk': partition },
          Limit: 100,
          ExclusiveStartKey: decodeCursor(cursor, { index: 'gsi8', partition }),
        }),
      );
      const nextCursor = encodeCursor(result.LastEvaluatedKey);
      return {
        items: (result.Items ?? []).map((item) => withoutKeys<Interpellation>(item)),
        ...(nextCursor ? { nextCursor } : {}),
      };
    });
  }
}
