/**
 * Astro's image endpoint (/_image) in the dev server: the site has no images, so nothing
 * is to be fetched or transformed, whatever `href` asks for.
 */
export const GET = () => new Response('Not found', { status: 404 });
