/**
 * An EventBridge Scheduler schedule in the council's time zone (so "7 in the morning"
 * stays 7 in Hà Nội), with bounded retries: a missed run is repeated for an hour, then
 * dropped, and the next day's run catches up on everything still due.
 */
import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';

export interface DailyScheduleProps {
  /** An EventBridge Scheduler `cron(...)` expression. */
  readonly expression: string;
  readonly timeZone: string;
  readonly description: string;
  /** The target, given the role the schedule runs as (the target grants itself to it). */
  readonly target: (role: iam.IRole) => scheduler.IScheduleTarget;
}

export const SCHEDULED_TARGET_RETRIES = { retryAttempts: 3, maxEventAge: Duration.hours(1) } as const;

export class DailySchedule extends Construct {
  readonly schedule: scheduler.Schedule;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: DailyScheduleProps) {
    super(scope, id);
    // Its own role rather than CDK's shared one, so each schedule may start only its target.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: props.description,
    });
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: props.description,
      schedule: scheduler.ScheduleExpression.expression(props.expression, TimeZone.of(props.timeZone)),
      target: props.target(this.role),
      timeWindow: scheduler.TimeWindow.flexible(Duration.minutes(15)),
    });
  }
}
