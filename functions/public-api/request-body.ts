/**
 * Reading a public request body defensively: JSON or a urlencoded form only, at most
 * 64 KB (through the one body reader, lib/http/request-body.ts), never an empty body.
 * Each refusal is a domain error with its 4xx, so the one error handler answers it.
 */
import type { Context } from 'hono';
import { BadRequestError, UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { readBodyText } from '../lib/http/request-body.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export type BodyKind = 'json' | 'form';

export interface RequestBody {
  kind: BodyKind;
  value: unknown;
}

/** The body's kind from its Content-Type, or undefined for any other type. */
export function bodyKindOf(c: Context): BodyKind | undefined {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return undefined;
}

// Form keys become nested objects ("submitter.name"); these names would reach prototypes.
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** "submitter.name=An&title=…" → { submitter: { name: "An" }, title: "…" }; the first value of a key wins. */
export function formToObject(params: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of params) {
    const path = key.split('.');
    if (path.length > 3 || path.some((p) => p === '' || FORBIDDEN_KEYS.has(p))) continue;
    const parent = objectAt(root, path.slice(0, -1));
    const last = path.at(-1)!;
    if (parent && !Object.hasOwn(parent, last)) parent[last] = value;
  }
  return root;
}

/** The object at `path`, made as needed; undefined when a plain value already sits on the way. */
function objectAt(root: Record<string, unknown>, path: string[]): Record<string, unknown> | undefined {
  let node = root;
  for (const segment of path) {
    if (!Object.hasOwn(node, segment)) node[segment] = {};
    const next = node[segment];
    if (typeof next !== 'object' || next === null) return undefined;
    node = next as Record<string, unknown>;
  }
  return node;
}

export async function readBody(c: Context, maxBytes = MAX_BODY_BYTES): Promise<RequestBody> {
  const kind = bodyKindOf(c);
  if (!kind) throw new UnsupportedMediaTypeError('request.unsupportedMediaType');
  const text = await readBodyText(c, maxBytes, kind === 'json' ? 'request.notJson' : 'request.invalid');
  if (text.trim() === '') throw new BadRequestError('request.emptyBody');
  if (kind === 'form') return { kind, value: formToObject(new URLSearchParams(text)) };
  try {
    return { kind, value: JSON.parse(text) };
  } catch (error) {
    throw new BadRequestError('request.notJson', {}, { cause: error });
  }
}

/** The honeypot: a field people never see, so only a robot fills it in. */
export function honeypotFilled(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const website = (value as Record<string, unknown>).website;
  if (typeof website === 'string') return website.trim() !== '';
  return website !== undefined && website !== null && website !== false;
}
