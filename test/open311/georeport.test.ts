/**
 * Open311 GeoReport v2 at /open311/v2/, through a client of our own reading the spec's
 * documents (XML with a real parser, and JSON), against the demo data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../../functions/lib/open311/api-keys.ts';
import { renderDocument } from '../../functions/public-api/open311/document.ts';
import { DEMO_FIELDS } from '../../infra/local/demo/reference.ts';
import { parseTrackingCode } from '../../shared/tracking-code.ts';
import { usePetitionTestApi } from '../petitions/support.ts';
import { dumpTable } from '../petitions/table-dump.ts';
import { type Doc, errorsOf, GeoReportClient, parseXml } from './georeport-client.ts';

const api = usePetitionTestApi();
let xml: GeoReportClient;
let json: GeoReportClient;
let apiKey: string;

beforeAll(async () => {
  xml = new GeoReportClient(api.app, 'xml');
  json = new GeoReportClient(api.app, 'json');
  ({ key: apiKey } = await issueApiKey(
    api.repos,
    { integrator: 'Ứng dụng Phản ánh', hourlyLimit: 1000 },
    'quan-tri',
    new Date(),
  ));
});

const JURISDICTION = { jurisdiction_id: 'huu-lung' };

/** The spec's example request, in a Vietnamese commune. */
function exampleRequest(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    api_key: apiKey,
    jurisdiction_id: 'huu-lung',
    service_code: 'an-toan-giao-thong',
    lat: '21.6701',
    long: '106.3402',
    address_string: 'Ngã ba thôn Đồng Lạc, xã Vân Nham, huyện Hữu Lũng',
    email: 'nguoi.gui@example.com',
    device_id: 'tt222111',
    account_id: '123456',
    first_name: 'Văn An',
    last_name: 'Nguyễn',
    phone: '0912 000 111',
    description: 'Ổ gà lớn giữa đường ở ngã ba thôn Đồng Lạc, xe máy đi qua rất dễ ngã.\nĐề nghị sớm vá lại.',
    ...overrides,
  };
}

describe('service discovery', () => {
  it('names the GeoReport v2 endpoint and both formats, in XML and in JSON', async () => {
    const answer = await xml.get('discovery');
    expect(answer.contentType).toBe('text/xml; charset=utf-8');
    expect(answer.root).toBe('discovery');
    const doc = answer.doc as Record<string, Doc>;
    expect(Object.keys(doc)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
    const [endpoint] = doc.endpoints as Record<string, Doc>[];
    expect(endpoint).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      type: 'production',
      formats: ['text/xml', 'application/json'],
    });
    expect(String(endpoint!.url)).toMatch(/\/open311\/v2$/);
    const mirrored = await json.get('discovery');
    expect(mirrored.contentType).toBe('application/json; charset=utf-8');
    expect(mirrored.doc).toEqual(answer.doc);
  });
});

describe('services', () => {
  it('lists one service per field, service_code = the field id, the same in XML and JSON', async () => {
    const answer = await xml.get('services', JURISDICTION);
    expect(answer.root).toBe('services');
    const services = answer.doc as Record<string, string>[];
    expect(services.map((s) => s.service_code).sort()).toEqual(DEMO_FIELDS.map((f) => f.id).sort());
    const land = services.find((s) => s.service_code === 'dat-dai')!;
    expect(land).toMatchObject({ service_name: 'Đất đai', metadata: 'true', type: 'realtime' });
    // Grouped by the body the council's competence matrix sends the field to.
    expect(land.group).toBe('Phòng Tài nguyên và Môi trường huyện Hữu Lũng');
    expect((await json.get('services', JURISDICTION)).doc).toEqual(answer.doc);
    const english = (await json.get('services', { ...JURISDICTION, lang: 'en' })).doc as Record<
      string,
      string
    >[];
    expect(english.find((s) => s.service_code === 'dat-dai')!.service_name).toBe('Land');
  });

  it('answers 400 without jurisdiction_id and 404 for an unknown one, in the spec’s errors format', async () => {
    const missing = await xml.get('services');
    expect(missing.status).toBe(400);
    expect(errorsOf(missing)[0]!.description).toMatch(/^jurisdiction_id: /);
    const unknown = await json.get('services', { jurisdiction_id: 'khong-co' });
    expect(unknown.status).toBe(404);
    expect(errorsOf(unknown)).toEqual([
      { code: '404', description: expect.stringContaining('jurisdiction_id') },
    ]);
  });

  it('defines the commune, locality and consent attributes with their values from the reference data', async () => {
    const answer = await xml.get('services/dat-dai', JURISDICTION);
    expect(answer.root).toBe('service_definition');
    const definition = answer.doc as { service_code: string; attributes: Record<string, Doc>[] };
    expect(definition.service_code).toBe('dat-dai');
    expect(definition.attributes.map((a) => [a.code, a.datatype, a.order])).toEqual([
      ['commune', 'singlevaluelist', '1'],
      ['locality', 'singlevaluelist', '2'],
      ['consent_to_publish', 'singlevaluelist', '3'],
    ]);
    const communes = definition.attributes[0]!.values as { key: string; name: string }[];
    expect(communes).toContainEqual({ key: 'van-nham', name: 'Vân Nham' });
    // Only the council's own communes: Sơn Động's are another jurisdiction.
    expect(communes.every((c) => c.key !== 'an-lac')).toBe(true);
    expect((await json.get('services/dat-dai', JURISDICTION)).doc).toEqual(answer.doc);
    const unknown = await xml.get('services/khong-co', JURISDICTION);
    expect(unknown.status).toBe(404);
    expect(errorsOf(unknown)[0]!.code).toBe('404');
  });
});

describe('POST requests', () => {
  it('files the spec’s example request as a petition on the open311 channel and answers its tracking code', async () => {
    const answer = await xml.postRequest(exampleRequest());
    expect(answer.status, answer.text).toBe(200);
    expect(answer.root).toBe('service_requests');
    const [request] = answer.doc as Record<string, string>[];
    expect(Object.keys(request!)).toEqual(['service_request_id', 'service_notice', 'account_id']);
    const code = parseTrackingCode(request!.service_request_id!);
    expect(request!.service_notice).toContain(api.config.PUBLIC_SITE_URL);
    const stored = await api.repos.petitions.getWithContact(code);
    expect(stored?.petition).toMatchObject({
      channel: 'open311',
      councilId: 'huu-lung',
      fieldId: 'an-toan-giao-thong',
      communeId: 'van-nham',
      localityId: 'van-nham',
      consentToPublish: false,
      title: 'Ổ gà lớn giữa đường ở ngã ba thôn Đồng Lạc, xe máy đi qua rất dễ ngã.',
    });
    expect(stored?.contact).toMatchObject({
      name: 'Nguyễn Văn An',
      phone: '0912000111',
      email: 'nguoi.gui@example.com',
    });
  });

  it('finds the commune in an address typed without diacritics, and takes attribute[commune] over it', async () => {
    const plain = await json.postRequest(
      exampleRequest({ address_string: 'thon dong lac, xa van nham', lat: '', long: '' }),
    );
    expect(plain.status, plain.text).toBe(200);
    const code = parseTrackingCode((plain.doc as Record<string, string>[])[0]!.service_request_id!);
    expect((await api.repos.petitions.get(code))?.communeId).toBe('van-nham');
    const chosen = await json.postRequest(
      exampleRequest({ 'attribute[commune]': 'minh-tien', 'attribute[consent_to_publish]': 'true' }),
    );
    const chosenCode = parseTrackingCode((chosen.doc as Record<string, string>[])[0]!.service_request_id!);
    expect(await api.repos.petitions.get(chosenCode)).toMatchObject({
      communeId: 'minh-tien',
      consentToPublish: true,
    });
  });

  it('gives the first answer again for a retry with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'open311-retry-0001' };
    const first = await json.postRequest(exampleRequest(), headers);
    const again = await json.postRequest(exampleRequest(), headers);
    expect(again.doc).toEqual(first.doc);
  });

  it('answers 403 in the errors format for a missing, wrong or revoked api_key, and stores nothing', async () => {
    const before = await dumpTable(api.database);
    const missing = await xml.postRequest(exampleRequest({ api_key: '' }));
    expect(missing.status).toBe(403);
    expect(errorsOf(missing)).toEqual([{ code: '403', description: expect.stringContaining('api_key') }]);
    const wrong = await json.postRequest(exampleRequest({ api_key: `${apiKey}x` }));
    expect(wrong.status).toBe(403);
    expect(errorsOf(wrong)[0]!.code).toBe('403');

    const issued = await issueApiKey(
      api.repos,
      { integrator: 'Ứng dụng thử', hourlyLimit: 10 },
      'quan-tri',
      new Date(),
    );
    const used = await xml.postRequest(exampleRequest({ api_key: issued.key }));
    expect(used.status, used.text).toBe(200);
    await api.repos.apiKeys.revoke(issued.apiKey.id, 'quan-tri', new Date());
    const afterRevoke = await dumpTable(api.database);
    const revoked = await xml.postRequest(exampleRequest({ api_key: issued.key }));
    expect(revoked.status).toBe(403);
    expect(errorsOf(revoked)[0]!.code).toBe('403');
    expect(await dumpTable(api.database)).toBe(afterRevoke);
    expect(afterRevoke).not.toBe(before);
  });

  it.each([
    ['no description', { description: '' }, 'description'],
    ['a media_url', { media_url: 'https://example.com/anh.jpg' }, 'media_url'],
    ['an unknown service_code', { service_code: 'khong-co' }, undefined],
    [
      'no place that names a commune',
      { address_string: 'Ngã ba đường tỉnh', lat: '', long: '' },
      'address_string',
    ],
    ['coordinates only', { address_string: '' }, 'lat'],
    ['a commune of another council', { 'attribute[commune]': 'an-lac' }, 'attribute[commune]'],
    ['no name', { first_name: '', last_name: '' }, 'first_name'],
    ['neither email nor phone', { email: '', phone: '' }, 'email'],
    ['a bad phone number', { phone: '123' }, 'phone'],
    ['no jurisdiction_id', { jurisdiction_id: '' }, 'jurisdiction_id'],
  ])(
    'refuses a request with %s in the errors format, naming the field, and stores nothing',
    async (_, change, field) => {
      const before = await dumpTable(api.database);
      for (const client of [xml, json]) {
        const answer = await client.postRequest(exampleRequest(change));
        const errors = errorsOf(answer);
        if (field) {
          expect(answer.status, answer.text).toBe(400);
          expect(errors.map((e) => e.description.split(':')[0])).toContain(field);
        } else expect(answer.status).toBe(404);
        expect(errors.every((e) => /^\d{3}$/.test(e.code) && e.description.length > 0)).toBe(true);
      }
      expect(await dumpTable(api.database)).toBe(before);
    },
  );

  it('answers in English on request', async () => {
    const answer = await json.postRequest(exampleRequest({ media_url: 'https://example.com/a.jpg' }), {
      'accept-language': 'en',
    });
    expect(errorsOf(answer)[0]!.description).toMatch(/^media_url: Attachments/);
  });

  it('counts requests per key against the key’s own hourly limit, answering 429 in the errors format', async () => {
    const limited = await issueApiKey(
      api.repos,
      { integrator: 'Ứng dụng giới hạn', hourlyLimit: 1 },
      'quan-tri',
      new Date(),
    );
    expect((await xml.postRequest(exampleRequest({ api_key: limited.key }))).status).toBe(200);
    const refused = await xml.postRequest(exampleRequest({ api_key: limited.key }));
    expect(refused.status).toBe(429);
    expect(errorsOf(refused)[0]!.code).toBe('429');
    // Another key is counted on its own.
    expect((await xml.postRequest(exampleRequest())).status).toBe(200);
  });
});

describe('GET requests', () => {
  const published = async () => (await api.repos.petitions.listPublished('huu-lung')).items;

  it('lists the council’s published petitions, anonymised, with the spec’s fields, the same in XML and JSON', async () => {
    const answer = await xml.get('requests', JURISDICTION);
    expect(answer.root).toBe('service_requests');
    const requests = answer.doc as Record<string, string>[];
    const codes = (await published()).map((p) => parseTrackingCode(p.code));
    expect(requests.map((r) => parseTrackingCode(r.service_request_id!)).sort()).toEqual(codes.sort());
    const [first] = requests;
    expect(Object.keys(first!)).toEqual([
      'service_request_id',
      'status',
      'status_notes',
      'service_name',
      'service_code',
      'description',
      'agency_responsible',
      'requested_datetime',
      'updated_datetime',
      'expected_datetime',
      'address',
    ]);
    expect(first).toMatchObject({ status: 'closed', agency_responsible: 'UBND huyện Hữu Lũng' });
    expect(first!.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(first!.address).toMatch(/Hữu Lũng, Lạng Sơn$/);
    expect((await json.get('requests', JURISDICTION)).doc).toEqual(answer.doc);
  });

  it('reads one published request by its id, and answers 404 for an unpublished one', async () => {
    const [petition] = await published();
    const one = await xml.get(`requests/${petition!.code}`, JURISDICTION);
    expect(one.status).toBe(200);
    expect(
      (one.doc as Record<string, string>[]).map((r) => parseTrackingCode(r.service_request_id!)),
    ).toEqual([petition!.code]);
    const fresh = await json.postRequest(exampleRequest());
    const id = (fresh.doc as Record<string, string>[])[0]!.service_request_id!;
    const unpublished = await xml.get(`requests/${id}`, JURISDICTION);
    expect(unpublished.status).toBe(404);
    expect(errorsOf(unpublished)[0]!.code).toBe('404');
    expect((await xml.get(`requests/${petition!.code}`, { jurisdiction_id: 'son-dong' })).status).toBe(404);
  });

  it('filters by service_request_id, service_code, status and dates, and pages with page/page_size', async () => {
    const [petition] = await published();
    const byId = await json.get('requests', {
      ...JURISDICTION,
      service_request_id: `${petition!.code},KHONG-CO`,
    });
    expect((byId.doc as unknown[]).length).toBe(1);
    const otherField = await json.get('requests', { ...JURISDICTION, service_code: 'y-te' });
    expect(otherField.doc).toEqual([]);
    expect((await json.get('requests', { ...JURISDICTION, status: 'open' })).doc).toEqual([]);
    expect((await json.get('requests', { ...JURISDICTION, status: 'open,closed' })).doc).toHaveLength(1);
    const old = await json.get('requests', {
      ...JURISDICTION,
      end_date: new Date(Date.now() - 60 * 86_400_000).toISOString(),
    });
    expect(old.doc).toEqual([]);
    expect((await json.get('requests', { ...JURISDICTION, page: '1', page_size: '1' })).doc).toHaveLength(1);
    expect((await json.get('requests', { ...JURISDICTION, page: '2', page_size: '1' })).doc).toEqual([]);
  });

  it('refuses a window longer than 90 days with 400 naming end_date', async () => {
    const answer = await xml.get('requests', {
      ...JURISDICTION,
      start_date: '2026-01-01T00:00:00+07:00',
      end_date: '2026-06-01T00:00:00+07:00',
    });
    expect(answer.status).toBe(400);
    expect(errorsOf(answer)[0]!.description).toMatch(/^end_date: /);
  });
});

describe('the XML writer', () => {
  it('escapes markup and drops characters XML cannot carry, so a real parser reads the text back', () => {
    const text = 'Tom & Jerry <b>"đường"</b> \'x\' \u0001 ]]> 😀';
    const { body } = renderDocument('xml', 'errors', {
      items: [{ code: '400', description: text }],
      item: 'error',
    });
    const { doc } = parseXml(body);
    expect(doc).toEqual([{ code: '400', description: 'Tom & Jerry <b>"đường"</b> \'x\'  ]]> 😀' }]);
  });
});
