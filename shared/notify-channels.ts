/**
 * The channels a notification goes out on (DESIGN §10). Pure vocabulary: the notifier,
 * the staff API's delivery view and the console all name channels with these.
 */
export const NOTIFY_CHANNELS = ['email', 'sms', 'zalo'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];
