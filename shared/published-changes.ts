/**
 * What the site rebuild learns of each published-content change (issue #22 item 6): the
 * EventBridge Pipe turns each stream record it lets through into a `PublishedChange` (its
 * input template, `publishedChangeTemplate`), the workflow writes each batch, a JSON array of
 * them, to the state bucket's `changes/` folder before it starts the build, and the build's
 * incremental publication reads only the results those changes name
 * (site/src/lib/result-snapshot.ts). Locally (tests, bench) the same files in
 * `<state folder>/changes/`. `publishedChangeOf` is the template applied to one record:
 * the CDK test checks the Pipe's template against it, and the bench writes its change files
 * with it.
 */
import { TABLE } from './table.ts';

/** One changed item: its keys, and INSERT, MODIFY or REMOVE. */
export interface PublishedChange {
  pk: string;
  sk: string;
  change: string;
}

/** A stream record, as far as the template reads it. */
export interface StreamRecordKeys {
  eventName?: string;
  dynamodb?: { Keys?: Record<string, { S?: string }> };
}

/** The folder of pending change files, in the state bucket and in a local state folder. */
export const CHANGES_FOLDER = 'changes';

/** A change file's name: the workflow execution's (one batch, one file). */
export const changeFileName = (executionName: string) => `${executionName}.json`;

/**
 * The partitions the site reads by: a petition's (its own item, its texts, its public file
 * copies) and a meeting's. The same as functions/lib/data/petition-keys.ts and meeting-keys.ts
 * (test/unit/published-changes.test.ts holds them equal).
 */
export const PETITION_PARTITION = 'PETITION#';
export const MEETING_PARTITION = 'MEETING#';

/** The Pipe's input template (EventBridge Pipes' `<$.path>` placeholders): the keys only, no image. */
export function publishedChangeTemplate(): string {
  const pk = TABLE.partitionKey.name;
  const sk = TABLE.sortKey.name;
  return `{"pk": "<$.dynamodb.Keys.${pk}.S>", "sk": "<$.dynamodb.Keys.${sk}.S>", "change": "<$.eventName>"}`;
}

/** What the template makes of one stream record. */
export function publishedChangeOf(record: StreamRecordKeys): PublishedChange {
  const keys = record.dynamodb?.Keys ?? {};
  return {
    pk: keys[TABLE.partitionKey.name]?.S ?? '',
    sk: keys[TABLE.sortKey.name]?.S ?? '',
    change: record.eventName ?? '',
  };
}

/** The petitions and the meetings a batch of changes names. */
export function changedKeys(changes: readonly PublishedChange[]): {
  petitions: Set<string>;
  meetings: Set<string>;
} {
  const petitions = new Set<string>();
  const meetings = new Set<string>();
  for (const { pk } of changes) {
    if (pk.startsWith(PETITION_PARTITION)) petitions.add(pk.slice(PETITION_PARTITION.length));
    else if (pk.startsWith(MEETING_PARTITION)) meetings.add(pk.slice(MEETING_PARTITION.length));
  }
  return { petitions, meetings };
}
