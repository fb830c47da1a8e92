/**
 * How long the public site takes to build with many published results, and whether every
 * page still fits its budget: `npm run measure:site -- 3000` starts the local stack on free
 * ports, adds that many published results, builds the site and checks the output.
 */
import { rmSync } from 'node:fs';
import { checkBuiltSite } from '../../site/check-built-site.ts';
import { addPublishedResults } from './bulk-results.ts';
import { freePort } from './ports.ts';
import { buildSite } from './site-build.ts';
import { startLocalStack } from './stack.ts';

const count = Number(process.argv[2] ?? 2000);
if (!Number.isInteger(count) || count < 0) {
  console.error('Usage: npm run measure:site -- <number of published results>');
  process.exit(2);
}

const stack = await startLocalStack({
  ports: { dynamodb: await freePort(), publicApi: await freePort(), site: await freePort() },
});
try {
  const seeding = Date.now();
  await addPublishedResults(stack.repos, count);
  console.log(`Added ${count} published results in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
  const build = await buildSite({ apiUrl: stack.urls.publicApi });
  const report = checkBuiltSite(build.outDir);
  const largest = [...report.pages].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  console.log(
    [
      `Built ${report.pages.length} public pages in ${(build.milliseconds / 1000).toFixed(1)} s`,
      `  (${((build.milliseconds / Math.max(report.pages.length, 1)) * 1000).toFixed(0)} µs a page, reading ${count + 3} results from the API)`,
      `Largest page: ${largest?.path} ${((largest?.gzipBytes ?? 0) / 1024).toFixed(1)} KB gzip (budget 14 KB)`,
      `Over budget: ${report.overBudget.length}; read-only pages with JavaScript: ${report.withJavaScript.length}`,
    ].join('\n'),
  );
  rmSync(build.outDir, { recursive: true, force: true });
} finally {
  await stack.stop();
}
