/** The data layer: one repository per entity, each owning its keys. */
import { ApiKeyRepository } from './api-key-repository.ts';
import { AuditRepository } from './audit-repository.ts';
import type { Database } from './client.ts';
import { IdempotencyRepository } from './idempotency-repository.ts';
import { MeetingRepository } from './meeting-repository.ts';
import { PetitionRepository } from './petition-repository.ts';
import { RateLimitRepository } from './rate-limit-repository.ts';
import { RecipientRepository } from './recipient-repository.ts';
import { ReferenceRepository } from './reference-repository.ts';
import { StatisticsRepository } from './statistics-repository.ts';

export interface Repositories {
  db: Database;
  reference: ReferenceRepository;
  petitions: PetitionRepository;
  meetings: MeetingRepository;
  idempotency: IdempotencyRepository;
  rateLimits: RateLimitRepository;
  recipients: RecipientRepository;
  apiKeys: ApiKeyRepository;
  audit: AuditRepository;
  statistics: StatisticsRepository;
}

export function createRepositories(
  db: Database,
  options: { referenceCacheSeconds?: number } = {},
): Repositories {
  return {
    db,
    reference: new ReferenceRepository(db, { cacheSeconds: options.referenceCacheSeconds ?? 60 }),
    petitions: new PetitionRepository(db),
    meetings: new MeetingRepository(db),
    idempotency: new IdempotencyRepository(db),
    rateLimits: new RateLimitRepository(db),
    recipients: new RecipientRepository(db),
    apiKeys: new ApiKeyRepository(db),
    audit: new AuditRepository(db),
    statistics: new StatisticsRepository(db),
  };
}

export { createDatabase, type Database, databaseFromConfig, type TableConfig } from './client.ts';
export type { Page } from './pagination.ts';
export type { PageRequest, PetitionChange, PetitionRecord } from './petition-repository.ts';
