/**
 * The channels a notification goes out on (DESIGN §10). Pure vocabulary: the notifier,
 * the staff API's delivery view and the console all name channels with these.
 */
export const NOTIFY_CHANNELS = ['email', 'sms', 'zalo'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

/** The notices a submitter receives on SMS and Zalo: one approved Zalo template each (council settings). */
export const SHORT_NOTICE_KINDS = [
  'received',
  'routed',
  'answered',
  'rejected',
  'merged',
  'reopened',
  'merged_answered',
] as const;
export type ShortNoticeKind = (typeof SHORT_NOTICE_KINDS)[number];
