/**
 * The staff side on the local stack: the local issuer (standing in for Cognito), the staff
 * API (the same Hono app Lambda runs, checking tokens against the issuer's JWKS exactly as
 * it checks Cognito's), and the deadline reminders (the same function EventBridge runs
 * daily) on a timer, mailing the local SES mailbox.
 */

import { reportExpiredContacts } from '../../functions/deadlines/expired-contacts.ts';
import { sendDeadlineReminders } from '../../functions/deadlines/reminders.ts';
import { askWhetherResolved } from '../../functions/deadlines/resolution-checks.ts';
import type { AttachmentStore } from '../../functions/lib/attachments/store.ts';
import { createTokenVerifier } from '../../functions/lib/auth/verify-token.ts';
import type { Repositories } from '../../functions/lib/data/index.ts';
import { createEmailSender, createSesClient } from '../../functions/lib/email/index.ts';
import { errorFields, log } from '../../functions/lib/log.ts';
import { advanceOverdueEverywhere } from '../../functions/lib/statistics/overdue.ts';
import { createStaffApp } from '../../functions/staff-api/app.ts';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD } from './demo/staff.ts';
import { listen } from './http-server.ts';
import { startLocalIssuer } from './issuer.ts';
import { assertPortFree } from './ports.ts';

export interface LocalStaffOptions {
  repos: Repositories;
  region: string;
  ports: { staffApi: number; issuer: number };
  host: string;
  /**
   * The site's origins: the staff console calls the API and the issuer from any of them
   * (CORS); the first is the one the reminders link to.
   */
  consoleOrigins: readonly [string, ...string[]];
  /** The local SES endpoint the reminders are sent to. */
  mailboxUrl: string;
  /** The local S3 of attachments (staff see them through presigned links). */
  attachments?: AttachmentStore;
  /** First reminder run this long after start, then every `reminderEveryMs`. */
  firstReminderAfterMs?: number;
  reminderEveryMs?: number;
  /** "Is it resolved?" questions (functions/deadlines/resolution-checks.ts) with each reminder run. */
  resolutionChecks?: { siteUrl: string; feedbackSecret: string };
}

export async function startLocalStaffServices(options: LocalStaffOptions) {
  await assertPortFree(options.ports.staffApi, 'the staff API', 'STAFF_API_PORT');
  await assertPortFree(options.ports.issuer, 'the staff sign-in (local issuer)', 'ISSUER_PORT');
  const issuer = await startLocalIssuer({
    port: options.ports.issuer,
    host: options.host,
    consoleOrigins: options.consoleOrigins,
  });
  const stoppers: (() => Promise<void>)[] = [issuer.close];
  try {
    const app = createStaffApp({
      repos: options.repos,
      verifyToken: createTokenVerifier({
        jwksUrl: issuer.jwksUrl,
        issuer: issuer.issuer,
        audience: issuer.audience,
      }),
      consoleOrigins: options.consoleOrigins,
      ...(options.attachments ? { attachments: options.attachments } : {}),
    });
    const staffApi = await listen(app, options.ports.staffApi, options.host);
    stoppers.push(staffApi.close);

    const sender = createEmailSender({
      client: createSesClient({ region: options.region, endpoint: options.mailboxUrl }),
      sender: 'HĐND (local) <nhac-han@hdnd.local>',
    });
    const runReminders = async () => {
      try {
        const report = await sendDeadlineReminders(
          { repos: options.repos, sender, consoleUrl: options.consoleOrigins[0] },
          new Date(),
        );
        log.info('deadline reminders', {
          petitions: report.petitions,
          deferred: report.deferred,
          ...report.sent,
        });
        if (options.resolutionChecks) {
          const checks = await askWhetherResolved(
            { repos: options.repos, sender, ...options.resolutionChecks },
            new Date(),
          );
          log.info('is it resolved? questions', { asked: checks.asked, deferred: checks.deferred });
        }
        const expired = await reportExpiredContacts(options.repos, new Date());
        log.info('contacts whose retention ended', {
          expired: expired.expired,
          councils: Object.keys(expired.byCouncil).length,
        });
        const overdue = await advanceOverdueEverywhere(options.repos, new Date());
        log.info('statistics overdue threshold moved', {
          recounted: overdue.reduce((sum, a) => sum + a.recounted, 0),
        });
      } catch (error) {
        log.error('deadline reminders failed', errorFields(error));
      }
    };
    // unref: the timers never keep the process alive on their own.
    const first = setTimeout(runReminders, options.firstReminderAfterMs ?? 15_000);
    const every = setInterval(runReminders, options.reminderEveryMs ?? 3_600_000);
    first.unref();
    every.unref();
    stoppers.push(async () => {
      clearTimeout(first);
      clearInterval(every);
    });

    return {
      urls: { staffApi: staffApi.url, issuer: issuer.issuer },
      runReminders,
      stop: async () => {
        for (const s of stoppers.reverse()) await s().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const s of stoppers.reverse()) await s().catch(() => undefined);
    throw error;
  }
}

/** What `npm start` prints: how to sign in as each demo account and call the staff API. */
export function staffSignInHelp(urls: { staffApi: string; issuer: string; site: string }): string[] {
  const width = Math.max(...DEMO_STAFF.map((a) => a.username.length));
  return [
    `Staff sign-in: open ${urls.issuer}/ (or the console at ${urls.site}/quan-ly/), password "${DEMO_STAFF_PASSWORD}" for every demo account:`,
    ...DEMO_STAFF.map((a) => `    ${a.username.padEnd(width)}  ${a.user.role.padEnd(11)}  ${a.description}`),
    '  From a shell:',
    `    TOKEN=$(curl -s ${urls.issuer}/token -H 'content-type: application/json' \\`,
    `      -d '{"username":"thu-ky-huu-lung","password":"${DEMO_STAFF_PASSWORD}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).id_token')`,
    `    curl -s ${urls.staffApi}/v1/councils/huu-lung/petitions -H "authorization: Bearer $TOKEN"`,
  ];
}
