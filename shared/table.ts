/**
 * The one DynamoDB table (single-table design), defined once: the local stack creates
 * it from this, and the CDK stack builds the real table from it. Each index serves the
 * access patterns of DESIGN §4; the key values are built only by the repositories in
 * functions/lib/data, next to the entity they belong to.
 */

export interface KeyAttribute {
  readonly name: string;
  readonly type: 'S' | 'N';
}

export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  /** What the index is for (shown in docs and the bench). */
  readonly serves: string;
}

export interface TableDefinition {
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly indexes: readonly IndexDefinition[];
  readonly timeToLiveAttribute: string;
  readonly stream: 'NEW_AND_OLD_IMAGES';
}

const s = <Name extends string>(name: Name) => ({ name, type: 'S' }) as const;

export const TABLE = {
  partitionKey: s('pk'),
  sortKey: s('sk'),
  indexes: [
    {
      name: 'gsi1',
      partitionKey: s('gsi1pk'),
      sortKey: s('gsi1sk'),
      serves: 'agency queue by status, ordered by deadline',
    },
    {
      name: 'gsi2',
      partitionKey: s('gsi2pk'),
      sortKey: s('gsi2sk'),
      serves: 'council triage queue by status; meetings of a council by start time',
    },
    {
      name: 'gsi3',
      partitionKey: s('gsi3pk'),
      sortKey: s('gsi3sk'),
      serves: 'open petitions of a council by deadline (reminders)',
    },
    {
      name: 'gsi4',
      partitionKey: s('gsi4pk'),
      sortKey: s('gsi4sk'),
      serves: 'petitions of a meeting; meetings of a commune by start time',
    },
    {
      name: 'gsi5',
      partitionKey: s('gsi5pk'),
      sortKey: s('gsi5sk'),
      serves: 'published results of a council, newest first',
    },
    {
      name: 'gsi6',
      partitionKey: s('gsi6pk'),
      sortKey: s('gsi6sk'),
      serves: "petitions by the submitter's commune (delegates' electoral units)",
    },
    {
      name: 'gsi8',
      partitionKey: s('gsi8pk'),
      sortKey: s('gsi8sk'),
      serves:
        "a council's resolutions (all, by field, by status, by both) newest first; a session's resolutions and interpellations",
    },
    {
      name: 'gsi10',
      partitionKey: s('gsi10pk'),
      sortKey: s('gsi10sk'),
      serves: 'answers promised by a date, by that date ("is it resolved?")',
    },
  ],
  timeToLiveAttribute: 'expiresAt',
  stream: 'NEW_AND_OLD_IMAGES',
} as const satisfies TableDefinition;

type Index = (typeof TABLE.indexes)[number];

/** The name of each index: a new index in TABLE is a new name here, with nothing to list by hand. */
export type IndexName = Index['name'];

/** Every attribute that is part of a key, of the table or of one of its indexes. */
export type KeyAttributeName =
  | typeof TABLE.partitionKey.name
  | typeof TABLE.sortKey.name
  | Index['partitionKey']['name']
  | Index['sortKey']['name'];

/** The key attributes of the table and of every index, each once (what a repository strips from an item). */
export const KEY_ATTRIBUTE_NAMES: readonly KeyAttributeName[] = [
  ...new Set<KeyAttributeName>([
    TABLE.partitionKey.name,
    TABLE.sortKey.name,
    ...TABLE.indexes.flatMap((index) => [index.partitionKey.name, index.sortKey.name]),
  ]),
];

/**
 * The partitions no function may change once written (the audit of staff reads of a
 * contact): the staff API, which appends to them, is denied UpdateItem and DeleteItem on
 * every partition key with this prefix (infra/lib/table-access.ts).
 */
export const APPEND_ONLY_PARTITION_PREFIX = 'AUDIT#';
