/** The idempotency record's keys, built here and nowhere else: one item per (scope, key). */
import { createHash } from 'node:crypto';

export const idempotencyKeys = {
  // The key is hashed: clients choose it, and it should not become a readable item key.
  pk: (scope: string, key: string) =>
    `IDEMPOTENCY#${scope}#${createHash('sha256').update(key).digest('hex')}`,
  sk: 'IDEMPOTENCY',
};
