/** What the public API is built from: Lambda and the local stack pass the same things. */
import type { Context } from 'hono';
import type { SearchIndexSource } from '../../shared/search/query.ts';
import type { AttachmentStore } from '../lib/attachments/store.ts';
import type { Config } from '../lib/config.ts';
import type { Repositories } from '../lib/data/index.ts';

export interface PublicApiDependencies {
  repos: Repositories;
  config: Config;
  /** The client's network address (for rate limits); differs between Lambda and Node. */
  clientAddress?: (c: Context) => string;
  now?: () => Date;
  /** The site's static search index; by default read from SEARCH_INDEX_URL or PUBLIC_SITE_URL. */
  searchIndex?: SearchIndexSource;
  /** The attachments bucket; without it there are no uploads (404) and no files. */
  attachments?: AttachmentStore;
}
