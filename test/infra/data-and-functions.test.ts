/**
 * The table and the functions as synthesized for dev and prod: the table comes from the
 * shared definition, every function gets the same runtime defaults, and each may do no
 * more to the table than its job needs.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { readProcessorConfig } from '../../functions/attachment-processor/config.ts';
import { readDeadlinesConfig } from '../../functions/deadlines/config.ts';
import { readEmailFeedbackConfig } from '../../functions/email-feedback/config.ts';
import { readConfig } from '../../functions/lib/config.ts';
import { auditKeys } from '../../functions/lib/data/audit-repository.ts';
import {
  STAFF_SEARCH_PARTITION_PREFIX,
  staffSearchKeys,
} from '../../functions/lib/data/staff-search-keys.ts';
import { readNotifierConfig } from '../../functions/notifier/config.ts';
import { readStaffConfig } from '../../functions/staff-api/config.ts';
import { readStatisticsConfig } from '../../functions/statistics/config.ts';
import { DEPLOYED_FUNCTIONS, type FunctionFolder } from '../../infra/lib/constructs/service-functions.ts';
import { projectionInput } from '../../infra/local/create-table.ts';
import { APPEND_ONLY_PARTITION_PREFIX, TABLE } from '../../shared/table.ts';
import {
  actionsOf,
  logicalIdOf,
  propertiesOf,
  type SynthesizedStage,
  statementsOf,
  useSynthesizedStages,
} from './support/synthesize.ts';

const { dev, prod } = useSynthesizedStages('data', 'dev', 'prod');

/** A stand-in for what CloudFormation puts in place of each reference at deploy time. */
function deployedValue(value: unknown): string {
  if (typeof value === 'string') return value;
  const token = value as Record<string, unknown>;
  if ('Ref' in token) return `ref-${token.Ref}`;
  if ('Fn::GetAtt' in token) return (token['Fn::GetAtt'] as string[]).join('-');
  if ('Fn::Join' in token) {
    const [separator, parts] = token['Fn::Join'] as [string, unknown[]];
    return parts.map(deployedValue).join(separator);
  }
  throw new Error(`Unexpected value ${JSON.stringify(value)}`);
}
const deployedValues = (env: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(env).map(([name, value]) => [name, deployedValue(value)]));

const tableOf = (s: SynthesizedStage) =>
  s.service.toJSON().Resources[logicalIdOf(s.stacks.service.table.table)];
const functionOf = (s: SynthesizedStage, folder: FunctionFolder) => s.stacks.service.functions.all()[folder];
const environmentOf = (s: SynthesizedStage, folder: FunctionFolder) =>
  (
    propertiesOf(s.service, functionOf(s, folder).fn) as {
      Environment: { Variables: Record<string, unknown> };
    }
  ).Environment.Variables;

describe('the table', () => {
  it('has the keys and indexes of shared/table.ts', () => {
    const { Properties } = tableOf(dev);
    expect(Properties.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey.name, KeyType: 'RANGE' },
    ]);
    expect(Properties.GlobalSecondaryIndexes).toEqual(
      TABLE.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: projectionInput(index.name),
      })),
    );
  });

  it('is on-demand, with point-in-time recovery, a new-and-old-images stream and TTL', () => {
    for (const stage of [dev, prod]) {
      expect(tableOf(stage).Properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        StreamSpecification: { StreamViewType: TABLE.stream },
        TimeToLiveSpecification: { AttributeName: TABLE.timeToLiveAttribute, Enabled: true },
      });
    }
  });

  it('is protected from deletion and retained in prod only', () => {
    expect(tableOf(prod).Properties.DeletionProtectionEnabled).toBe(true);
    expect(tableOf(prod).DeletionPolicy).toBe('Retain');
    expect(tableOf(dev).Properties.DeletionProtectionEnabled).toBe(false);
    expect(tableOf(dev).DeletionPolicy).toBe('Delete');
  });
});

describe('the functions', () => {
  it('all run Node 24 on arm64 from their bundle, with JSON logs, source maps and set limits', () => {
    for (const folder of Object.keys(DEPLOYED_FUNCTIONS) as FunctionFolder[]) {
      const props = propertiesOf(dev.service, functionOf(dev, folder).fn);
      expect(props, folder).toMatchObject({
        Runtime: 'nodejs24.x',
        // The attachment processor's native sharp layer is the x86_64 build the project installs.
        Architectures: [folder === 'attachment-processor' ? 'x86_64' : 'arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogFormat: 'JSON', ApplicationLogLevel: 'INFO' },
        Environment: { Variables: { NODE_OPTIONS: '--enable-source-maps' } },
      });
      expect(props.MemorySize, folder).toBeGreaterThanOrEqual(256);
      expect(props.Timeout, folder).toBeLessThanOrEqual(300);
    }
  });

  it('write logs only to their own log group, without the managed basic execution role', () => {
    for (const folder of Object.keys(DEPLOYED_FUNCTIONS) as FunctionFolder[]) {
      const role = functionOf(dev, folder).fn.role!;
      expect(propertiesOf(dev.service, role).ManagedPolicyArns, folder).toBeUndefined();
      expect(actionsOf(dev.service, role)).not.toContain('logs:CreateLogGroup');
    }
  });

  it('give every function the configuration its own schema requires', () => {
    const readers: Record<FunctionFolder, (env: NodeJS.ProcessEnv) => unknown> = {
      'public-api': readConfig,
      'staff-api': readStaffConfig,
      notifier: readNotifierConfig,
      deadlines: readDeadlinesConfig,
      'email-feedback': readEmailFeedbackConfig,
      'attachment-processor': readProcessorConfig,
      statistics: readStatisticsConfig,
    };
    for (const stage of [dev, prod]) {
      for (const folder of Object.keys(DEPLOYED_FUNCTIONS) as FunctionFolder[]) {
        // Lambda sets AWS_REGION itself; CloudFormation fills in the references at deploy.
        const env = { AWS_REGION: stage.stage.region, ...deployedValues(environmentOf(stage, folder)) };
        expect(() => readers[folder](env), `${stage.stage.name} ${folder}`).not.toThrow();
      }
    }
  });

  it('hand each secret only to the functions that read it, as a Secrets Manager reference', () => {
    const holders = (name: string) =>
      (Object.keys(DEPLOYED_FUNCTIONS) as FunctionFolder[]).filter(
        (folder) => name in environmentOf(dev, folder),
      );
    expect(holders('RATE_LIMIT_SALT')).toEqual(['public-api']);
    // The deadlines run signs the "is it resolved?" question's link with it.
    expect(holders('FEEDBACK_TOKEN_SECRET').sort()).toEqual(['deadlines', 'notifier', 'public-api']);
    expect(holders('RECIPIENT_HASH_SALT').sort()).toEqual(['email-feedback', 'notifier']);
    for (const folder of ['notifier', 'email-feedback'] as const) {
      expect(JSON.stringify(environmentOf(dev, folder).RECIPIENT_HASH_SALT)).toMatch(
        /^\{"Fn::Join":\["",\["\{\{resolve:secretsmanager:",\{"Ref":"SecretsRecipientHashSalt/,
      );
    }
    for (const folder of ['public-api', 'notifier', 'deadlines'] as const) {
      expect(JSON.stringify(environmentOf(dev, folder).FEEDBACK_TOKEN_SECRET)).toMatch(
        /^\{"Fn::Join":\["",\["\{\{resolve:secretsmanager:",\{"Ref":"SecretsFeedbackTokenSecret/,
      );
    }
    expect(JSON.stringify(environmentOf(dev, 'public-api').RATE_LIMIT_SALT)).toContain(
      '{{resolve:secretsmanager:',
    );
    expect(holders('ORIGIN_SECRET')).toEqual(['public-api']);
    expect(JSON.stringify(environmentOf(dev, 'public-api').ORIGIN_SECRET)).toMatch(
      /^\{"Fn::Join":\["",\["\{\{resolve:secretsmanager:",\{"Ref":"SecretsOriginSecret/,
    );
  });

  it('point every function at the table and the public site it serves', () => {
    for (const folder of Object.keys(DEPLOYED_FUNCTIONS) as FunctionFolder[]) {
      expect(environmentOf(dev, folder).TABLE_NAME, folder).toEqual({
        Ref: logicalIdOf(dev.stacks.service.table.table),
      });
    }
    expect(environmentOf(prod, 'notifier').PUBLIC_SITE_URL).toBe(`https://${prod.stage.siteDomain}`);
    expect(environmentOf(prod, 'notifier').STAFF_CONSOLE_URL).toBe(`https://${prod.stage.siteDomain}`);
    expect(environmentOf(dev, 'public-api')).toMatchObject({
      SUBMIT_RATE_LIMIT: String(dev.stage.submitRateLimit),
      SUBMIT_RATE_WINDOW_SECONDS: String(dev.stage.submitRateWindowSeconds),
    });
  });

  it('let a notifier delivery lease outlive the invocation that claimed it', () => {
    const timeout = propertiesOf(dev.service, functionOf(dev, 'notifier').fn).Timeout as number;
    expect(Number(environmentOf(dev, 'notifier').NOTIFY_LEASE_SECONDS)).toBeGreaterThan(timeout);
  });

  it('give the notifier and the reminders the SES sender and configuration set', () => {
    for (const folder of ['notifier', 'deadlines'] as const) {
      expect(environmentOf(dev, folder), folder).toMatchObject({
        SES_SENDER: dev.stage.sender,
        SES_CONFIGURATION_SET: { Ref: logicalIdOf(dev.stacks.service.email.configurationSet) },
      });
    }
  });
});

describe('table permissions', () => {
  const tableActions = (folder: FunctionFolder) =>
    actionsOf(dev.service, functionOf(dev, folder).fn.role!).filter((a) => a.startsWith('dynamodb:'));

  it('grant no function Scan, BatchWriteItem or a dynamodb:* wildcard', () => {
    for (const folder of Object.keys(DEPLOYED_FUNCTIONS) as FunctionFolder[]) {
      expect(tableActions(folder), folder).not.toContain('dynamodb:Scan');
      expect(tableActions(folder), folder).not.toContain('dynamodb:BatchWriteItem');
      expect(
        tableActions(folder).filter((a) => a.includes('*')),
        folder,
      ).toEqual([]);
    }
  });

  it('let the public API read and write but never delete', () => {
    expect(tableActions('public-api')).toEqual(
      expect.arrayContaining([
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
      ]),
    );
    expect(tableActions('public-api')).not.toContain('dynamodb:DeleteItem');
  });

  it('let only the staff API delete', () => {
    expect(tableActions('staff-api')).toContain('dynamodb:DeleteItem');
    for (const folder of ['public-api', 'notifier', 'deadlines', 'email-feedback'] as const) {
      expect(tableActions(folder), folder).not.toContain('dynamodb:DeleteItem');
    }
  });

  it('deny the staff API any update or delete of an audit record (their own partitions, by LeadingKeys)', () => {
    const role = functionOf(dev, 'staff-api').fn.role!;
    const denies = statementsOf(dev.service, role).filter((st) => st.Effect === 'Deny');
    const tableArn = { 'Fn::GetAtt': [logicalIdOf(dev.stacks.service.table.table), 'Arn'] };
    expect(denies).toContainEqual(
      expect.objectContaining({
        Action: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        Resource: tableArn,
        Condition: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT#*'] } },
      }),
    );
    // Every audit partition the repository writes falls under the denied pattern.
    for (const key of [auditKeys.month('huu-lung', '2026-11')])
      expect(key.startsWith(APPEND_ONLY_PARTITION_PREFIX)).toBe(true);
    expect(APPEND_ONLY_PARTITION_PREFIX).toBe('AUDIT#');
    // No other function is denied anything: the audit is written only by the staff API.
    for (const folder of ['public-api', 'notifier', 'deadlines'] as const)
      expect(tableActions(folder), folder).not.toContain('dynamodb:DeleteItem');
  });

  it('let the email-feedback function only put items, on the table alone', () => {
    expect(tableActions('email-feedback')).toEqual(['dynamodb:PutItem']);
    const role = functionOf(dev, 'email-feedback').fn.role!;
    const statements = statementsOf(dev.service, role).filter((st) =>
      JSON.stringify(st.Action).includes('dynamodb:'),
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.Resource).toEqual({
      'Fn::GetAtt': [logicalIdOf(dev.stacks.service.table.table), 'Arn'],
    });
  });

  it('let the statistics function delete only in the staff search index (its partitions, by LeadingKeys)', () => {
    const role = functionOf(dev, 'statistics').fn.role!;
    const deletes = statementsOf(dev.service, role).filter((st) =>
      JSON.stringify(st.Action).includes('dynamodb:DeleteItem'),
    );
    expect(deletes).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'dynamodb:DeleteItem',
        Resource: { 'Fn::GetAtt': [logicalIdOf(dev.stacks.service.table.table), 'Arn'] },
        Condition: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${STAFF_SEARCH_PARTITION_PREFIX}*`] },
        },
      }),
    ]);
    expect(
      staffSearchKeys
        .pk({ councilId: 'huu-lung', agencyId: 'ubnd-huu-lung' }, 'duong')
        .startsWith(STAFF_SEARCH_PARTITION_PREFIX),
    ).toBe(true);
  });

  it('name each index instead of index/*', () => {
    const resources = JSON.stringify(dev.service.toJSON().Resources);
    expect(resources).not.toContain('/index/*');
    for (const index of TABLE.indexes) expect(resources).toContain(`/index/${index.name}"`);
  });

  it('let only the notifier and the reminders send e-mail, as the configured sender', () => {
    dev.service.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['ses:SendEmail', 'ses:SendRawEmail'],
            Condition: { StringEquals: { 'ses:FromAddress': dev.stage.sender } },
          }),
        ]),
      },
    });
    for (const folder of Object.keys(DEPLOYED_FUNCTIONS) as FunctionFolder[]) {
      const sends = actionsOf(dev.service, functionOf(dev, folder).fn.role!).includes('ses:SendEmail');
      expect(sends, folder).toBe(folder === 'notifier' || folder === 'deadlines');
    }
  });
});
