/**
 * Where notification e-mails come from: the council's domain as an SES identity signed
 * with DKIM, and a configuration set that reports bounces and complaints (to a topic the
 * email-feedback function reads, so the notifier stops mailing those addresses) and keeps
 * reputation metrics for the bounce alarm.
 */
import { CfnOutput, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface NotificationEmailProps {
  readonly domain: string;
  /** The only From address the functions may send as. */
  readonly sender: string;
}

export class NotificationEmail extends Construct {
  readonly identity: ses.EmailIdentity;
  readonly configurationSet: ses.ConfigurationSet;
  readonly deliveryProblems: sns.Topic;
  readonly sender: string;

  constructor(scope: Construct, id: string, props: NotificationEmailProps) {
    super(scope, id);
    this.sender = props.sender;
    this.identity = new ses.EmailIdentity(this, 'Identity', {
      identity: ses.Identity.domain(props.domain),
      dkimSigning: true,
      dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
    });
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      // An address that bounced or complained is not mailed again.
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.deliveryProblems = new sns.Topic(this, 'DeliveryProblems', {
      displayName: 'SES bounces and complaints',
      enforceSSL: true,
    });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: ses.EventDestination.snsTopic(this.deliveryProblems),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });

    // The three CNAME records the council's DNS must publish before SES signs mail.
    this.identity.dkimRecords.forEach((record, i) => {
      new CfnOutput(this, `DkimRecord${i + 1}`, { value: `${record.name} CNAME ${record.value}` });
    });
  }

  /** Hands every bounce and complaint to a function (functions/email-feedback). */
  deliverFeedbackTo(fn: lambda.IFunction): void {
    this.deliveryProblems.addSubscription(new subscriptions.LambdaSubscription(fn));
  }

  /** SendEmail/SendRawEmail through this identity and configuration set, as the sender only. */
  grantSend(grantee: iam.IGrantable): void {
    const stack = Stack.of(this);
    const configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resourceArns: [this.identity.emailIdentityArn, configurationSetArn],
      conditions: { StringEquals: { 'ses:FromAddress': this.sender } },
    });
  }
}
