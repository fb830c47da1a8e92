import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { html, trusted } from '../../shared/ui/html.ts';
import { isApiPath, sitePaths, withLocale } from '../../shared/ui/routes.ts';
import { renderPage } from '../../shared/ui/shell.ts';
import { siteCss } from '../../shared/ui/styles.ts';
import { CSS_FILE } from '../../shared/ui/write-css.ts';

describe('shared/ui', () => {
  it('escapes every interpolated value unless the service marked it as its own markup', () => {
    const title = '<img src=x onerror=alert(1)> & "quotes"';
    const out = html`<h1 title="${title}">${title}</h1>${trusted('<hr>')}${[html`<b>${'<i>'}</b>`]}`.value;
    expect(out).toBe(
      '<h1 title="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</h1><hr><b>&lt;i&gt;</b>',
    );
  });

  it('keeps shared/ui/styles.css equal to the stylesheet string (npm run ui:css rewrites it)', () => {
    const file = readFileSync(CSS_FILE, 'utf8');
    expect(file.slice(file.indexOf('*/\n', file.indexOf('Written by')) + 3)).toBe(siteCss);
  });

  it('frames a server page like the site: language, inline stylesheet, navigation, skip link', () => {
    const page = renderPage({ locale: 'en', title: 'Track', main: html`<h1>${'<x>'}</h1>` });
    expect(page).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(page).toContain(`<style>${siteCss}</style>`);
    expect(page).toContain('<a class="skip" href="#main">Skip to main content</a>');
    expect(page).toContain(`href="${sitePaths.results('en')}"`);
    expect(page).toContain('<h1>&lt;x&gt;</h1>');
    expect(page).not.toContain('<script');
  });

  it('builds Vietnamese paths without diacritics and English ones under /en/', () => {
    expect(sitePaths.commune('vi', 'van-nham')).toBe('/lich-tiep-xuc/xa/van-nham/');
    expect(sitePaths.commune('en', 'van-nham')).toBe('/en/schedule/communes/van-nham/');
    expect(sitePaths.results('vi', { kind: 'field', id: 'dat-dai' }, 3)).toBe(
      '/ket-qua/linh-vuc/dat-dai/trang/3/',
    );
    expect(sitePaths.results('en', undefined, 1)).toBe('/en/results/');
    expect(sitePaths.result('vi', 'DEM5D2MB7PTX')).toBe('/ket-qua/dem5d2mb7ptx/');
    const all = [
      sitePaths.home('vi'),
      sitePaths.schedule('vi', 2),
      sitePaths.pastMeetings('vi'),
      sitePaths.submit('vi'),
      sitePaths.track('vi'),
      sitePaths.statistics('vi', 'huu-lung'),
      sitePaths.delegates('vi'),
      sitePaths.privacy('vi'),
    ];
    for (const path of all) expect(path).toMatch(/^\/[a-z0-9/-]*$/);
  });

  it('tells the API’s paths on the site’s origin from the static pages', () => {
    expect(isApiPath('/v1/meetings')).toBe(true);
    expect(isApiPath('/tra-cuu')).toBe(true);
    expect(isApiPath('/gui-kien-nghi/da-gui')).toBe(true);
    expect(isApiPath('/tim-xa')).toBe(true);
    expect(isApiPath('/tra-cuu/')).toBe(false);
    expect(isApiPath('/gui-kien-nghi/')).toBe(false);
    expect(withLocale('/tra-cuu?ma=X', 'en')).toBe('/tra-cuu?ma=X&lang=en');
  });

  it('names Vietnamese too in a server page link, so an English browser gets the page it came from', () => {
    expect(withLocale('/tra-cuu', 'vi')).toBe('/tra-cuu?lang=vi');
    expect(withLocale('/gui-kien-nghi/da-gui?ma=X', 'vi')).toBe('/gui-kien-nghi/da-gui?ma=X&lang=vi');
  });
});
