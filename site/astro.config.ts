/**
 * The public site: static pages built from the public API's published data (see
 * lib/site-data.ts). In development the dev server proxies the API's paths on the site's
 * origin (/v1/*, /tra-cuu, /gui-kien-nghi/da-gui, /tim-xa) to PUBLIC_API_URL, as
 * CloudFront does in production, so forms and links behave the same.
 */
import { defineConfig } from 'astro/config';
import { API_EXACT_PATHS, apiPaths } from '../shared/ui/routes.ts';

const api = process.env.PUBLIC_API_URL || 'http://127.0.0.1:3000';
const escapeRegExp = (path: string) => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    cacheDir: '../node_modules/.vite-site',
    server: {
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
