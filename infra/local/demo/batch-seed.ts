/**
 * Seeding many petitions fast, with exactly the items the repository writes: each record
 * goes through `PetitionRepository.create` against a recording client that keeps the
 * transaction's items instead of sending them, then every Put goes out in BatchWriteItem
 * calls of 25 (a fresh table has nothing to condition on). Any other step a create may
 * carry (an update of a counter) is sent on its own, so nothing the repository keeps in
 * step is skipped. Local seeding only: no function on AWS has BatchWriteItem.
 */
import {
  BatchWriteCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Database } from '../../../functions/lib/data/index.ts';
import { PetitionRepository } from '../../../functions/lib/data/petition-repository.ts';
import type { DemoPetition } from './activity.ts';

type Item = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

async function itemsOf(db: Database, record: DemoPetition): Promise<Item[]> {
  const items: Item[] = [];
  const recording = {
    tableName: db.tableName,
    doc: {
      send: async (command: TransactWriteCommand) => {
        items.push(...(command.input.TransactItems ?? []));
        return {};
      },
    },
  } as unknown as Database;
  await new PetitionRepository(recording).create(record);
  return items;
}

export async function batchCreatePetitions(db: Database, records: readonly DemoPetition[]): Promise<void> {
  const puts: Record<string, unknown>[] = [];
  const others: Item[] = [];
  for (const record of records) {
    for (const item of await itemsOf(db, record)) {
      if (item.Put?.Item) puts.push(item.Put.Item);
      else others.push(item);
    }
  }
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < puts.length; i += 25) batches.push(puts.slice(i, i + 25));
  await Promise.all(
    [0, 1, 2, 3].map(async (lane) => {
      for (let b = lane; b < batches.length; b += 4) await writeBatch(db, batches[b]!);
    }),
  );
  for (const item of others) await db.doc.send(new TransactWriteCommand({ TransactItems: [item] }));
}

/** One BatchWriteItem, resent with whatever DynamoDB left unprocessed. */
async function writeBatch(db: Database, items: Record<string, unknown>[]): Promise<void> {
  let requests = { [db.tableName]: items.map((Item) => ({ PutRequest: { Item } })) };
  for (let attempt = 0; attempt < 10; attempt++) {
    const result = await db.doc.send(new BatchWriteCommand({ RequestItems: requests }));
    const left = result.UnprocessedItems?.[db.tableName];
    if (!left || left.length === 0) return;
    requests = { [db.tableName]: left as (typeof requests)[string] };
    await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
  }
  throw new Error('DynamoDB Local left items unprocessed after 10 attempts');
}
