/**
 * Open311 API keys through the staff API: the admin issues one (the clear key is in that
 * answer only), lists and revokes it; the public Open311 endpoint takes it until revoked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createPublicApp } from '../../functions/public-api/app.ts';
import { errorsOf, GeoReportClient } from '../open311/georeport-client.ts';
import { testConfig } from '../petitions/support.ts';
import { USERS } from './routes.ts';
import { useStaffTestbed } from './support.ts';

const bed = useStaffTestbed({ meetings: false });
let open311: GeoReportClient;
beforeAll(async () => {
  open311 = new GeoReportClient(createPublicApp({ repos: bed.database.repos, config: testConfig() }), 'xml');
});

const request = (apiKey: string) => ({
  api_key: apiKey,
  jurisdiction_id: 'huu-lung',
  service_code: 'dat-dai',
  address_string: 'Xã Vân Nham',
  first_name: 'Văn Bốn',
  last_name: 'Lê',
  email: 'le.bon@example.com',
  description: 'Ranh giới thửa đất giữa hai thôn chưa được đo đạc lại, các hộ tranh chấp kéo dài.',
});

describe('Open311 API keys', () => {
  it('are issued by the admin, shown once, stored only as a hash, taken by Open311 until revoked', async () => {
    const issued = await bed.call('POST', '/v1/api-keys', {
      as: USERS.admin,
      body: { integrator: 'Cổng phản ánh tỉnh', hourlyLimit: 20 },
    });
    expect(issued.status).toBe(201);
    const { key, apiKey } = (await issued.json()) as { key: string; apiKey: { id: string; prefix: string } };
    expect(key).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    // Nowhere else: not in the table, not in the list.
    expect(await bed.snapshot()).not.toContain(key);
    const listed = await (await bed.call('GET', '/v1/api-keys', { as: USERS.admin })).text();
    expect(listed).toContain(apiKey.id);
    expect(listed).not.toContain(key);

    expect((await open311.postRequest(request(key))).status).toBe(200);
    const revoked = await bed.call('POST', `/v1/api-keys/${apiKey.id}/revoke`, { as: USERS.admin });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { apiKey: { revokedBy: string } }).apiKey.revokedBy).toBe(USERS.admin);
    const refused = await open311.postRequest(request(key));
    expect(refused.status).toBe(403);
    expect(errorsOf(refused)[0]!.code).toBe('403');
  });

  it.each([
    ['no integrator', { hourlyLimit: 10 }, 'integrator'],
    ['a zero hourly limit', { integrator: 'Ứng dụng', hourlyLimit: 0 }, 'hourlyLimit'],
    ['a limit that is not a number', { integrator: 'Ứng dụng', hourlyLimit: 'nhiều' }, 'hourlyLimit'],
  ])('refuses to issue a key with %s (400 naming the field), and nothing changes', async (_, body, field) => {
    const before = await bed.snapshot();
    const response = await bed.call('POST', '/v1/api-keys', { as: USERS.admin, body });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: Record<string, string> }).fields).toHaveProperty(field);
    expect(await bed.snapshot()).toBe(before);
  });

  it('answers 400 for a malformed key id and 404 for an unknown one, and nothing changes', async () => {
    const before = await bed.snapshot();
    expect((await bed.call('POST', '/v1/api-keys/KHONG/revoke', { as: USERS.admin })).status).toBe(400);
    expect((await bed.call('POST', '/v1/api-keys/0123456789abcdef/revoke', { as: USERS.admin })).status).toBe(
      404,
    );
    expect(await bed.snapshot()).toBe(before);
  });
});
