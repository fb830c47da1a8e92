/**
 * The inputs of the Open311 GeoReport v2 endpoint, with the spec's parameter names, so
 * that a refusal names the parameter the integrator sent (DESIGN §11).
 */
import * as z from 'zod/mini';
import { email, emptyAsUndefined, id, instant, optional, phone, text } from './common.ts';

const coordinate = (limit: number) =>
  optional(
    z.coerce
      .number({ error: 'field.invalid' })
      .check(z.gte(-limit, { error: 'field.invalid' }), z.lte(limit, { error: 'field.invalid' })),
  );

/** POST requests.{format}: the form fields we read (api_key and jurisdiction_id are checked first). */
export const Open311RequestInput = z.object({
  service_code: id,
  lat: coordinate(90),
  long: coordinate(180),
  address_string: optional(text(1, 300)),
  address_id: optional(z.string().check(z.maxLength(200, { error: 'field.tooLong' }))),
  email: optional(email),
  phone: optional(phone),
  first_name: optional(text(1, 80)),
  last_name: optional(text(1, 80)),
  // The spec's limit: free text of at most 4,000 characters, line breaks allowed.
  description: text(20, 4000, { multiline: true }),
  media_url: optional(z.string()),
  'attribute[commune]': optional(id),
  'attribute[locality]': optional(id),
  'attribute[consent_to_publish]': optional(z.enum(['true', 'false'], { error: 'field.invalidChoice' })),
});
export type Open311RequestInput = z.infer<typeof Open311RequestInput>;

/** A comma-separated list of at most `max` values, each checked by `item`. */
const commaList = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.pipe(
    z.transform((v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : emptyAsUndefined(v),
    ),
    z.optional(z.array(item).check(z.maxLength(max, { error: 'field.tooMany' }))),
  );

/** GET requests.{format}: the spec's filters and the Extensions page's pagination. */
export const Open311RequestsQuery = z.object({
  service_request_id: commaList(z.string().check(z.maxLength(20, { error: 'field.invalid' })), 100),
  service_code: commaList(id, 50),
  start_date: optional(instant),
  end_date: optional(instant),
  status: commaList(z.enum(['open', 'closed'], { error: 'field.invalidChoice' }), 2),
  page: optional(
    z.coerce
      .number({ error: 'field.invalid' })
      .check(z.int({ error: 'field.invalid' }), z.gte(1), z.lte(1000)),
  ),
  page_size: optional(
    z.coerce
      .number({ error: 'field.invalid' })
      .check(z.int({ error: 'field.invalid' }), z.gte(1), z.lte(1000)),
  ),
});
export type Open311RequestsQuery = z.infer<typeof Open311RequestsQuery>;
