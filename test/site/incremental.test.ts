/** The pure part of incremental publication: what a page shows, digested, and which entries to draw. */
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  NEXT_FOLDER,
  onlyChanged,
  type RouteManifest,
  STATE_FOLDER,
} from '../../site/src/lib/incremental.ts';
import { digest } from '../../site/src/lib/page-digest.ts';

describe('a page’s digest', () => {
  const result = { code: 'ABC', answer: { text: 'Đã sửa xong.' }, tags: ['a', 'b'] };

  it('is the same for the same data, built anew', () => {
    expect(digest({ result })).toBe(digest({ result: structuredClone(result) }));
  });

  it('changes with any value, however deep, and tells "1" from 1 and ["a,b"] from ["a", "b"]', () => {
    const base = digest({ result });
    expect(digest({ result: { ...result, answer: { text: 'Đã sửa xong!' } } })).not.toBe(base);
    expect(digest({ n: '1' })).not.toBe(digest({ n: 1 }));
    expect(digest({ tags: ['a,b'] })).not.toBe(digest({ tags: ['a', 'b'] }));
    expect(digest({ m: new Map([['x', 1]]) })).not.toBe(digest({ m: new Map([['x', 2]]) }));
  });

  it('leaves out absent fields, as the page does', () => {
    expect(digest({ a: 1, b: undefined })).toBe(digest({ a: 1 }));
  });
});

describe('onlyChanged', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const env = (code = 'v1') => ({ SITE_INCREMENTAL_DIR: dir, SITE_CODE_VERSION: code });
  const page = (file: string, text: string) => ({ file, props: { text } });
  const promote = () => {
    rmSync(join(dir, STATE_FOLDER), { recursive: true, force: true });
    renameSync(join(dir, NEXT_FOLDER), join(dir, STATE_FOLDER));
  };
  const next = () => JSON.parse(readFileSync(join(dir, NEXT_FOLDER, 'pages.json'), 'utf8')) as RouteManifest;

  it('keeps every entry without SITE_INCREMENTAL_DIR (a full build)', () => {
    dir = mkdtempSync(join(tmpdir(), 'hdnd-only-changed-'));
    const entries = [page('/a/index.html', 'A')];
    expect(onlyChanged('pages', entries, (e) => e.file, {})).toEqual(entries);
  });

  it('draws all at first, then only the changed and the new, and lists the files gone', () => {
    dir = mkdtempSync(join(tmpdir(), 'hdnd-only-changed-'));
    const first = [page('/a/index.html', 'A'), page('/b/index.html', 'B'), page('/c/index.html', 'C')];
    expect(onlyChanged('pages', first, (e) => e.file, env())).toHaveLength(3);
    promote();
    expect(onlyChanged('pages', first, (e) => e.file, env())).toEqual([]);
    expect(next().removed).toEqual([]);
    promote();
    const second = [page('/a/index.html', 'A'), page('/b/index.html', 'B2'), page('/d/index.html', 'D')];
    expect(onlyChanged('pages', second, (e) => e.file, env()).map((e) => e.file)).toEqual([
      '/b/index.html',
      '/d/index.html',
    ]);
    expect(next().removed).toEqual(['/c/index.html']);
    expect(Object.keys(next().files)).toEqual(['/a/index.html', '/b/index.html', '/d/index.html']);
  });

  it('draws everything again when the code changed', () => {
    dir = mkdtempSync(join(tmpdir(), 'hdnd-only-changed-'));
    const entries = [page('/a/index.html', 'A'), page('/b/index.html', 'B')];
    onlyChanged('pages', entries, (e) => e.file, env('v1'));
    promote();
    expect(onlyChanged('pages', entries, (e) => e.file, env('v2'))).toHaveLength(2);
  });

  it('digests what `shows` says a file shows, not the props', () => {
    dir = mkdtempSync(join(tmpdir(), 'hdnd-only-changed-'));
    const feed = (at: string) => [{ file: '/f.xml', props: { body: `<updated>${at}</updated>x` } }];
    const shows = (e: { props: { body: string } }) => e.props.body.replace(/<updated>[^<]*<\/updated>/, '');
    onlyChanged('feeds', feed('2026-01-01'), (e) => e.file, env(), shows);
    promote();
    expect(onlyChanged('feeds', feed('2026-01-02'), (e) => e.file, env(), shows)).toEqual([]);
  });
});
