/**
 * Which table changes can alter the public site: a petition that is, or was, in the
 * published-results index, a meeting that is, or was, published, and a resolution or an
 * interpellation. Both the new and
 * the old image count, so unpublishing rebuilds the site too. The attribute names come
 * from the shared table definition and the repositories' key builders.
 */

import { attachmentKeys } from '../../functions/lib/data/attachment-keys.ts';
import { interpellationKeys } from '../../functions/lib/data/interpellation-keys.ts';
import { meetingKeys } from '../../functions/lib/data/meeting-keys.ts';
import { resolutionKeys } from '../../functions/lib/data/resolution-keys.ts';
import type { Meeting } from '../../shared/schemas/index.ts';
import { TABLE } from '../../shared/table.ts';

const publishedIndex = TABLE.indexes.find((index) => index.name === 'gsi5');
if (!publishedIndex) throw new Error('shared/table.ts has no gsi5 (published results)');
const PUBLISHED_KEY = publishedIndex.partitionKey.name;
const MEETING_PUBLISHED: keyof Meeting = 'published';

type Image = 'NewImage' | 'OldImage';

const publishedPetition = (image: Image) => ({
  dynamodb: { [image]: { [PUBLISHED_KEY]: { S: [{ exists: true }] } } },
});

const publishedMeeting = (image: Image) => ({
  dynamodb: {
    Keys: { [TABLE.sortKey.name]: { S: [meetingKeys.meetingSk] } },
    [image]: { [MEETING_PUBLISHED]: { BOOL: [true] } },
  },
});

/**
 * A resolution or an interpellation (DESIGN §8), all public: any change to the item itself, not
 * its list copies; and a file's public copy (an answer's or a session's document, a resolution's
 * signed text, a photo marked or unmarked publishable, issue #18), in the same filter: a pipe
 * takes five.
 */
const sessionResult = {
  dynamodb: {
    Keys: {
      [TABLE.sortKey.name]: {
        S: [resolutionKeys.resolutionSk, interpellationKeys.sk, { prefix: attachmentKeys.publicPrefix }],
      },
    },
  },
};

/** EventBridge Pipes filter patterns (any one matching lets the record through; a pipe takes at most five). */
export const PUBLISHED_CONTENT_PATTERNS = [
  publishedPetition('NewImage'),
  publishedPetition('OldImage'),
  publishedMeeting('NewImage'),
  publishedMeeting('OldImage'),
  sessionResult,
];
