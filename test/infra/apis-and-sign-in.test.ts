/**
 * The two HTTP APIs and staff sign-in: throttled stages with access logs, CORS for the
 * site's origin only, a JWT authorizer on every staff route, and a Cognito pool that
 * nobody can join or widen their own scope in.
 */
import { describe, expect, it } from 'vitest';
import { SCOPE_ATTRIBUTES } from '../../infra/lib/constructs/staff-sign-in.ts';
import { STAFF_ROLES } from '../../shared/schemas/index.ts';
import { consolePaths } from '../../site/src/console/paths.ts';
import { logicalIdOf, propertiesOf, resourcesOf, useSynthesizedStages } from './support/synthesize.ts';

const { dev } = useSynthesizedStages('apis', 'dev');

const apis = () => ({ public: dev.stacks.service.publicApi, staff: dev.stacks.service.staffApi });
const routesOf = (api: ReturnType<typeof apis>['public']) =>
  Object.values(resourcesOf(dev.service, 'AWS::ApiGatewayV2::Route')).filter(
    (route) => (route.Properties?.ApiId as { Ref?: string } | undefined)?.Ref === logicalIdOf(api.api),
  );

describe('the HTTP APIs', () => {
  it('throttle their stage with the stage settings', () => {
    for (const api of Object.values(apis())) {
      expect(propertiesOf(dev.service, api.stage)).toMatchObject({
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: {
          ThrottlingRateLimit: dev.stage.apiThrottle.rateLimit,
          ThrottlingBurstLimit: dev.stage.apiThrottle.burstLimit,
        },
      });
    }
  });

  it('log every request as JSON to their own log group, without the client address or query', () => {
    for (const api of Object.values(apis())) {
      const settings = propertiesOf(dev.service, api.stage).AccessLogSettings as {
        DestinationArn: unknown;
        Format: string;
      };
      expect(settings.DestinationArn).toEqual({ 'Fn::GetAtt': [logicalIdOf(api.accessLogs), 'Arn'] });
      const fields = JSON.parse(settings.Format) as Record<string, string>;
      expect(fields).toMatchObject({ status: '$context.status', path: '$context.path' });
      expect(settings.Format).not.toMatch(/sourceIp|querystring|identity/i);
    }
  });

  it('allow cross-origin calls from the site origin only', () => {
    for (const api of Object.values(apis())) {
      const cors = propertiesOf(dev.service, api.api).CorsConfiguration as { AllowOrigins: string[] };
      expect(cors.AllowOrigins).toEqual([`https://${dev.stage.siteDomain}`]);
    }
    // API Gateway answers CORS itself and drops the app's headers: what the console reads must be here.
    const staffCors = propertiesOf(dev.service, apis().staff.api).CorsConfiguration as Record<
      string,
      string[]
    >;
    expect(staffCors.AllowHeaders).toContain('Authorization');
    expect(staffCors.ExposeHeaders).toEqual(['Content-Disposition']);
  });

  it('check a Cognito JWT for the console client on every staff route', () => {
    const signIn = dev.stacks.service.signIn;
    const authorizers = Object.values(resourcesOf(dev.service, 'AWS::ApiGatewayV2::Authorizer'));
    expect(authorizers).toHaveLength(1);
    expect(authorizers[0]!.Properties).toMatchObject({
      ApiId: { Ref: logicalIdOf(apis().staff.api) },
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: logicalIdOf(signIn.consoleClient) }],
        Issuer: {
          'Fn::Join': [
            '',
            ['https://cognito-idp.ap-southeast-1.amazonaws.com/', { Ref: logicalIdOf(signIn.userPool) }],
          ],
        },
      },
    });
    const staffRoutes = routesOf(apis().staff);
    expect(staffRoutes.length).toBeGreaterThan(0);
    for (const route of staffRoutes) expect(route.Properties).toMatchObject({ AuthorizationType: 'JWT' });
  });

  it('leave the public routes open: citizens have no account', () => {
    for (const route of routesOf(apis().public)) expect(route.Properties?.AuthorizationType).toBe('NONE');
  });
});

describe('staff sign-in', () => {
  const pool = () => propertiesOf(dev.service, dev.stacks.service.signIn.userPool);
  const client = () => propertiesOf(dev.service, dev.stacks.service.signIn.consoleClient);

  it('lets only an administrator create accounts, and requires MFA with an authenticator app', () => {
    expect(pool()).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: true } },
    });
  });

  it('has one group per staff role', () => {
    const groups = Object.values(resourcesOf(dev.service, 'AWS::Cognito::UserPoolGroup')).map(
      (g) => g.Properties?.GroupName,
    );
    expect(groups.sort()).toEqual([...STAFF_ROLES].sort());
  });

  it('keeps the scope attributes the staff API reads (council, agency, delegate group)', () => {
    expect(SCOPE_ATTRIBUTES.sort()).toEqual(['agency_id', 'council_id', 'group_id']);
    const schema = pool().Schema as { Name: string }[];
    for (const name of SCOPE_ATTRIBUTES) expect(schema.map((a) => a.Name)).toContain(name);
  });

  it('gives the console a public client: authorization code (PKCE) only, no secret, no password flows', () => {
    expect(client()).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: expect.arrayContaining([`https://${dev.stage.siteDomain}${dev.stage.consoleSignInPath}`]),
    });
    // Absent would mean Cognito's defaults, which include SRP password sign-in.
    expect(client().ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
  });

  it("registers the console's own sign-in and sign-out return pages with Cognito", () => {
    // The console sends Cognito back to its sign-in page after both (site/src/console).
    const page = `https://${dev.stage.siteDomain}${consolePaths.signIn}`;
    expect(client().CallbackURLs).toContain(page);
    expect(client().LogoutURLs).toContain(page);
  });

  it('never lets a signed-in user write their own scope attributes', () => {
    const writable = client().WriteAttributes as string[];
    for (const name of SCOPE_ATTRIBUTES) expect(writable).not.toContain(`custom:${name}`);
    expect(client().ReadAttributes).toEqual(
      expect.arrayContaining(SCOPE_ATTRIBUTES.map((n) => `custom:${n}`)),
    );
  });
});
