/**
 * Where the console finds the staff API and the sign-in, fixed when the site is built
 * (settings.ts reads Astro's PUBLIC_* variables; the build has already refused a missing one).
 * The public API (reference data) is reached on the site's own origin: CloudFront on AWS,
 * and the local servers proxy /v1/ to it, as for every page of the site.
 */
import { type ConsoleConfig, consoleConfigFrom } from './settings.ts';

export const consoleConfig: ConsoleConfig = consoleConfigFrom(import.meta.env);
