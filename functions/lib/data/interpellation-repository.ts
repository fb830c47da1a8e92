/**
 * Interpellations (chất vấn) of a session, with the commitments made in answer:
 *
 *   pk INTERPELLATION#<id>  sk INTERPELLATION   gsi8 = SESSION#<session>#INTERPELLATIONS / <createdAt>#<id>
 *
 * Commitments live inside the item with ids that never change, so the oversight work
 * (DESIGN §9) can point at one with (interpellation id, commitment id).
 */
import type { Interpellation } from '../../../shared/schemas/index.ts';
import { interpellationKeys as keys } from './interpellation-keys.ts';
import { withoutKeys } from './items.ts';
import { readAllPages } from './pagination.ts';
import { TableRepository } from './repository-base.ts';
import { putAtVersion, putNew, queryIndexPage, readItem, writeAlone } from './versioned-entity.ts';

export class InterpellationRepository extends TableRepository {
  private item(i: Interpellation) {
    return {
      ...i,
      pk: keys.pk(i.id),
      sk: keys.sk,
      entity: 'interpellation',
      gsi8pk: keys.bySession(i.sessionId),
      gsi8sk: keys.sessionSk(i),
    };
  }

  async create(i: Interpellation): Promise<void> {
    await writeAlone(this.db, putNew(this.db, this.item(i)));
  }

  /** Replaces the interpellation read at `before`, on the condition that nobody saved since. */
  async save(before: Interpellation, after: Interpellation): Promise<void> {
    await writeAlone(
      this.db,
      putAtVersion(this.db, this.item(after), { attribute: 'version', expected: before.version }),
    );
  }

  get(id: string): Promise<Interpellation | undefined> {
    return readItem<Interpellation>(this.db, { pk: keys.pk(id), sk: keys.sk });
  }

  /** A session's interpellations in the order they were recorded. */
  listBySession(sessionId: string): Promise<Interpellation[]> {
    const partition = keys.bySession(sessionId);
    return readAllPages(async (cursor) => {
      const page = await queryIndexPage(this.db, { index: 'gsi8', partition, page: { cursor, limit: 100 } });
      return { ...page, items: page.items.map((item) => withoutKeys<Interpellation>(item)) };
    });
  }
}
