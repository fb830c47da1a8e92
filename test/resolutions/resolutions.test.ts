/**
 * Resolutions through the staff and public apps on DynamoDB Local: numbers unique per
 * council in the same transaction, edits conditional on the version, links that rewrite the
 * other resolution's status, and every public filter one Query on gsi8.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../shared/schemas/index.ts';
import { USERS } from '../staff/matrix.ts';
import { useStaffTestbed } from '../staff/support.ts';
import { freshNumber, publicAppOver, resolutionBody, seedAgenda } from './support.ts';

const bed = useStaffTestbed({ meetings: false });
let pub: ReturnType<typeof publicAppOver>;
beforeAll(async () => {
  pub = publicAppOver(bed);
  await seedAgenda(bed);
});

const asSecretariat = { as: USERS.secretariatOwn };

async function record(overrides: Record<string, unknown> = {}): Promise<Resolution> {
  const res = await bed.call('POST', '/v1/resolutions', {
    ...asSecretariat,
    body: resolutionBody(overrides),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { resolution: Resolution }).resolution;
}

describe('recording a resolution', () => {
  it('stores it with a slug, in force, version 1, and reads it back in public', async () => {
    const r = await record({ number: '7 / 2026 / nq-hdnd' });
    expect(r).toMatchObject({
      id: 'huu-lung-nq-7-2026',
      number: '7/2026/NQ-HĐND',
      slug: 'huu-lung-7-2026-nq-hdnd',
      status: 'in_force',
      version: 1,
    });
    const res = await pub.request(`/v1/resolutions/${r.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ number: '7/2026/NQ-HĐND', vote: { for: 30, inOffice: 35 } });
  });

  it("names the agenda item it came from, which must be on its session's agenda", async () => {
    const r = await record({ agendaItemId: 'huu-lung-kh12-nd-2' });
    expect(r.agendaItemId).toBe('huu-lung-kh12-nd-2');
  });

  it('refuses a second resolution with the same number in the council (409), storing nothing', async () => {
    const number = freshNumber();
    await record({ number });
    const before = await bed.snapshot();
    const res = await bed.call('POST', '/v1/resolutions', {
      ...asSecretariat,
      body: resolutionBody({ number, id: 'another-id' }),
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({
      error: 'duplicate',
      message: 'Hội đồng nhân dân đã có nghị quyết mang số này.',
    });
    expect(await bed.snapshot()).toBe(before);
  });

  it('lets another council use the same number', async () => {
    const number = freshNumber();
    await record({ number });
    const res = await bed.call('POST', '/v1/resolutions', {
      as: USERS.admin,
      body: resolutionBody({
        number,
        councilId: 'son-dong',
        sessionId: 'son-dong-kh9',
        agencyId: 'ubnd-son-dong',
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  });

  it.each([
    ['number', { number: '15/2026/QĐ-UBND' }, 'resolution.numberFormat'],
    ['number', { number: '15/2025/NQ-HĐND' }, 'resolution.numberYear'],
    [
      'vote.inOffice',
      { vote: { for: 30, against: 4, abstaining: 2, inOffice: 35 } },
      'resolution.voteExceedsInOffice',
    ],
    ['vote.for', { vote: { for: -1, against: 0, abstaining: 0, inOffice: 35 } }, undefined],
    ['effectiveOn', { effectiveOn: '2026-12-01' }, 'resolution.effectiveBeforeAdopted'],
    ['fieldIds', { fieldIds: [] }, 'field.tooFew'],
    ['fieldIds.0', { fieldIds: ['khong-co'] }, 'field.unknownField'],
    ['sessionId', { sessionId: 'son-dong-kh9' }, 'field.otherCouncil'],
    ['agencyId', { agencyId: 'khong-co' }, 'field.unknownAgency'],
    ['signedTextUrl', { signedTextUrl: 'javascript:alert(1)' }, 'field.invalidUrl'],
    ['amends.0', { amends: ['khong-co'] }, 'field.unknownResolution'],
    ['repeals', { amends: ['a-b'], repeals: ['a-b'] }, 'resolution.amendsAndRepeals'],
    ['summary', { summary: '' }, 'field.required'],
    ['agendaItemId', { agendaItemId: 'huu-lung-kh12-nd-9' }, 'field.unknownAgendaItem'],
    ['agendaItemId', { sessionId: undefined, agendaItemId: 'huu-lung-kh12-nd-2' }, 'field.unknownAgendaItem'],
  ])('400 naming %s for bad input, nothing stored', async (field, overrides, key) => {
    const before = await bed.snapshot();
    const res = await bed.call('POST', '/v1/resolutions', {
      ...asSecretariat,
      body: resolutionBody(overrides),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields)).toContain(field);
    if (key) expect(JSON.stringify(body)).not.toContain(key); // the message is translated…
    expect(body.fields[field]).toMatch(/\p{L}/u); // …into words, Vietnamese by default
    expect(await bed.snapshot()).toBe(before);
  });

  it('answers a bad input in English on request', async () => {
    const res = await bed.app.request('/v1/resolutions', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await bed.issuer.tokenFor(USERS.secretariatOwn)}`,
        'content-type': 'application/json',
        'accept-language': 'en',
      },
      body: JSON.stringify(resolutionBody({ number: 'NQ 15' })),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { fields: Record<string, string> }).fields.number).toBe(
      'A resolution number looks like 15/2026/NQ-HĐND.',
    );
  });
});

describe('editing a resolution', () => {
  it('saves with the version read and refuses a stale one (409), changing nothing', async () => {
    const r = await record();
    const ok = await bed.call('PUT', `/v1/resolutions/${r.id}`, {
      ...asSecretariat,
      body: { title: 'Nghị quyết về dự toán ngân sách năm 2027 (đã sửa)', version: 1 },
    });
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect(((await ok.json()) as { resolution: Resolution }).resolution.version).toBe(2);
    const before = await bed.snapshot();
    const stale = await bed.call('PUT', `/v1/resolutions/${r.id}`, {
      ...asSecretariat,
      body: { title: 'Một bản sửa khác', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(await bed.snapshot()).toBe(before);
  });

  it('moves the number: the old one is free again, a taken one is 409', async () => {
    const a = await record();
    const b = await record();
    const taken = await bed.call('PUT', `/v1/resolutions/${b.id}`, {
      ...asSecretariat,
      body: { number: a.number, version: 1 },
    });
    expect(taken.status).toBe(409);
    const renumbered = freshNumber();
    const moved = await bed.call('PUT', `/v1/resolutions/${a.id}`, {
      ...asSecretariat,
      body: { number: renumbered, version: 1 },
    });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { resolution: Resolution }).resolution.slug).toBe(
      `huu-lung-${renumbered.split('/')[0]}-2026-nq-hdnd`,
    );
    const reuse = await bed.call('PUT', `/v1/resolutions/${b.id}`, {
      ...asSecretariat,
      body: { number: a.number, version: 1 },
    });
    expect(reuse.status, await reuse.clone().text()).toBe(200);
  });

  it('refuses an edit without the version (400 on version)', async () => {
    const r = await record();
    const res = await bed.call('PUT', `/v1/resolutions/${r.id}`, {
      ...asSecretariat,
      body: { title: 'X y z' },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as { fields: object }).fields)).toEqual(['version']);
  });
});

describe('amending and repealing', () => {
  it('marks the older resolution amended, then repealed, with links both ways; unlinking restores it', async () => {
    const old = await record({ adoptedOn: '2026-07-01', effectiveOn: '2026-07-15', fieldIds: ['dat-dai'] });
    const amending = await record({ amends: [old.id], fieldIds: ['dat-dai'] });
    expect(amending.amends).toEqual([old.id]);
    let read = (await (await pub.request(`/v1/resolutions/${old.id}`)).json()) as Resolution;
    expect(read).toMatchObject({ status: 'amended', amendedBy: [amending.id] });

    const repealing = await record({ repeals: [old.id], fieldIds: ['dat-dai'] });
    read = (await (await pub.request(`/v1/resolutions/${old.id}`)).json()) as Resolution;
    expect(read).toMatchObject({ status: 'repealed', amendedBy: [amending.id], repealedBy: [repealing.id] });

    const listed = async (status: string) =>
      (
        (await (
          await pub.request(`/v1/resolutions?council=huu-lung&status=${status}&field=dat-dai`)
        ).json()) as {
          items: Resolution[];
        }
      ).items.map((r) => r.id);
    expect(await listed('repealed')).toContain(old.id);
    expect(await listed('in_force')).not.toContain(old.id);

    const unlinked = await bed.call('PUT', `/v1/resolutions/${repealing.id}`, {
      ...asSecretariat,
      body: { repeals: [], version: repealing.version },
    });
    expect(unlinked.status, await unlinked.clone().text()).toBe(200);
    read = (await (await pub.request(`/v1/resolutions/${old.id}`)).json()) as Resolution;
    expect(read).toMatchObject({ status: 'amended', repealedBy: [] });
    expect(await listed('amended')).toContain(old.id);
    expect(await listed('repealed')).not.toContain(old.id);
  });

  it('refuses to amend a later resolution or itself (400), storing nothing', async () => {
    const later = await record({ adoptedOn: '2026-12-20' });
    const before = await bed.snapshot();
    const res = await bed.call('POST', '/v1/resolutions', {
      ...asSecretariat,
      body: resolutionBody({ amends: [later.id] }),
    });
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as { fields: object }).fields)).toEqual(['amends.0']);
    const self = await bed.call('PUT', `/v1/resolutions/${later.id}`, {
      ...asSecretariat,
      body: { amends: [later.id], version: 1 },
    });
    expect(self.status).toBe(400);
    expect(await bed.snapshot()).toBe(before);
  });
});

describe('GET /v1/resolutions', () => {
  it('serves every filter with one Query on gsi8, newest first, never a Scan', async () => {
    await record({
      adoptedOn: '2025-12-10',
      number: freshNumber(2025),
      effectiveOn: '2026-01-01',
      fieldIds: ['y-te'],
    });
    await record({ adoptedOn: '2026-12-11', fieldIds: ['y-te', 'giao-duc'] });
    for (const [query, partition] of [
      ['', 'COUNCIL#huu-lung#RESOLUTIONS'],
      ['&field=y-te', 'COUNCIL#huu-lung#RESOLUTIONS#FIELD#y-te'],
      ['&status=in_force', 'COUNCIL#huu-lung#RESOLUTIONS#STATUS#in_force'],
      ['&field=y-te&status=in_force&year=2025', 'COUNCIL#huu-lung#RESOLUTIONS#FIELD#y-te#STATUS#in_force'],
    ] as const) {
      bed.database.resetSent();
      const res = await pub.request(`/v1/resolutions?council=huu-lung${query}`);
      expect(res.status).toBe(200);
      const { items } = (await res.json()) as { items: Resolution[] };
      expect(items.length).toBeGreaterThan(0);
      const dates = items.map((r) => r.adoptedOn);
      expect(dates).toEqual([...dates].sort().reverse());
      const sent = bed.database.sent.map((s) => s.name);
      expect(sent).not.toContain('ScanCommand');
      const queries = bed.database.sent.filter((s) => s.input.IndexName === 'gsi8');
      expect(queries).toHaveLength(1);
      expect(queries[0]!.input.ExpressionAttributeValues).toMatchObject({ ':pk': partition });
      if (query.includes('year=2025')) expect(items.every((r) => r.adoptedOn.startsWith('2025'))).toBe(true);
      if (query.includes('field')) expect(items.every((r) => r.fieldIds.includes('y-te'))).toBe(true);
    }
  });

  it('pages with a cursor that only continues its own query', async () => {
    const first = (await (await pub.request('/v1/resolutions?council=huu-lung&limit=2')).json()) as {
      items: Resolution[];
      nextCursor: string;
    };
    expect(first.items).toHaveLength(2);
    const second = (await (
      await pub.request(`/v1/resolutions?council=huu-lung&limit=2&cursor=${first.nextCursor}`)
    ).json()) as { items: Resolution[] };
    expect(second.items.map((r) => r.id)).not.toContain(first.items[0]!.id);
    const elsewhere = await pub.request(
      `/v1/resolutions?council=huu-lung&field=y-te&cursor=${first.nextCursor}`,
    );
    expect(elsewhere.status).toBe(400);
    expect(Object.keys(((await elsewhere.json()) as { fields: object }).fields)).toEqual(['cursor']);
  });

  it.each([
    ['council', ''],
    ['council', 'council=khong-co'],
    ['field', 'council=huu-lung&field=khong-co'],
    ['year', 'council=huu-lung&year=20x6'],
    ['status', 'council=huu-lung&status=draft'],
  ])('400 naming %s for ?%s', async (field, query) => {
    const res = await pub.request(`/v1/resolutions?${query}`);
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as { fields: object }).fields)).toEqual([field]);
  });

  it('404 for an unknown resolution', async () => {
    expect((await pub.request('/v1/resolutions/khong-co')).status).toBe(404);
  });
});
