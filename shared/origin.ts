/**
 * The header CloudFront adds to every request it sends to the public API, carrying the
 * origin secret (infra: the site's API origin; functions: public-api/origin-check.ts).
 * A request without it did not come through CloudFront, its WAF and its rate rules.
 */
export const ORIGIN_SECRET_HEADER = 'X-Origin-Verify';

/** The variable the site build reads the secret from, to read the public API directly. */
export const SITE_BUILD_ORIGIN_SECRET = 'API_ORIGIN_SECRET';
