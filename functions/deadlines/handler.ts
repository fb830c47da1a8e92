/**
 * The deadline reminders on Lambda, run daily by EventBridge Scheduler. Locally the stack
 * runs the same sendDeadlineReminders() on a timer (infra/local/deadlines.ts).
 */
import { readAttachmentsConfig } from '../lib/attachments/config.ts';
import { purgeCitizenAttachments } from '../lib/attachments/retention.ts';
import { createAttachmentStore } from '../lib/attachments/store.ts';
import { createRepositories, databaseFromConfig } from '../lib/data/index.ts';
import { createEmailSender, createSesClient } from '../lib/email/index.ts';
import { log } from '../lib/log.ts';
import { advanceOverdueEverywhere } from '../lib/statistics/overdue.ts';
import { readDeadlinesConfig } from './config.ts';
import { reportExpiredContacts } from './expired-contacts.ts';
import { type ReminderReport, sendDeadlineReminders } from './reminders.ts';
import { askWhetherResolved } from './resolution-checks.ts';

const config = readDeadlinesConfig();
const repos = createRepositories(databaseFromConfig(config));
const attachments = createAttachmentStore(readAttachmentsConfig(), repos.db.doc.config.credentials);
const sender = createEmailSender({
  client: createSesClient({ region: config.AWS_REGION, endpoint: config.SES_ENDPOINT }),
  sender: config.SES_SENDER,
  configurationSet: config.SES_CONFIGURATION_SET,
});

export async function handler(): Promise<ReminderReport> {
  const now = new Date();
  const report = await sendDeadlineReminders({ repos, sender, consoleUrl: config.STAFF_CONSOLE_URL }, now);
  // Counts only: no code, no contact, in the log.
  const expired = await reportExpiredContacts(repos, now, (code) =>
    purgeCitizenAttachments({ repos, store: attachments }, code, now),
  );
  log.info('contacts whose retention ended', {
    expired: expired.expired,
    councils: Object.keys(expired.byCouncil).length,
  });
  // The statistics' overdue threshold moves to now (functions/lib/statistics/overdue.ts).
  const overdue = await advanceOverdueEverywhere(repos, now);
  log.info('statistics overdue threshold moved', {
    recounted: overdue.reduce((sum, a) => sum + a.recounted, 0),
  });
  if (config.PUBLIC_SITE_URL && config.FEEDBACK_TOKEN_SECRET) {
    const checks = await askWhetherResolved(
      { repos, sender, siteUrl: config.PUBLIC_SITE_URL, feedbackSecret: config.FEEDBACK_TOKEN_SECRET },
      now,
    );
    log.info('is it resolved? questions', { asked: checks.asked, deferred: checks.deferred });
  }
  log.info('deadline reminders', {
    petitions: report.petitions,
    dueSoon: report.sent['due-soon'],
    overdueAgency: report.sent['overdue-agency'],
    overdueDelegates: report.sent['overdue-delegates'],
    deferred: report.deferred,
    followUpItems: report.followUps.items,
    followUpReminders: Object.values(report.followUps.sent).reduce((a, b) => a + b, 0),
  });
  return report;
}
