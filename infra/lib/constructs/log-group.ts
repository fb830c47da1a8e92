/**
 * How long the service keeps its logs, and whether they outlive the stack: the stage's
 * settings (infra/lib/settings.ts), given to every construct that writes a log group.
 */
import type { RemovalPolicy } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

export interface LogSettings {
  readonly logRetention: logs.RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

export function serviceLogGroup(scope: Construct, id: string, settings: LogSettings): logs.LogGroup {
  return new logs.LogGroup(scope, id, {
    retention: settings.logRetention,
    removalPolicy: settings.logRemovalPolicy,
  });
}
