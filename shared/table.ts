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

/**
 * What an index copies of an item besides the keys (the table's and its own). An index write
 * costs by the projected size, and happens only when a projected attribute or a key changes:
 * so an index carries only what its queue or list shows, never the whole item.
 */
export type IndexProjection =
  | { readonly type: 'ALL' }
  | { readonly type: 'KEYS_ONLY' }
  | { readonly type: 'INCLUDE'; readonly attributes: readonly string[] };

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

/**
 * What each entity reads back from an index it lists through (besides the keys). One list per
 * entity, named once; each index projects the union of the lists of the entities it serves
 * (INDEX_PROJECTIONS). A petition's lists read only keys from its indexes and then its items
 * from the table (petition-repository.ts), so a status change rewrites only the indexes keyed
 * by status.
 */
export const LISTED_ATTRIBUTES = {
  meeting: [
    'id',
    'councilId',
    'sessionId',
    'kind',
    'title',
    'groupId',
    'delegateIds',
    'communeIds',
    'venue',
    'startsAt',
    'endsAt',
    'agenda',
    'invitedBodies',
    'status',
    'statusReason',
    'published',
    'sequence',
    'attendance',
    'notes',
    'resolutionIds',
    'createdAt',
    'updatedAt',
    'entity',
  ],
  /** A meeting's copy under one commune (meeting-repository.ts) adds the commune. */
  meetingCommune: ['communeId'],
  audit: ['id', 'at', 'userId', 'role', 'councilId', 'code', 'route', 'entity'],
  /**
   * What the statistics read of an overdue petition from the open-by-deadline index: the rows
   * it is counted under (functions/lib/statistics/read-statistics.ts). None changes while the
   * petition stays open with the same deadline, so a status change does not rewrite them.
   */
  petitionRows: ['councilId', 'agencyId', 'fieldId', 'communeId', 'receivedAt', 'meetingId'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The attributes each index carries, as lists of LISTED_ATTRIBUTES. To put a new entity in an
 * index, add its list above and name it here; an index not named here projects ALL (so a new
 * index works at once, at full write cost, until its list is written). AWS allows at most 100
 * projected attributes over all indexes together (PROJECTED_ATTRIBUTE_LIMIT, tested).
 */
export const INDEX_PROJECTIONS: Partial<Record<IndexName, readonly (keyof typeof LISTED_ATTRIBUTES)[]>> = {
  gsi1: [],
  gsi2: ['meeting'],
  gsi3: ['petitionRows'],
  gsi4: ['meeting', 'meetingCommune', 'audit'],
  gsi5: [],
  gsi6: ['audit'],
};

export const PROJECTED_ATTRIBUTE_LIMIT = 100;

/** An index's projection: keys only, the named attributes, or ALL for an index not listed yet. */
export function projectionOf(index: IndexName): IndexProjection {
  const lists = INDEX_PROJECTIONS[index];
  if (!lists) return { type: 'ALL' };
  const attributes = [...new Set(lists.flatMap((list) => LISTED_ATTRIBUTES[list]))];
  return attributes.length ? { type: 'INCLUDE', attributes } : { type: 'KEYS_ONLY' };
}
