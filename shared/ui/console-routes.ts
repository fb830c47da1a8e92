/**
 * The staff console's petition page, shared by the console (site/src/console/paths.ts) and
 * by every staff email that links to it (the notifier's, the deadline reminders'), so a
 * renamed page cannot leave a dead link in a mailbox.
 */
export const CONSOLE_PETITION_PATH = '/quan-ly/kien-nghi/';

/** "/quan-ly/kien-nghi/?ma=CODE": the code is the only thing about the petition in the URL. */
export const consolePetitionPath = (code: string) =>
  `${CONSOLE_PETITION_PATH}?ma=${encodeURIComponent(code)}`;

/**
 * The console's petition page on the console's origin. The path is absolute, so a base
 * given with a path ("https://x.vn/quan-ly") still yields one "/quan-ly/", never two.
 */
export const consolePetitionUrl = (consoleUrl: string, code: string) =>
  new URL(consolePetitionPath(code), consoleUrl).toString();

/** The console's page of one follow-up item (oversight), linked from its reminders. */
export const CONSOLE_FOLLOW_UP_PATH = '/quan-ly/giam-sat/hang-muc/';
export const consoleFollowUpPath = (id: string) => `${CONSOLE_FOLLOW_UP_PATH}?id=${encodeURIComponent(id)}`;
export const consoleFollowUpUrl = (consoleUrl: string, id: string) =>
  new URL(consoleFollowUpPath(id), consoleUrl).toString();
