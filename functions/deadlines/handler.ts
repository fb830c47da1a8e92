/**
 * The deadline reminders on Lambda, run daily by EventBridge Scheduler. Locally the stack
 * runs the same sendDeadlineReminders() on a timer (infra/local/deadlines.ts).
 */
import { createRepositories, databaseFromConfig } from '../lib/data/index.ts';
import { createEmailSender, createSesClient } from '../lib/email/index.ts';
import { log } from '../lib/log.ts';
import { readDeadlinesConfig } from './config.ts';
import { type ReminderReport, sendDeadlineReminders } from './reminders.ts';

const config = readDeadlinesConfig();
const repos = createRepositories(databaseFromConfig(config));
const sender = createEmailSender({
  client: createSesClient({ region: config.AWS_REGION, endpoint: config.SES_ENDPOINT }),
  sender: config.SES_SENDER,
  configurationSet: config.SES_CONFIGURATION_SET,
});

export async function handler(): Promise<ReminderReport> {
  const report = await sendDeadlineReminders(
    { repos, sender, consoleUrl: config.STAFF_CONSOLE_URL },
    new Date(),
  );
  log.info('deadline reminders', {
    petitions: report.petitions,
    dueSoon: report.sent['due-soon'],
    overdueAgency: report.sent['overdue-agency'],
    overdueDelegates: report.sent['overdue-delegates'],
    deferred: report.deferred,
  });
  return report;
}
