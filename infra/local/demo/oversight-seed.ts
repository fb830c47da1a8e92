/** Loads the demo oversight (./oversight.ts) through its repository. */
import type { Repositories } from '../../../functions/lib/data/index.ts';
import { oversightRepository } from '../../../functions/lib/data/oversight-repository.ts';
import { demoOversight } from './oversight.ts';

export async function seedDemoOversight(repos: Repositories, now: Date): Promise<void> {
  const repo = oversightRepository(repos.db);
  const { activities, items } = demoOversight(now);
  for (const activity of activities) await repo.createActivity(activity);
  for (const { item, events } of items) await repo.createItem(item, events);
}
