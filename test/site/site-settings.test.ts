import { describe, expect, it } from 'vitest';
import { shellLabels } from '../../shared/ui/labels.ts';
import { readSiteSettings } from '../../site/src/lib/site-settings.ts';

describe('the site’s deployment settings', () => {
  it('default to the local dev server and the service’s generic name, with no emblem', () => {
    expect(readSiteSettings({})).toEqual({
      siteUrl: 'http://localhost:4321',
      siteName: { vi: shellLabels.vi.siteName, en: shellLabels.en.siteName },
    });
  });

  it('take the deployment’s address, names and emblem', () => {
    expect(
      readSiteSettings({
        PUBLIC_SITE_URL: 'https://kiennghi.example.vn/',
        PUBLIC_SITE_NAME: 'Cổng kiến nghị cử tri tỉnh Lạng Sơn',
        PUBLIC_SITE_EMBLEM: '/emblem.svg',
      }),
    ).toEqual({
      siteUrl: 'https://kiennghi.example.vn',
      siteName: { vi: 'Cổng kiến nghị cử tri tỉnh Lạng Sơn', en: 'Cổng kiến nghị cử tri tỉnh Lạng Sơn' },
      emblem: '/emblem.svg',
    });
  });

  it('stop the build naming every variable that is wrong', () => {
    expect(() =>
      readSiteSettings({
        PUBLIC_SITE_URL: 'kiennghi.example.vn',
        PUBLIC_SITE_EMBLEM: 'javascript:alert(1)//.svg',
      }),
    ).toThrow(/PUBLIC_SITE_URL[\s\S]*PUBLIC_SITE_EMBLEM/);
    expect(() => readSiteSettings({ PUBLIC_SITE_EMBLEM: '//cdn.example/x.png' })).toThrow(
      /PUBLIC_SITE_EMBLEM/,
    );
  });
});
