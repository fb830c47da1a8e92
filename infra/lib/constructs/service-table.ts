/**
 * The service's one DynamoDB table, built from the shared definition (shared/table.ts)
 * that the local stack also creates its table from: the keys, indexes, stream and TTL
 * are written there once.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { type IndexName, type KeyAttribute, projectionOf, TABLE } from '../../../shared/table.ts';

const attribute = (key: KeyAttribute): dynamodb.Attribute => ({
  name: key.name,
  type: key.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
});

/** The index's projection from shared/table.ts (INDEX_PROJECTIONS): what its queue or list shows. */
function projection(
  index: IndexName,
): Pick<dynamodb.GlobalSecondaryIndexProps, 'projectionType' | 'nonKeyAttributes'> {
  const chosen = projectionOf(index);
  if (chosen.type === 'INCLUDE')
    return { projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: [...chosen.attributes] };
  return {
    projectionType: chosen.type === 'ALL' ? dynamodb.ProjectionType.ALL : dynamodb.ProjectionType.KEYS_ONLY,
  };
}

const STREAM_VIEWS: Record<typeof TABLE.stream, dynamodb.StreamViewType> = {
  NEW_AND_OLD_IMAGES: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
};

export interface ServiceTableProps {
  /** Deletion protection and RETAIN: the production table outlives its stack. */
  readonly retain: boolean;
}

export class ServiceTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: ServiceTableProps) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: attribute(TABLE.partitionKey),
      sortKey: attribute(TABLE.sortKey),
      // Traffic is spiky (a round of voter meetings, a published answer) and small in between.
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: STREAM_VIEWS[TABLE.stream],
      timeToLiveAttribute: TABLE.timeToLiveAttribute,
      // Submitters' personal data: an AWS-managed key leaves every decryption in CloudTrail.
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of TABLE.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        ...projection(index.name),
      });
    }
  }
}
