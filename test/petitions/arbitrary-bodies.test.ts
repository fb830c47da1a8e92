import fc from 'fast-check';
import { expect, it } from 'vitest';
import { usePetitionTestApi, validSubmission, writesIn } from './support.ts';
import { dumpTable } from './table-dump.ts';

const api = usePetitionTestApi();

const valid = validSubmission();

/** Bodies shaped like a submission, with any value in any place (and no known ids). */
const almostSubmission = fc.record(
  {
    submitter: fc.oneof(
      fc.anything(),
      fc.record(
        {
          name: fc.oneof(fc.string(), fc.anything()),
          email: fc.oneof(fc.emailAddress(), fc.string(), fc.anything()),
          phone: fc.oneof(fc.stringMatching(/^\+?[0-9 .]{0,16}$/), fc.anything()),
          address: fc.oneof(fc.string({ unit: 'grapheme' }), fc.anything()),
          communeId: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    ),
    // Random slugs: never one of the demo's ids, so no arbitrary body is a valid submission.
    fieldId: fc.oneof(fc.stringMatching(/^x[a-z0-9-]{0,20}$/), fc.anything()),
    localityId: fc.oneof(fc.stringMatching(/^x[a-z0-9-]{0,20}$/), fc.anything()),
    title: fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.anything()),
    content: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.anything()),
    consentToPublish: fc.oneof(fc.boolean(), fc.constantFrom('on', 'true', 'maybe', ''), fc.anything()),
    meetingId: fc.oneof(fc.constant(undefined), fc.stringMatching(/^x[a-z0-9-]{0,20}$/), fc.anything()),
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  {
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 500 })
      .map((s) => ({ type: 'application/json', text: s })),
    weight: 2,
  },
  {
    arbitrary: fc.jsonValue().map((v) => ({ type: 'application/json', text: JSON.stringify(v) ?? '' })),
    weight: 2,
  },
  {
    arbitrary: almostSubmission.map((v) => ({ type: 'application/json', text: JSON.stringify(v) ?? '' })),
    weight: 4,
  },
  {
    // Valid except for one field replaced by a value of another type.
    arbitrary: fc
      .tuple(fc.constantFrom('fieldId', 'localityId', 'title', 'content', 'submitter'), fc.anything())
      .filter(([, v]) => v !== undefined && typeof v !== 'string')
      .map(([key, v]) => ({ type: 'application/json', text: JSON.stringify({ ...valid, [key]: v }) ?? '' })),
    weight: 2,
  },
  {
    arbitrary: fc
      .array(fc.tuple(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 60 })), {
        maxLength: 12,
      })
      .map((pairs) => ({
        type: 'application/x-www-form-urlencoded',
        text: new URLSearchParams(pairs).toString(),
      })),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'text/plain',
          'application/xml',
          '',
          'application/json; charset=utf-16',
          'multipart/form-data',
        ),
        fc.string(),
      )
      .map(([type, text]) => ({ type, text })),
    weight: 1,
  },
);

it('thousands of arbitrary bodies: never a 5xx, never a write, the table unchanged', async () => {
  const before = await dumpTable(api.database);
  api.database.resetSent();
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(body, async ({ type, text }) => {
      const response = await api.app.request('/v1/petitions', {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: text,
      });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      await response.arrayBuffer();
    }),
    { numRuns: 3000 },
  );
  expect(writesIn(api.database.sent)).toEqual([]);
  expect(await dumpTable(api.database)).toBe(before);
  // The generators reach the different refusals, not only one of them.
  expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([400, 415]));
}, 120_000);
