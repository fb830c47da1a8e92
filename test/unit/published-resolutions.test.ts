/** A resolution or an interpellation changed in the table rebuilds the site, like a published result or meeting. */
import { describe, expect, it } from 'vitest';
import { attachmentKeys } from '../../functions/lib/data/attachment-keys.ts';
import { interpellationKeys } from '../../functions/lib/data/interpellation-keys.ts';
import { resolutionKeys } from '../../functions/lib/data/resolution-keys.ts';
import { PUBLISHED_CONTENT_PATTERNS } from '../../infra/lib/published-content.ts';

describe('published content: resolutions and interpellations', () => {
  it('lets through a change to a resolution or an interpellation item, not to each of its list copies', () => {
    const patterns = JSON.stringify(PUBLISHED_CONTENT_PATTERNS);
    expect(patterns).toContain(
      `"Keys":{"sk":{"S":["${resolutionKeys.resolutionSk}","${interpellationKeys.sk}",`,
    );
    expect(patterns).not.toContain('LIST#');
  });

  it("lets through a change to a file's public copy (a photo marked publishable, a session's document)", () => {
    expect(JSON.stringify(PUBLISHED_CONTENT_PATTERNS)).toContain(
      `{"prefix":"${attachmentKeys.publicPrefix}"}`,
    );
  });

  it('stays within the five filters an EventBridge pipe takes', () => {
    expect(PUBLISHED_CONTENT_PATTERNS.length).toBeLessThanOrEqual(5);
  });
});
