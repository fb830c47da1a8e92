/**
 * What the site build runs (CodeBuild, on the repository's sources): the same Astro build
 * as infra/local/site-build.ts, reading the live data from PUBLIC_API_URL (the public API)
 * and baking the PUBLIC_* settings into the staff console; then the budgets check of
 * site/check-built-site.ts, so a page over 14 KB or with stray JavaScript is never
 * published. `npx` runs the repository's pinned Node 24 and tools.
 *
 * Hashed assets go up first and are cached for a year; pages after them, cached five
 * minutes, so no page ever points at an asset that is not there yet. The invalidation
 * makes the edges fetch the new pages at once.
 */
export function siteBuildSpec(): Record<string, unknown> {
  return {
    version: '0.2',
    env: { shell: 'bash', variables: { ASTRO_TELEMETRY_DISABLED: '1' } },
    phases: {
      install: {
        'runtime-versions': { nodejs: '22' },
        commands: ['npm ci --no-audit --no-fund'],
      },
      build: {
        commands: [
          'npx astro build --root site',
          'npx node site/check-built-site.ts site/dist',
          'aws s3 sync site/dist/_astro "s3://$SITE_BUCKET/_astro" --cache-control "public,max-age=31536000,immutable"',
          'aws s3 sync site/dist "s3://$SITE_BUCKET" --exclude "_astro/*" --delete --cache-control "public,max-age=300"',
          'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
          'aws s3 sync site/dist/_astro "s3://$SITE_BUCKET/_astro" --delete',
        ],
      },
    },
    cache: { paths: ['/root/.npm/**/*'] },
  };
}
