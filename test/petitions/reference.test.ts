import { describe, expect, it } from 'vitest';
import { DEMO_AGENCIES, DEMO_FIELDS, DEMO_UNITS } from '../../infra/local/demo/reference.ts';
import { usePetitionTestApi } from './support.ts';

// GET /v1/reference reads the reference data alone.
const api = usePetitionTestApi({ seed: 'reference' });

interface ReferenceBody {
  fields: { id: string; name: string }[];
  units: { id: string; name: string; type: string; parentId: string | null }[];
  agencies: { id: string; name: string }[];
  councils: { id: string; name: string; unitId: string }[];
}

describe('GET /v1/reference', () => {
  it('gives the fields, the unit tree, agencies and councils by their public names, cacheable', async () => {
    const response = await api.app.request('/v1/reference');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const body = (await response.json()) as ReferenceBody;
    expect(body.fields.map((f) => f.id).sort()).toEqual(DEMO_FIELDS.map((f) => f.id).sort());
    expect(body.units).toHaveLength(DEMO_UNITS.length);
    expect(body.units).toContainEqual({
      id: 'van-nham',
      name: 'Vân Nham',
      type: 'commune',
      parentId: 'huu-lung',
    });
    expect(body.units).toContainEqual({ id: 'lang-son', name: 'Lạng Sơn', type: 'province', parentId: null });
    expect(body.agencies).toHaveLength(DEMO_AGENCIES.length);
    expect(body.councils).toContainEqual(expect.objectContaining({ id: 'huu-lung', unitId: 'huu-lung' }));
  });

  it('keeps agencies’ mailboxes and the competence matrix inside', async () => {
    const text = await (await api.app.request('/v1/reference')).text();
    expect(text).not.toContain('@');
    expect(text).not.toContain('email');
    expect(text).not.toContain('routingRules');
    expect(text).not.toContain('autoRoute');
  });
});
