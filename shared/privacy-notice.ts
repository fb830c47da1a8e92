/**
 * The privacy notice (thông báo xử lý dữ liệu cá nhân, Decree 13/2023/NĐ-CP art. 13) is
 * versioned: the privacy page shows the current version and its date, the petition form
 * sends the version it showed, and each consent record names the version it was given
 * under. A change of the notice's text gets a new version here, never an edit in place.
 */
export interface PrivacyNoticeVersion {
  /** "2026-1": what the form sends and a consent record keeps. */
  readonly version: string;
  /** The calendar date the version took effect (YYYY-MM-DD). */
  readonly date: string;
}

/** Every version ever published, oldest first; the last is the current one. */
export const PRIVACY_NOTICE_VERSIONS: readonly PrivacyNoticeVersion[] = [
  { version: '2026-1', date: '2026-01-15' },
];

export const PRIVACY_NOTICE: PrivacyNoticeVersion = PRIVACY_NOTICE_VERSIONS.at(-1)!;

export function privacyNoticeOf(version: string): PrivacyNoticeVersion | undefined {
  return PRIVACY_NOTICE_VERSIONS.find((v) => v.version === version);
}
