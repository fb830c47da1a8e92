/**
 * What CloudFront requires to live in us-east-1: the site's TLS certificate and the WAF
 * web ACL. The service stack uses both through cross-region references.
 *
 * The web ACL guards everything a citizen reaches — the static site and the public API
 * behind the same distribution. (An HTTP API cannot have a web ACL of its own; its stage
 * throttling is the limit for anyone calling the execute-api address directly.)
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { Stage } from '../settings.ts';

export interface EdgeStackProps extends StackProps {
  readonly stage: Stage;
}

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const managedRules = (priority: number, name: string, excludeRules: string[] = []) => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: {
    managedRuleGroupStatement: {
      vendorName: 'AWS',
      name,
      ruleActionOverrides: excludeRules.map((rule) => ({ name: rule, actionToUse: { count: {} } })),
    },
  },
  visibilityConfig: visibility(name),
});

export class EdgeStack extends Stack {
  readonly certificate: acm.Certificate;
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const { stage } = props;

    // Validated by a DNS record the council adds (shown in the stack events): the domain's
    // zone is not in this account, so there is nothing to look up.
    this.certificate = new acm.Certificate(this, 'SiteCertificate', {
      domainName: stage.siteDomain,
      validation: acm.CertificateValidation.fromDns(),
    });

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('site'),
      rules: [
        {
          name: 'RequestsPerClient',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: stage.waf.requestsPer5Minutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
            },
          },
          visibilityConfig: visibility('requests-per-client'),
        },
        {
          // Submitting is the one write a citizen can make: a much lower ceiling per address.
          name: 'SubmissionsPerClient',
          priority: 1,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: stage.waf.submissionsPer5Minutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { method: {} },
                  positionalConstraint: 'EXACTLY',
                  searchString: 'POST',
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          visibilityConfig: visibility('submissions-per-client'),
        },
        managedRules(2, 'AWSManagedRulesAmazonIpReputationList'),
        // Counted, not blocked, for submissions: a petition's text can be longer than the
        // common rule set's 8 KB body limit, and may quote markup ("<b>", "<script>") that the
        // apps store as text and always escape, so refusing it would only refuse the citizen.
        managedRules(3, 'AWSManagedRulesCommonRuleSet', ['SizeRestrictions_BODY', 'CrossSiteScripting_BODY']),
        managedRules(4, 'AWSManagedRulesKnownBadInputsRuleSet'),
      ],
    });
  }
}
