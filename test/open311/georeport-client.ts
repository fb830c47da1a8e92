/**
 * A GeoReport v2 client, written from the spec for the tests: it calls the endpoint in XML
 * (parsed with a real XML parser, @xmldom/xmldom, that refuses a malformed document) or
 * JSON, and reads each document by the spec's element names into plain values, so the two
 * formats can be compared field by field.
 */
import { DOMParser } from '@xmldom/xmldom';
import { expect } from 'vitest';

export type Format = 'xml' | 'json';
export type Doc = string | Doc[] | { [name: string]: Doc };

/** Elements whose children are a list, by the spec's documents (the Spark convention's arrays). */
const LISTS = new Set([
  'services',
  'service_requests',
  'errors',
  'attributes',
  'values',
  'endpoints',
  'formats',
]);

interface App {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function fromXml(el: Element): Doc {
  const children = elementChildren(el);
  if (LISTS.has(el.tagName)) return children.map(fromXml);
  if (children.length === 0) return el.textContent ?? '';
  return Object.fromEntries(children.map((c) => [c.tagName, fromXml(c)]));
}

/** JSON leaves as the text XML would carry (null as an empty element, booleans as words). */
function fromJson(value: unknown): Doc {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromJson(v)]));
  return value === null ? '' : String(value);
}

export function parseXml(text: string): { root: string; doc: Doc } {
  const fail = (message: string) => {
    throw new Error(`malformed XML: ${message}`);
  };
  const parsed = new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } });
  const document = parsed.parseFromString(text, 'text/xml');
  const root = document.documentElement;
  if (!root) throw new Error('no root element');
  return { root: root.tagName, doc: fromXml(root) };
}

export interface Answer {
  status: number;
  contentType: string | null;
  /** The root element's name (XML), or undefined (JSON). */
  root?: string;
  doc: Doc;
  text: string;
}

export class GeoReportClient {
  private readonly app: App;
  private readonly format: Format;
  private readonly base: string;
  constructor(app: App, format: Format, base = '/open311/v2') {
    this.app = app;
    this.format = format;
    this.base = base;
  }

  private async read(response: Response): Promise<Answer> {
    const text = await response.text();
    const contentType = response.headers.get('content-type');
    if (this.format === 'xml') {
      expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
      const { root, doc } = parseXml(text);
      return { status: response.status, contentType, root, doc, text };
    }
    return { status: response.status, contentType, doc: fromJson(JSON.parse(text)), text };
  }

  async get(resource: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
    const query = new URLSearchParams(params).toString();
    const path = `${this.base}/${resource}.${this.format}${query ? `?${query}` : ''}`;
    return this.read(await this.app.request(path, { headers }));
  }

  /** POST requests.{format}, form-urlencoded as the spec says. */
  async postRequest(fields: Record<string, string>, headers: Record<string, string> = {}) {
    return this.read(
      await this.app.request(`${this.base}/requests.${this.format}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers },
        body: new URLSearchParams(fields).toString(),
      }),
    );
  }
}

/** The spec's `errors` list, as { code, description } records. */
export function errorsOf(answer: Answer): { code: string; description: string }[] {
  if (answer.root !== undefined) expect(answer.root).toBe('errors');
  return answer.doc as { code: string; description: string }[];
}
