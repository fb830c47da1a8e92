/**
 * What the site build runs (CodeBuild, on the repository's sources): the incremental
 * publication of site/incremental-publish.ts (`--remote`: the served copy is the site
 * bucket), reading the live data from PUBLIC_API_URL (the public API) and baking the
 * PUBLIC_* settings into the staff console; then the budgets check of
 * site/check-built-site.ts on every page drawn, so a page over 14 KB or with stray
 * JavaScript is never published. `npx` runs the repository's pinned Node 24 and tools.
 *
 * SITE_PUBLISH says which: `incremental` (a build started from the stream, by the
 * workflow) draws only the pages whose data changed since the last publication, from the
 * digests kept in the state bucket, uploads those and deletes the files of entries that are
 * gone; anything else (`full`, the project's default: the nightly schedule, a build started
 * by hand) draws every page and syncs the whole bucket with --delete, the safety net. Either
 * way the digests are saved back only once the bucket holds the publication, so a failed
 * build leaves the last good state (and the next build draws at least what it missed).
 *
 * What an incremental build reads: the published results kept with the state (the last
 * publication's), and of the live data only the results the pending change files name (the
 * workflow's batches, under `changes/` in the state bucket: infra/lib/constructs/site-rebuild.ts).
 * The change files it consumed (`changes` of the publisher's JSON) are deleted from the bucket
 * after the state is saved, never before: a failed build leaves them for the next. A change
 * file written during the build is not among them, and waits for the next build.
 *
 * Hashed assets go up first and are cached for a year; pages after them, cached five
 * minutes, so no page ever points at an asset that is not there yet. The invalidation
 * makes the edges fetch the new pages at once.
 */
import { CHANGES_FOLDER } from '../../shared/published-changes.ts';

export const SITE_PUBLISH_VARIABLE = 'SITE_PUBLISH';
export const SITE_STATE_BUCKET_VARIABLE = 'SITE_STATE_BUCKET';
/** Where the digests live in the state bucket. */
const STATE_PREFIX = 'incremental-state';
/** Where the workflow writes the batches of changes (site-rebuild.ts), beside the state. */
const CHANGES_URI = `"s3://$${SITE_STATE_BUCKET_VARIABLE}/${CHANGES_FOLDER}"`;

const LIVE = '.publication/live';
const STATE = '.publication/state';
const CHANGES = '.publication/changes.json';
const isFull = `[ "$${SITE_PUBLISH_VARIABLE}" != "incremental" ]`;
const stateUri = `"s3://$${SITE_STATE_BUCKET_VARIABLE}/${STATE_PREFIX}"`;

export function siteBuildSpec(): Record<string, unknown> {
  return {
    version: '0.2',
    env: { shell: 'bash', variables: { ASTRO_TELEMETRY_DISABLED: '1', [SITE_PUBLISH_VARIABLE]: 'full' } },
    phases: {
      install: {
        'runtime-versions': { nodejs: '22' },
        commands: ['npm ci --no-audit --no-fund'],
      },
      build: {
        commands: [
          `mkdir -p ${LIVE} ${STATE}`,
          `if ! ${isFull}; then aws s3 sync ${stateUri} ${STATE} --delete --only-show-errors; fi`,
          `if ! ${isFull}; then aws s3 sync ${CHANGES_URI} ${STATE}/${CHANGES_FOLDER} --only-show-errors; fi`,
          `npx node site/incremental-publish.ts ${LIVE} ${STATE} --remote $(${isFull} && echo --full) > ${CHANGES}`,
          `npx node site/check-built-site.ts ${LIVE}`,
          `if [ -d ${LIVE}/_astro ]; then aws s3 sync ${LIVE}/_astro "s3://$SITE_BUCKET/_astro" --cache-control "public,max-age=31536000,immutable"; fi`,
          `if ${isFull}; then aws s3 sync ${LIVE} "s3://$SITE_BUCKET" --exclude "_astro/*" --delete --cache-control "public,max-age=300"; else aws s3 sync ${LIVE} "s3://$SITE_BUCKET" --exclude "_astro/*" --cache-control "public,max-age=300"; fi`,
          `npx node -e 'for (const f of JSON.parse(require("fs").readFileSync("${CHANGES}", "utf8")).remove) console.log(f)' | while read -r file; do aws s3 rm "s3://$SITE_BUCKET$file" --only-show-errors; done`,
          'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
          `if ${isFull}; then aws s3 sync ${LIVE}/_astro "s3://$SITE_BUCKET/_astro" --delete; fi`,
          `aws s3 sync ${STATE} ${stateUri} --delete --exclude "${CHANGES_FOLDER}/*" --only-show-errors`,
          `npx node -e 'for (const f of JSON.parse(require("fs").readFileSync("${CHANGES}", "utf8")).changes) console.log(f)' | while read -r file; do aws s3 rm ${CHANGES_URI.slice(0, -1)}/$file" --only-show-errors; done`,
        ],
      },
    },
    cache: { paths: ['/root/.npm/**/*'] },
  };
}
