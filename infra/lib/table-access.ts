/**
 * What each function may do to the table: named lists of actions instead of the broad
 * grantReadWriteData (which includes Scan, DeleteItem and BatchWriteItem).
 *
 * No function gets Scan: every access pattern is a GetItem or a Query on a key
 * (DESIGN §4), so a request path that reaches for Scan fails with AccessDenied. A
 * TransactWriteItems call is authorised action by action, so a function without
 * DeleteItem cannot delete inside a transaction either.
 */
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { STAFF_SEARCH_PARTITION_PREFIX } from '../../functions/lib/data/staff-search-keys.ts';
import { APPEND_ONLY_PARTITION_PREFIX, TABLE } from '../../shared/table.ts';

/** attachment-keys.ts's upload partitions (UPLOAD#<id>). */
const UPLOAD_PARTITION_PREFIX = 'UPLOAD#';

const READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem'];
const DELETE = ['dynamodb:DeleteItem'];

// Every action on the table; Query (the only index action) on each index by name, not
// `index/*`, so an index is usable only once the shared definition names it.
function grant(table: dynamodb.ITable, grantee: iam.IGrantable, actions: string[]): void {
  iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [table.tableArn] });
  iam.Grant.addToPrincipal({
    grantee,
    actions: ['dynamodb:Query'],
    resourceArns: TABLE.indexes.map((index) => `${table.tableArn}/index/${index.name}`),
  });
}

/**
 * The public API (no account): reads public records, writes submissions, rate-limit
 * windows and idempotency keys. What IAM can and cannot enforce here:
 *
 * - it CAN refuse deletes (no DeleteItem, no BatchWriteItem) and scans (no Scan);
 * - it CANNOT keep this function away from a submitter's contact item. The contact is
 *   the item `PRIVATE#CONTACT` in the petition's own partition, and IAM's only key
 *   condition, dynamodb:LeadingKeys, sees partition keys, never sort keys; the public
 *   API must also write that item when a citizen submits. dynamodb:Attributes cannot
 *   help either: it constrains only requests that name their attributes, and a GetItem
 *   or Query without a projection returns every attribute. So the contact stays
 *   private by the repository's public read (a Query on `begins_with(sk, "PUB#")`,
 *   functions/lib/data/petition-repository.ts) and the tests that hold it to that.
 */
export function grantPublicApiAccess(table: dynamodb.ITable, grantee: iam.IGrantable): void {
  grant(table, grantee, [...READ, ...WRITE]);
}

/**
 * Staff work on every entity; deleting is needed to drop a meeting's per-commune copies.
 * The audit of their reads of contacts is append-only: an explicit Deny of UpdateItem and
 * DeleteItem on every partition under `AUDIT#` (dynamodb:LeadingKeys is multivalued, so
 * ForAnyValue: any key of the request in an audit partition denies it, inside a
 * TransactWriteItems too, which is authorised action by action). IAM cannot look at
 * sort keys, hence the audit's own partitions; nor can it require a condition
 * expression, so the "never overwrite" of a Put is the repository's attribute_not_exists.
 */
export function grantStaffApiAccess(table: dynamodb.ITable, grantee: iam.IGrantable): void {
  grant(table, grantee, [...READ, ...WRITE, ...DELETE]);
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      resources: [table.tableArn],
      conditions: {
        'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${APPEND_ONLY_PARTITION_PREFIX}*`] },
      },
    }),
  );
}

/**
 * The notifier and the deadline reminders read petitions and contacts and record what
 * they sent (so nothing is sent twice); they never delete.
 */
export function grantBackgroundAccess(table: dynamodb.ITable, grantee: iam.IGrantable): void {
  grant(table, grantee, [...READ, ...WRITE]);
}

/**
 * The email-feedback function only records suppressions: PutItem on the table, no read,
 * no index, so a leak of its role reads nothing.
 */
export function grantFeedbackAccess(table: dynamodb.ITable, grantee: iam.IGrantable): void {
  iam.Grant.addToPrincipal({ grantee, actions: ['dynamodb:PutItem'], resourceArns: [table.tableArn] });
}

/**
 * The attachment processor reads an upload and records its outcome: GetItem and UpdateItem,
 * only on upload partitions (dynamodb:LeadingKeys), so it cannot touch a petition.
 */
export function grantUploadAccess(table: dynamodb.ITable, grantee: iam.IGrantable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${UPLOAD_PARTITION_PREFIX}*`] } },
    }),
  );
}

export const TABLE_ACTIONS = { READ, WRITE, DELETE } as const;

/**
 * The statistics function also keeps the staff search index (functions/statistics/
 * petition-changes.ts), whose postings it deletes when a petition's words, agency or item go:
 * DeleteItem, but only on the index's partitions (dynamodb:LeadingKeys), never a petition.
 */
export function grantSearchIndexAccess(table: dynamodb.ITable, grantee: iam.IGrantable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: DELETE,
      resources: [table.tableArn],
      conditions: {
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${STAFF_SEARCH_PARTITION_PREFIX}*`] },
      },
    }),
  );
}
