/**
 * Open311 documents, written once and rendered as XML (the spec's mandatory format) or as
 * its JSON mirror (the Spark convention: a list element becomes an array, an element with
 * children an object, a leaf a string). The one place where XML is written and escaped.
 */
import { escapeXml } from '../../../shared/xml.ts';

export type Format = 'xml' | 'json';

/** A list: `<services><service>…</service>…</services>` in XML, an array in JSON. */
export interface List {
  readonly item: string;
  readonly items: readonly Value[];
}
export type Leaf = string | number | boolean | null;
/** Fields in the order the spec lists them; undefined fields are left out in both formats. */
export type Fields = { readonly [name: string]: Value | undefined };
export type Value = Leaf | List | Fields;

export const list = (item: string, items: readonly Value[]): List => ({ item, items });

const isList = (v: Value): v is List => typeof v === 'object' && v !== null && 'items' in v && 'item' in v;

// Characters XML 1.0 cannot carry at all (C0 controls other than tab and line breaks,
// lone surrogates, U+FFFE/U+FFFF): dropped rather than written as a broken document.
function xmlElement(name: string, value: Value, indent: string): string {
  if (value === null || value === '') return `${indent}<${name}/>`;
  if (typeof value !== 'object') return `${indent}<${name}>${escapeXml(String(value))}</${name}>`;
  const inner = `${indent}  `;
  const children = isList(value)
    ? value.items.map((item) => xmlElement(value.item, item, inner))
    : Object.entries(value).flatMap(([child, v]) => (v === undefined ? [] : [xmlElement(child, v, inner)]));
  if (children.length === 0) return `${indent}<${name}/>`;
  return `${indent}<${name}>\n${children.join('\n')}\n${indent}</${name}>`;
}

function jsonValue(value: Value): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isList(value)) return value.items.map(jsonValue);
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : [[k, jsonValue(v)]])),
  );
}

/** The document `<root>` holding `value`, in `format`: body and Content-Type. */
export function renderDocument(format: Format, root: string, value: Value): { body: string; type: string } {
  if (format === 'json')
    return { body: JSON.stringify(jsonValue(value)), type: 'application/json; charset=utf-8' };
  return {
    body: `<?xml version="1.0" encoding="utf-8"?>\n${xmlElement(root, value, '')}\n`,
    type: 'text/xml; charset=utf-8',
  };
}
