/** The demo seed's resolutions and interpellation for Lục Ngạn's closed 9th session, read back in public. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Interpellation, Resolution } from '../../shared/schemas/index.ts';
import { publicApp, useSeededDatabase } from '../meetings/support.ts';

const t = useSeededDatabase('demo-resolutions');
let app: ReturnType<typeof publicApp>;
beforeAll(async () => {
  app = publicApp(t);
});

describe('demo resolutions', () => {
  it('gives luc-ngan-kh9 five resolutions on its agenda items and the interpellation cv-1 with c1–c3', async () => {
    const res = await app.request('/v1/sessions/luc-ngan-kh9/results');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { resolutions: Resolution[]; interpellations: Interpellation[] };
    expect(body.resolutions.map((r) => r.id)).toEqual([1, 2, 3, 4, 5].map((n) => `luc-ngan-kh9-nq-${n}`));
    expect(body.resolutions.map((r) => r.agendaItemId)).toEqual(
      [1, 2, 3, 4, 6].map((n) => `luc-ngan-kh9-nd-${n}`),
    );
    expect(body.resolutions[1]!.title).toMatch(/dự toán/);
    const [cv] = body.interpellations;
    expect(cv).toMatchObject({ id: 'luc-ngan-kh9-cv-1', agendaItemId: 'luc-ngan-kh9-nd-5' });
    expect(cv!.commitments.map((c) => c.id)).toEqual(['c1', 'c2', 'c3'].map((c) => `luc-ngan-kh9-cv-1-${c}`));
  });

  it('links the land-price resolution to the older one it amends, both ways', async () => {
    const amending = (await (await app.request('/v1/resolutions/luc-ngan-kh9-nq-4')).json()) as Resolution;
    expect(amending.amends).toHaveLength(1);
    const older = (await (await app.request(`/v1/resolutions/${amending.amends[0]}`)).json()) as Resolution;
    expect(older).toMatchObject({ status: 'amended', amendedBy: ['luc-ngan-kh9-nq-4'] });
    const amended = (await (await app.request('/v1/resolutions?council=luc-ngan&status=amended')).json()) as {
      items: Resolution[];
    };
    expect(amended.items.map((r) => r.id)).toEqual([older.id]);
  });
});
