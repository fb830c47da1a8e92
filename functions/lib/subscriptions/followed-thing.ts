/** What a subscription follows, in words: "petition 7KQM-…", "the answers to petitions from Vân Nham". */
import { type Locale, translate } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { Subscription } from '../../../shared/schemas/index.ts';
import { formatTrackingCode } from '../../../shared/tracking-code.ts';

export function followedThing(
  s: Pick<Subscription, 'target' | 'targetId'>,
  reference: ReferenceData,
  locale: Locale,
): string {
  return s.target === 'petition'
    ? translate(locale, 'subscription.whatPetition', { code: formatTrackingCode(s.targetId) })
    : translate(locale, 'subscription.whatCommune', {
        commune: reference.units.get(s.targetId)?.name ?? s.targetId,
      });
}
