/**
 * The suite in six projects, each starting only what its tests need (test/README.md):
 * `npx vitest run --project unit`, `npm run test:quick` (unit + integration), `npm test` (all).
 * Projects run one group after the other, so the slow, timing-sensitive ones (browser, load)
 * never share the two cores with a hundred other test files.
 */
import { configDefaults, defineConfig } from 'vitest/config';

/** Pure tests: no DynamoDB, no browser, no child process, so no global setup at all. */
const UNIT = [
  'shared/**/*.test.ts',
  'functions/**/*.test.ts',
  'test/unit/**/*.test.ts',
  'test/console/{form-values,labels,paging,pkce,primary-search,session,sign-in}.test.ts',
  'test/integration/lockfile.test.ts',
  'test/meetings/{calendar,compliance}.test.ts',
  'test/notifier/{config,emails,ses-sender}.test.ts',
  'test/petitions/{client-address,request-body}.test.ts',
  'test/site/{charts,petition-input,ui,form-script-size,incremental}.test.ts',
];
/** CDK synthesis, on function bundles built once by the project's global setup. */
const INFRA = ['test/infra/**/*.test.ts', 'infra/**/*.test.ts'];
/** Real Chromium: test/console/browser.test.ts and test/site/site.browser.test.ts. */
const BROWSER = ['test/**/*browser.test.ts'];
/** `npm start` as a person runs it: each file starts the whole local stack in child processes. */
const STACK = ['test/integration/npm-start.test.ts', 'test/site/dev-server.test.ts'];
const LOAD = ['test/load/**/*.test.ts'];
/** Files that run Astro builds (a minute of CPU each): out of `test:quick`, beside stack and infra. */
const SITE_BUILD = ['test/site/incremental-publish.test.ts'];
/** Everything else runs on DynamoDB Local: a new test file lands there unless it is listed above. */
const ALL = ['test/**/*.test.ts', 'shared/**/*.test.ts', 'functions/**/*.test.ts', 'infra/**/*.test.ts'];

const DYNAMODB_LOCAL = 'test/support/dynamodb-global-setup.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // A file's set-up may wait for another file's demo-data template while that seed goes on
    // (test/support/demo-template.ts), or seed one itself: on a busy machine that passed 120 s.
    hookTimeout: 300_000,
    // Two cores: two workers keep DynamoDB Local and the browser responsive.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // One worker process runs file after file with the modules it has loaded (test/README.md).
        test: { name: 'unit', include: UNIT, isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ALL,
          exclude: [
            ...configDefaults.exclude,
            ...UNIT,
            ...STACK,
            ...INFRA,
            ...BROWSER,
            ...LOAD,
            ...SITE_BUILD,
          ],
          // One DynamoDB Local for the project; every test file makes its own table. LibreOffice
          // (installed once if missing) reads the summary report's printed layout back.
          globalSetup: ['test/support/libreoffice-global-setup.ts', DYNAMODB_LOCAL],
          // Isolated (each file its own module graph), unlike `unit`: with modules shared, one
          // file's state reached the next (an SES mock replaced the real client in the files after
          // it: two red fresh-clone runs, in other files as the order changed), and in full runs
          // the integration project was no faster (test/README.md).
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'stack', include: STACK, sequence: { groupOrder: 1 } } },
      {
        extends: true,
        test: {
          name: 'site-build',
          include: SITE_BUILD,
          globalSetup: [DYNAMODB_LOCAL],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: INFRA,
          globalSetup: ['test/infra/support/bundles-global-setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          // Two files at a time, as every project: each Astro build has its own prerender and cache
          // folders (infra/local/site-build.ts), so two builds no longer remove each other's chunks.
          // Installs Chromium once if it is missing; each test file starts its own stack, and a
          // file that needs only a table (the rights pages) makes one on the project's DynamoDB Local.
          globalSetup: ['test/support/chromium-global-setup.ts', DYNAMODB_LOCAL],
          // A screen's answer to a click is a round trip to a stack under load (two files, two
          // browsers): Vitest's 1 s default for expect.poll ran out on a fresh clone. A poll that
          // names its own timeout keeps it.
          expect: { poll: { timeout: 10_000 } },
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: { name: 'load', include: LOAD, globalSetup: [DYNAMODB_LOCAL], sequence: { groupOrder: 3 } },
      },
    ],
  },
});
