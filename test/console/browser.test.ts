/**
 * The staff console in real Chromium against the local stack (DynamoDB Local, the public
 * and staff APIs, the local issuer, the notifier's mailbox) and the site as built.
 * One environment for every suite; they run in this order (accessibility first, on the
 * demo data as seeded; the triage paging last, as it fills the queue).
 */
import { vi } from 'vitest';
import { accessibilitySuite } from './browser/accessibility.ts';
import { agencyAndDelegateSuite } from './browser/agency-delegate.ts';
import { journeySuite } from './browser/journey.ts';
import { secretariatSuite } from './browser/secretariat.ts';
import { sessionSuite } from './browser/session.ts';
import { triageSuite } from './browser/triage.ts';
import { useBrowserEnv } from './support/browser-env.ts';

// Steps in a real browser, while other test files share the two cores: room for a slow moment.
vi.setConfig({ testTimeout: 90_000 });

const use = useBrowserEnv();

accessibilitySuite(use);
journeySuite(use);
sessionSuite(use);
agencyAndDelegateSuite(use);
secretariatSuite(use);
triageSuite(use);
