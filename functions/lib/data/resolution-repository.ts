/**
 * Resolutions (nghị quyết). Each lives in its own partition with a copy per list it
 * appears in, so that every public filter is one Query on gsi8, newest first:
 *
 *   pk RESOLUTION#<id>  sk RESOLUTION                the resolution; gsi8 = COUNCIL#<c>#RESOLUTIONS
 *                       sk LIST#STATUS               gsi8 = COUNCIL#<c>#RESOLUTIONS#STATUS#<status>
 *                       sk LIST#SESSION              gsi8 = SESSION#<session>#RESOLUTIONS
 *                       sk LIST#FIELD#<f>            gsi8 = COUNCIL#<c>#RESOLUTIONS#FIELD#<f>
 *                       sk LIST#FIELD#<f>#STATUS     gsi8 = COUNCIL#<c>#RESOLUTIONS#FIELD#<f>#STATUS#<status>
 *   gsi8sk = <adoptedOn>#<id> everywhere; a year is a range of it.
 *   pk RESOLUTION_NUMBER#<council>#<number>  sk RESOLUTION_NUMBER   the number register (unique per council)
 *
 * Every write (a new resolution, an edit, and the resolutions a link rewrites) is one
 * transaction: the resolution conditioned on its version, its number on being free.
 */
import { DuplicateError } from '../../../shared/errors.ts';
import type { Resolution, ResolutionStatus } from '../../../shared/schemas/index.ts';
import { withoutKeys } from './items.ts';
import { type Page, type QueryScope, readAllPages } from './pagination.ts';
import type { PageRequest } from './petition-repository.ts';
import { TableRepository } from './repository-base.ts';
import { resolutionKeys as keys } from './resolution-keys.ts';
import { type TransactStep, transactWrite } from './transactions.ts';
import { putAtVersion, putNew, queryIndexPage, readItem } from './versioned-entity.ts';

export interface ResolutionFilter {
  fieldId?: string | undefined;
  status?: ResolutionStatus | undefined;
  year?: number | undefined;
}

/** One resolution written: `before` as it was read (absent for a new one), `after` as it is to be. */
export interface ResolutionChange {
  before?: Resolution;
  after: Resolution;
}

/** The list copies of `r`: sort key in its partition → the gsi8 partition it is listed in. */
function copiesOf(r: Resolution): Map<string, string> {
  const copies = new Map<string, string>([[keys.statusCopySk, keys.byStatus(r.councilId, r.status)]]);
  if (r.sessionId) copies.set(keys.sessionCopySk, keys.bySession(r.sessionId));
  for (const fieldId of r.fieldIds) {
    copies.set(keys.fieldCopySk(fieldId), keys.byField(r.councilId, fieldId));
    copies.set(keys.fieldStatusCopySk(fieldId), keys.byFieldStatus(r.councilId, fieldId, r.status));
  }
  return copies;
}

export class ResolutionRepository extends TableRepository {
  private put(r: Resolution, sk: string, gsi8pk: string, entity: string) {
    return {
      Put: {
        TableName: this.db.tableName,
        Item: { ...r, pk: keys.pk(r.id), sk, entity, gsi8pk, gsi8sk: keys.adoptedSk(r) },
      },
    };
  }

  private stepsFor({ before, after }: ResolutionChange): TransactStep[] {
    const main = this.put(after, keys.resolutionSk, keys.council(after.councilId), 'resolution').Put.Item;
    const steps: TransactStep[] = [
      before
        ? putAtVersion(this.db, main, { attribute: 'version', expected: before.version })
        : putNew(this.db, main),
    ];
    if (!before || before.number !== after.number) {
      steps.push({
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: {
              pk: keys.numberPk(after.councilId, after.number),
              sk: keys.numberSk,
              entity: 'resolution-number',
              resolutionId: after.id,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DuplicateError('resolution.numberTaken'),
      });
    }
    if (before && before.number !== after.number) {
      steps.push({
        item: {
          Delete: {
            TableName: this.db.tableName,
            Key: { pk: keys.numberPk(before.councilId, before.number), sk: keys.numberSk },
          },
        },
      });
    }
    const copies = copiesOf(after);
    for (const [sk, partition] of copies)
      steps.push({ item: this.put(after, sk, partition, 'resolution-copy') });
    for (const sk of before ? copiesOf(before).keys() : []) {
      if (!copies.has(sk))
        steps.push({
          item: { Delete: { TableName: this.db.tableName, Key: { pk: keys.pk(after.id), sk } } },
        });
    }
    return steps;
  }

  /** Writes every change in one transaction: all of them, or none. */
  async write(changes: readonly ResolutionChange[]): Promise<void> {
    await transactWrite(
      this.db,
      changes.flatMap((change) => this.stepsFor(change)),
    );
  }

  get(id: string): Promise<Resolution | undefined> {
    return readItem<Resolution>(this.db, { pk: keys.pk(id), sk: keys.resolutionSk });
  }

  /** A council's resolutions, newest first: one Query on the list the filter names. */
  list(councilId: string, filter: ResolutionFilter = {}, page: PageRequest = {}): Promise<Page<Resolution>> {
    const { fieldId, status, year } = filter;
    let partition = keys.council(councilId);
    if (fieldId && status) partition = keys.byFieldStatus(councilId, fieldId, status);
    else if (fieldId) partition = keys.byField(councilId, fieldId);
    else if (status) partition = keys.byStatus(councilId, status);
    return this.query(partition, year, page);
  }

  /** The resolutions adopted at a session, newest first (a session adopts a few dozen at most). */
  listBySession(sessionId: string): Promise<Resolution[]> {
    return readAllPages((cursor) => this.query(keys.bySession(sessionId), undefined, { cursor, limit: 200 }));
  }

  private async query(
    partition: string,
    year: number | undefined,
    page: PageRequest,
  ): Promise<Page<Resolution>> {
    const sortKey: QueryScope['sortKey'] = year ? keys.yearRange(year) : {};
    const found = await queryIndexPage(this.db, {
      index: 'gsi8',
      partition,
      sortKey,
      newestFirst: true,
      page,
    });
    return { ...found, items: found.items.map((item) => withoutKeys<Resolution>(item)) };
  }
}
