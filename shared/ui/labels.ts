/**
 * The words of the frame every public page shares (header, navigation, footer), in
 * Vietnamese and English. The static site and the API's server pages both use them.
 */
import { type SiteLocale, sitePaths } from './routes.ts';

export const shellLabels = {
  vi: {
    siteName: 'Tiếp xúc cử tri và kiến nghị',
    siteTagline: 'Hội đồng nhân dân',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    mainNavigation: 'Điều hướng chính',
    schedule: 'Lịch tiếp xúc',
    submit: 'Gửi kiến nghị',
    track: 'Tra cứu',
    results: 'Kết quả',
    statistics: 'Thống kê',
    delegates: 'Đại biểu',
    privacy: 'Quyền riêng tư',
    otherLanguage: 'English',
    otherLanguageCode: 'en',
    footer: 'Cổng thông tin tiếp xúc cử tri, tiếp nhận và trả lời kiến nghị của cử tri.',
    oversight: 'Giám sát',
  },
  en: {
    siteName: 'Voter contact and petitions',
    siteTagline: "People's Council",
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
    schedule: 'Meetings',
    submit: 'Submit a petition',
    track: 'Track',
    results: 'Results',
    statistics: 'Statistics',
    delegates: 'Delegates',
    privacy: 'Privacy',
    otherLanguage: 'Tiếng Việt',
    otherLanguageCode: 'vi',
    footer: "The People's Council's service for voter-contact meetings and voters' petitions.",
    oversight: 'Oversight',
  },
} as const satisfies Record<SiteLocale, Record<string, string>>;

export type ShellLabels = (typeof shellLabels)[SiteLocale];

/** The main navigation, in order. */
export function navigation(locale: SiteLocale): { href: string; label: string }[] {
  const t = shellLabels[locale];
  return [
    { href: sitePaths.schedule(locale), label: t.schedule },
    { href: sitePaths.submit(locale), label: t.submit },
    { href: sitePaths.track(locale), label: t.track },
    { href: sitePaths.results(locale), label: t.results },
    { href: sitePaths.statistics(locale), label: t.statistics },
    { href: sitePaths.delegates(locale), label: t.delegates },
    { href: sitePaths.oversight(locale), label: t.oversight },
  ];
}
