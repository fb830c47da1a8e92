/** What the public API is built from: Lambda and the local stack pass the same things. */
import type { Context } from 'hono';
import type { Config } from '../lib/config.ts';
import type { Repositories } from '../lib/data/index.ts';

export interface PublicApiDependencies {
  repos: Repositories;
  config: Config;
  /** The client's network address (for rate limits); differs between Lambda and Node. */
  clientAddress?: (c: Context) => string;
  now?: () => Date;
}
