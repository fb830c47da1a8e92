/** The data layer: one repository per entity, each owning its keys. */
import { ApiKeyRepository } from './api-key-repository.ts';
import { UploadRepository } from './attachment-repository.ts';
import { AuditRepository } from './audit-repository.ts';
import type { Database } from './client.ts';
import { IdempotencyRepository } from './idempotency-repository.ts';
import { InterpellationRepository } from './interpellation-repository.ts';
import { MeetingRepository } from './meeting-repository.ts';
import { PetitionRepository } from './petition-repository.ts';
import { RateLimitRepository } from './rate-limit-repository.ts';
import { RecipientRepository } from './recipient-repository.ts';
import { ReferenceRepository } from './reference-repository.ts';
import { ResolutionRepository } from './resolution-repository.ts';
import { ResolvedCheckRepository } from './resolved-check-repository.ts';
import { SessionRepository } from './session-repository.ts';
import { SimilarPetitionRepository } from './similar-repository.ts';
import { StatisticsRepository } from './statistics-repository.ts';
import { SubscriptionRepository } from './subscription-repository.ts';
import { SupporterRepository } from './supporter-repository.ts';

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
  resolutions: ResolutionRepository;
  interpellations: InterpellationRepository;
  sessions: SessionRepository;
  similar: SimilarPetitionRepository;
  supporters: SupporterRepository;
  subscriptions: SubscriptionRepository;
  resolvedChecks: ResolvedCheckRepository;
  uploads: UploadRepository;
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
    resolutions: new ResolutionRepository(db),
    interpellations: new InterpellationRepository(db),
    sessions: new SessionRepository(db),
    similar: new SimilarPetitionRepository(db),
    supporters: new SupporterRepository(db),
    subscriptions: new SubscriptionRepository(db),
    resolvedChecks: new ResolvedCheckRepository(db),
    uploads: new UploadRepository(db),
    statistics: new StatisticsRepository(db),
  };
}

export { createDatabase, type Database, databaseFromConfig, type TableConfig } from './client.ts';
export type { Page } from './pagination.ts';
export type { PageRequest, PetitionChange, PetitionRecord } from './petition-repository.ts';
