/**
 * An after-session meeting names the resolutions it explains ("phổ biến, giải thích nghị
 * quyết", DESIGN §8.4): each must be a resolution of the meeting's own council.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { Repositories } from '../data/index.ts';

export async function checkMeetingResolutions(
  repos: Pick<Repositories, 'resolutions'>,
  meeting: { councilId: string; resolutionIds?: readonly string[] | undefined },
): Promise<void> {
  const ids = meeting.resolutionIds ?? [];
  const found = await Promise.all(ids.map((id) => repos.resolutions.get(id)));
  const problems: Record<string, { key: MessageKey }> = {};
  found.forEach((r, i) => {
    if (!r) problems[`resolutionIds.${i}`] = { key: 'field.unknownResolution' };
    else if (r.councilId !== meeting.councilId)
      problems[`resolutionIds.${i}`] = { key: 'field.otherCouncil' };
  });
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
}
