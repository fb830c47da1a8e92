/** Whether the track page shows "is it resolved?" (a genuine `giai-quyet` token), and if not answerable, why. */
import type { Context } from 'hono';
import { translate } from '../../../shared/messages/index.ts';
import type { Petition } from '../../../shared/schemas/index.ts';
import type { Config } from '../../lib/config.ts';
import type { Repositories } from '../../lib/data/index.ts';
import { localeOf } from '../../lib/http/locale.ts';
import { resolutionDue } from '../../lib/petitions/confirm-resolved.ts';
import { RESOLUTION_TOKEN_PARAM, resolutionTokenAnswer } from '../../lib/petitions/resolved-token.ts';
import type { ResolutionFormOptions } from './resolved-section.ts';

export async function resolutionOptionsOf(
  c: Context,
  repos: Repositories,
  config: Config,
  petition: Petition,
  now: Date,
): Promise<ResolutionFormOptions | undefined> {
  const token = c.req.query(RESOLUTION_TOKEN_PARAM);
  if (!token) return undefined;
  const answerMs = resolutionTokenAnswer(config.FEEDBACK_TOKEN_SECRET, petition.code, token);
  if (answerMs === undefined) return undefined;
  const locale = localeOf(c);
  if (!resolutionDue(petition, answerMs, now))
    return { token, refusal: translate(locale, 'resolvedCheck.notDue') };
  if (await repos.resolvedChecks.reply(petition.code, petition.answer!.answeredAt))
    return { token, refusal: translate(locale, 'resolvedCheck.answered') };
  return { token };
}
