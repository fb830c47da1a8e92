/**
 * The public site: static pages built from the public API's published data (see
 * lib/site-data.ts). In development the dev server proxies the API's paths on the site's
 * origin (/v1/*, /tra-cuu, /gui-kien-nghi/da-gui, /tim-xa) to PUBLIC_API_URL, as
 * CloudFront does in production, so forms and links behave the same.
 */
import { defineConfig } from 'astro/config';
import type { Plugin } from 'vite';
import { API_EXACT_PATHS, apiPaths } from '../shared/ui/routes.ts';
import { devServerFileAccess } from './dev-file-access.ts';
import { consoleConfigFrom } from './src/console/settings.ts';

const api = process.env.PUBLIC_API_URL || 'http://127.0.0.1:3000';
// The console's settings are baked into its scripts: a missing one stops the build here, by name.
consoleConfigFrom(process.env);
const escapeRegExp = (path: string) => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * `npm start` shows live data: Astro's dev server remembers each route's getStaticPaths
 * until a source file changes, so before each page request this tells its server-side
 * environments that content changed (the event Astro's own content layer sends). The
 * site's data is then read again from the API (at most every SITE_DATA_CACHE_MS).
 */
const liveDataInDev: Plugin = {
  name: 'hdnd-site-live-data',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const isPage =
        req.method === 'GET' && !/^\/(?:@|_astro\/|node_modules\/)/.test(path) && !/\.\w+$/.test(path);
      if (!isPage) return next();
      for (const [name, environment] of Object.entries(server.environments)) {
        if (name !== 'client') environment.hot.send('astro:content-changed', {});
      }
      setImmediate(next);
    });
  },
};

export default defineConfig({
  // A build of its own cache folder (infra/local/site-build.ts), so that builds can run side by side.
  ...(process.env.HDND_ASTRO_CACHE_DIR ? { cacheDir: process.env.HDND_ASTRO_CACHE_DIR } : {}),
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  // The site has no images: its dev server's image endpoint answers 404 to anything.
  image: { endpoint: { route: '/_image', entrypoint: './src/no-image-endpoint.ts' } },
  vite: {
    plugins: [liveDataInDev],
    cacheDir: '../node_modules/.vite-site',
    server: {
      fs: devServerFileAccess(),
      proxy: {
        [apiPaths.prefix]: { target: api, changeOrigin: false },
        // Exact paths only: "/tra-cuu/" is the site's own form page.
        ...Object.fromEntries(
          API_EXACT_PATHS.map((path) => [
            `^${escapeRegExp(path)}(?:\\?.*)?$`,
            { target: api, changeOrigin: false },
          ]),
        ),
      },
    },
  },
});
