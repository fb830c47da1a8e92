/**
 * "Is it resolved?" (issue #20): once the date an answer promised ("will be resolved by")
 * has passed, the submitter is asked, once per answer, by email with their private link
 * (resolved-token.ts): the track page then offers "resolved" and "not resolved"
 * (confirm-resolved.ts). Petitions come from gsi10 by their promised date, over the last
 * LOOKBACK_DAYS (a run missed for a few days still asks), one Query per council, never a Scan.
 * The question is claimed before it is sent and released when sending failed.
 */

import { translate } from '../../shared/messages/index.ts';
import { formatVietnamDate, vietnamDate } from '../../shared/time.ts';
import type { Repositories } from '../lib/data/index.ts';
import type { EmailSender } from '../lib/email/index.ts';
import { renderEmail } from '../lib/email/layout.ts';
import { errorFields, log } from '../lib/log.ts';
import { resolutionDue } from '../lib/petitions/confirm-resolved.ts';
import { resolutionLink } from '../lib/petitions/resolved-token.ts';
import { displayCode, greeting } from '../notifier/emails/common.ts';

const DAY = 86_400_000;
export const LOOKBACK_DAYS = 14;

export interface ResolutionCheckDependencies {
  repos: Repositories;
  sender: EmailSender;
  siteUrl: string;
  feedbackSecret: string;
}

export interface ResolutionCheckReport {
  asked: number;
  /** Could not be sent now: asked again on the next run. */
  deferred: number;
}

export async function askWhetherResolved(
  deps: ResolutionCheckDependencies,
  now: Date,
): Promise<ResolutionCheckReport> {
  const { repos } = deps;
  const reference = await repos.reference.load({ fresh: true });
  const from = vietnamDate(new Date(now.getTime() - LOOKBACK_DAYS * DAY));
  const to = vietnamDate(new Date(now.getTime() - DAY));
  const report: ResolutionCheckReport = { asked: 0, deferred: 0 };
  for (const council of reference.records.councils) {
    for (const code of await repos.resolvedChecks.promisedBetween(council.id, from, to)) {
      const petition = await repos.petitions.get(code);
      const answer = petition?.answer;
      if (!petition || !answer || !resolutionDue(petition, Date.parse(answer.answeredAt), now)) continue;
      if (!(await repos.resolvedChecks.claimAsked(code, answer.answeredAt, now))) continue;
      const contact = await repos.petitions.getContact(petition, now);
      // No address (or erased): nobody to ask; the claim stays, so nobody is asked later either.
      if (!contact?.email) continue;
      const link = resolutionLink(
        deps.feedbackSecret,
        deps.siteUrl,
        code,
        answer.answeredAt,
        petition.locale,
      );
      const date = formatVietnamDate(`${answer.resolveBy}T12:00:00+07:00`, 'vi');
      const email = renderEmail({
        subject: `Kiến nghị ${displayCode(code)}: ${translate('vi', 'resolvedCheck.title')}`,
        greeting: greeting(contact.name),
        blocks: [
          { kind: 'paragraph', text: translate('vi', 'resolvedCheck.intro', { date }) },
          {
            kind: 'facts',
            rows: [
              { label: 'Mã theo dõi', value: displayCode(code) },
              { label: 'Tiêu đề', value: petition.title },
            ],
          },
          { kind: 'link', label: translate('vi', 'resolvedCheck.title'), url: link },
        ],
        signature: council.name,
      });
      try {
        await deps.sender.send({ to: contact.email, ...email, tags: { kind: 'resolution_check' } });
        report.asked++;
      } catch (error) {
        log.warn('resolution check not sent, will retry', { ...errorFields(error) });
        await repos.resolvedChecks.releaseAsked(code, answer.answeredAt);
        report.deferred++;
      }
    }
  }
  return report;
}
