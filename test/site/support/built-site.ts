/**
 * The site as it ships, for the browser tests: the local stack on free ports (demo data
 * plus the markup fixtures), the site built against its public API, and served with the
 * API's paths on the same origin, as CloudFront serves them.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningServer } from '../../../infra/local/http-server.ts';
import { freePort } from '../../../infra/local/ports.ts';
import { buildSite } from '../../../infra/local/site-build.ts';
import { serveSite } from '../../../infra/local/site-server.ts';
import type { LocalStack } from '../../../infra/local/stack.ts';
import { startStackOnOwnTable } from '../../support/stack-dynamodb.ts';
import { addMarkupFixtures } from './fixtures.ts';

/** The deployment address the test build is given: canonical and hreflang links use it. */
export const BUILT_SITE_URL = 'https://kiennghi.example.vn';

export interface BuiltSite {
  stack: LocalStack;
  outDir: string;
  url: string;
  buildMilliseconds: number;
  stop(): Promise<void>;
}

export async function startBuiltSite(
  /** Records a test needs on its pages, written through the running stack before the build. */
  prepare?: (stack: LocalStack) => Promise<void>,
): Promise<BuiltSite> {
  const sitePort = await freePort();
  const { stack, dropTable } = await startStackOnOwnTable('site', sitePort);
  let site: RunningServer | undefined;
  let outDir: string | undefined;
  const stop = async () => {
    await site?.close();
    await stack.stop();
    await dropTable();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  };
  try {
    await addMarkupFixtures(stack.repos);
    await prepare?.(stack);
    const build = await buildSite({ apiUrl: stack.urls.publicApi, env: { PUBLIC_SITE_URL: BUILT_SITE_URL } });
    outDir = build.outDir;
    site = await serveSite({ root: outDir, apiUrl: stack.urls.publicApi, port: sitePort });
    return { stack, outDir, url: site.url, buildMilliseconds: build.milliseconds, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Every file of a build with its text (UTF-8), for the checks that no built file holds what it must not. */
export function builtFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => ({
      path: join(e.parentPath, e.name),
      text: readFileSync(join(e.parentPath, e.name), 'utf8'),
    }));
}
