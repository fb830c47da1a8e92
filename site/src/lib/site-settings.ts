/**
 * The deployment's settings for the public site, read once when the build starts (PUBLIC_*
 * variables, as CodeBuild and the local stack set them) and checked: a bad value stops the
 * build with the variable's name.
 *
 *   PUBLIC_SITE_URL      the site's own origin, for canonical and hreflang links (default: the local dev server)
 *   PUBLIC_SITE_NAME     the site's name in Vietnamese (default: the service's generic name)
 *   PUBLIC_SITE_NAME_EN  its name in English (default: PUBLIC_SITE_NAME when that is set, else the generic name)
 *   PUBLIC_SITE_EMBLEM   an optional small emblem for the header: a path on the site (/emblem.svg) or an https URL, .svg or .png
 */
import { shellLabels } from '../../../shared/ui/labels.ts';
import type { SiteLocale } from '../../../shared/ui/routes.ts';

export class SiteSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteSettingsError';
  }
}

export interface SiteSettings {
  /** Origin without a trailing slash: "https://kiennghi.example.vn". */
  siteUrl: string;
  siteName: Record<SiteLocale, string>;
  emblem?: string;
}

const LOCAL_SITE_URL = 'http://localhost:4321';

export function readSiteSettings(env: Record<string, string | undefined>): SiteSettings {
  const problems: string[] = [];
  const given = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };

  const rawUrl = given('PUBLIC_SITE_URL') ?? LOCAL_SITE_URL;
  let siteUrl = LOCAL_SITE_URL;
  try {
    const url = new URL(rawUrl);
    if (!/^https?:$/.test(url.protocol) || url.search || url.hash) throw new Error('not a plain origin');
    siteUrl = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    problems.push(
      `PUBLIC_SITE_URL must be the site's absolute http(s) address, e.g. https://kiennghi.example.vn (got "${rawUrl}")`,
    );
  }

  const name = (variable: string) => {
    const value = given(variable);
    if (value && value.length > 80) problems.push(`${variable} must be at most 80 characters`);
    return value;
  };
  const vi = name('PUBLIC_SITE_NAME');
  const en = name('PUBLIC_SITE_NAME_EN');

  const emblem = given('PUBLIC_SITE_EMBLEM');
  if (emblem && !/^(?:\/(?!\/)|https:\/\/)[^\s"'<>]*\.(?:svg|png)$/i.test(emblem)) {
    problems.push(
      'PUBLIC_SITE_EMBLEM must be a path on the site (/emblem.svg) or an https URL of an .svg or .png',
    );
  }

  if (problems.length > 0)
    throw new SiteSettingsError(`The site's settings are not valid:\n  ${problems.join('\n  ')}`);
  return {
    siteUrl,
    siteName: { vi: vi ?? shellLabels.vi.siteName, en: en ?? vi ?? shellLabels.en.siteName },
    ...(emblem ? { emblem } : {}),
  };
}

/** This build's settings. */
export const siteSettings: SiteSettings = readSiteSettings(process.env);

/** A path of the site as an absolute URL on the deployment's origin. */
export const absoluteUrl = (path: string) => `${siteSettings.siteUrl}${path}`;
