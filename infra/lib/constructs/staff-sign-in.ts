/**
 * Staff sign-in: a Cognito user pool that only an administrator adds people to, one
 * group per role, MFA for everyone, and the staff console's app client (authorization
 * code with PKCE, no secret: it runs in the browser). The staff API checks the same
 * claims in-app (functions/lib/auth/claims.ts), so the claim names come from there.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { STAFF_CLAIMS } from '../../../functions/lib/auth/claims.ts';
import { STAFF_ROLES } from '../../../shared/schemas/petition.ts';

const CUSTOM_PREFIX = 'custom:';
/** The scope attributes (council, agency, delegate group) an administrator sets on each user. */
export const SCOPE_ATTRIBUTES = Object.values(STAFF_CLAIMS)
  .filter((claim) => claim.startsWith(CUSTOM_PREFIX))
  .map((claim) => claim.slice(CUSTOM_PREFIX.length));

export interface StaffSignInProps {
  readonly domainPrefix: string;
  /** Where Cognito may return the console after sign-in, and after sign-out. */
  readonly callbackUrls: string[];
  readonly logoutUrls: string[];
  readonly retain: boolean;
}

export class StaffSignIn extends Construct {
  readonly userPool: cognito.UserPool;
  readonly consoleClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: StaffSignInProps) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { fullname: { required: false, mutable: true } },
      customAttributes: Object.fromEntries(
        SCOPE_ATTRIBUTES.map((name) => [name, new cognito.StringAttribute({ mutable: true, maxLen: 64 })]),
      ),
      mfa: cognito.Mfa.REQUIRED,
      // An authenticator app: SMS codes cost per message and can be intercepted.
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Staff accounts can change a petition's course: compromised-credential and
      // risk-based sign-in checks are worth the Plus plan's per-user price.
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    for (const role of STAFF_ROLES) {
      this.userPool.addGroup(`Group-${role}`, { groupName: role, description: `Staff role: ${role}` });
    }

    this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: props.domainPrefix } });

    this.consoleClient = this.userPool.addClient('ConsoleClient', {
      generateSecret: false,
      // Sign-in only through the hosted pages (authorization code + PKCE), never a password
      // posted by the console itself: refresh tokens are the only direct flow. (Left unset,
      // Cognito would also allow SRP and custom auth.)
      authFlows: { userSrp: false },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: props.callbackUrls,
        logoutUrls: props.logoutUrls,
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(...SCOPE_ATTRIBUTES),
      // A user must never widen their own scope: the council/agency/group attributes are
      // set by an administrator only, so this client may write nothing but the name.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
    });
  }

  /** The issuer of the pool's tokens, as the JWT authorizer and the staff API check it. */
  get issuer(): string {
    return `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
  }

  get jwksUrl(): string {
    return `${this.issuer}/.well-known/jwks.json`;
  }
}
