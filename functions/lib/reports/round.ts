/** What a summary report is gathered from and over: shared by compile-report.ts and round-petitions.ts. */
import type { Council, CouncilSession, Meeting } from '../../../shared/schemas/index.ts';
import type { Repositories } from '../data/index.ts';

export interface ReportDependencies {
  repos: Pick<Repositories, 'meetings' | 'petitions' | 'reference' | 'sessions'>;
  now: () => Date;
}

export interface Round {
  council: Council;
  session?: CouncilSession;
  meetings: Meeting[];
}
