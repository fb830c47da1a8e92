/**
 * The secrets the functions' configuration needs (functions/lib/config.ts), generated
 * by Secrets Manager so no person ever sees or chooses them:
 * - RATE_LIMIT_SALT, which makes a client's address unreadable in rate-limit keys;
 * - FEEDBACK_TOKEN_SECRET, the HMAC key of the "not satisfied" links in e-mails;
 * - ORIGIN_SECRET, the header value CloudFront adds to what it sends to the public API,
 *   without which the API answers 403 (so it is reachable only through CloudFront).
 *
 * They reach the functions as environment variables through CloudFormation dynamic
 * references: the template holds only `{{resolve:secretsmanager:…}}`, CloudFormation
 * fills the value in at deploy time, and Lambda keeps it encrypted at rest. The functions
 * read their configuration synchronously once at start (config.ts), so this avoids a
 * Secrets Manager call in every cold start; the price is that whoever may read a
 * function's configuration may read the values, so that permission stays with operators.
 */
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export interface FunctionSecretsProps {
  /** Keep the secrets when the stack goes: links already e-mailed depend on the key. */
  readonly retain: boolean;
}

export class FunctionSecrets extends Construct {
  /** Dynamic references, for the environment of the functions that need them. */
  readonly rateLimitSalt: string;
  readonly feedbackTokenSecret: string;
  readonly originSecret: string;
  /** The origin secret itself, for the site build, which reads the public API directly. */
  readonly originSecretResource: secretsmanager.ISecret;

  constructor(scope: Construct, id: string, props: FunctionSecretsProps) {
    super(scope, id);
    const generate = (secretId: string, description: string) => {
      const secret = new secretsmanager.Secret(this, secretId, {
        description,
        generateSecretString: { passwordLength: 48, excludePunctuation: true },
        removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      });
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'Not rotated on a schedule: a new feedback key would break every link already e-mailed, ' +
          'a new salt would reset every rate-limit window, and a new origin secret must reach ' +
          'CloudFront and the function together (one deploy); rotate by hand after a leak.',
      });
      return secret;
    };
    const salt = generate('RateLimitSalt', 'Salt for hashing client addresses in rate-limit keys');
    const feedbackKey = generate('FeedbackTokenSecret', 'HMAC key of the feedback links in e-mails');
    this.rateLimitSalt = salt.secretValue.unsafeUnwrap();
    this.feedbackTokenSecret = feedbackKey.secretValue.unsafeUnwrap();
    this.originSecretResource = generate(
      'OriginSecret',
      'Header value CloudFront adds to public API requests',
    );
    this.originSecret = this.originSecretResource.secretValue.unsafeUnwrap();
  }
}
