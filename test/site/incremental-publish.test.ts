/**
 * DESIGN §7: changing one published result rebuilds the pages and files that show it and
 * nothing else, uploads only what changed, and leaves the site exactly as a full build of
 * the same data would have it; a publication with nothing changed uploads nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CODES } from '../../infra/local/demo/activity.ts';
import { listen, type RunningServer } from '../../infra/local/http-server.ts';
import { freePort } from '../../infra/local/ports.ts';
import { buildSite } from '../../infra/local/site-build.ts';
import { sitePaths } from '../../shared/ui/routes.ts';
import { type Publication, publishSite } from '../../site/incremental-publish.ts';
import { type SeededPublicApi, seededPublicApi } from './support/public-app.ts';

const NEW_TEXT = 'Văn bản trả lời đã được đính chính: công trình khởi công vào tháng Ba.';
const code = DEMO_CODES.answered;

let api: SeededPublicApi;
let server: RunningServer;
let work: string;
let before: Map<string, Buffer>;
let first: Publication;
let change: Publication;
let nothing: Publication;
let full: Map<string, Buffer>;

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [`/${relative(dir, path).split(sep).join('/')}`, readFileSync(path)] as const;
      }),
  );
}

beforeAll(async () => {
  api = await seededPublicApi('incremental-site');
  server = await listen(api.app, await freePort());
  work = mkdtempSync(join(tmpdir(), 'hdnd-incremental-'));
  const site = { apiUrl: server.url, liveDir: join(work, 'live'), stateDir: join(work, 'state') };
  first = await publishSite(site);
  before = snapshot(site.liveDir);

  const petition = (await api.database.repos.petitions.get(code))!;
  const changed = { ...petition, answer: { ...petition.answer!, text: NEW_TEXT } };
  await api.database.db.doc.send(new PutCommand(api.database.repos.petitions.petitionPut(changed).Put!));
  await api.database.db.doc.send(new PutCommand(api.database.repos.petitions.textPut(changed).Put!));
  change = await publishSite(site);
  nothing = await publishSite(site);
  full = snapshot((await buildSite({ apiUrl: server.url, outDir: join(work, 'full') })).outDir);
}, 600_000);

afterAll(async () => {
  await server?.close();
  await api?.database.drop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('publishing one changed result', () => {
  it('first draws every page (no state yet)', () => {
    expect(first.drawn.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
    expect(first.written.length).toBe(first.drawn.length);
  });

  it('draws only a few pages, its own among them', () => {
    const pages = change.drawn.filter((f) => f.endsWith('index.html') && !f.startsWith('/quan-ly/'));
    expect(pages).toContain(`${sitePaths.result('vi', code)}index.html`);
    expect(pages).toContain(`${sitePaths.result('en', code)}index.html`);
    expect(pages.length).toBeLessThan(first.drawn.length / 5);
  });

  it('writes exactly the pages whose bytes a full build changes, leaving every other file byte-identical', () => {
    const live = snapshot(join(work, 'live'));
    const html = (files: Iterable<string>) => [...files].filter((f) => f.endsWith('.html')).sort();
    const differ = html(full.keys()).filter((f) => !before.get(f)?.equals(full.get(f)!));
    expect(html(change.written)).toEqual(differ);
    for (const file of html(full.keys())) expect(live.get(file)?.equals(full.get(file)!), file).toBe(true);
    for (const [file, bytes] of before) {
      if (change.removed.includes(file)) expect(live.has(file) || full.has(file), file).toBe(false);
      else if (!change.written.includes(file)) expect(live.get(file)?.equals(bytes), file).toBe(true);
    }
  });

  it('rewrites every feed, export and index file that shows the change, and only files that show it', () => {
    const live = snapshot(join(work, 'live'));
    const showing = [...full].filter(([, bytes]) => bytes.includes(NEW_TEXT)).map(([file]) => file);
    expect(showing.some((f) => f.startsWith('/nguon-tin/'))).toBe(true);
    expect(showing.some((f) => f.startsWith('/du-lieu-mo/'))).toBe(true);
    for (const file of showing) {
      expect(change.written, file).toContain(file);
      expect(live.get(file)?.includes(NEW_TEXT), file).toBe(true);
    }
    const data = change.written.filter((f) => !f.endsWith('.html'));
    for (const file of data.filter((f) => !f.startsWith('/tim-kiem/chi-muc/'))) {
      expect(showing, file).toContain(file);
    }
  });

  it('uploads nothing when nothing changed', () => {
    expect(nothing.written).toEqual([]);
    expect(nothing.removed).toEqual([]);
    expect(
      nothing.drawn.filter((f) => f.endsWith('.html') && !f.startsWith('/quan-ly/')).length,
    ).toBeLessThan(5);
  });
});
