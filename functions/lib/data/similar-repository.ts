/**
 * The word index behind GET /v1/petitions/similar (keys in similar-keys.ts):
 *
 *   pk SIMILAR#<commune>#<field>#<word>   sk <received>#<code>   { code, title, receivedAt }
 *
 * The items are written when the stream shows a new petition (the notifier: an idempotent Put
 * each, off the submission's path and outside its transaction, so a submission costs what it
 * did), hold only what is public anyway (the code and the title) and are never changed:
 * whether a petition is still open or published is read from the petition itself, so a
 * status change writes nothing here.
 */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Petition } from '../../../shared/schemas/index.ts';
import { indexedWordsOf } from '../../../shared/similar/similar-words.ts';
import { TableRepository } from './repository-base.ts';
import { similarKeys } from './similar-keys.ts';

export interface SimilarCandidate {
  code: string;
  title: string;
  receivedAt: string;
  /** The words of the query it was found by. */
  words: string[];
}

type Indexed = Pick<Petition, 'code' | 'title' | 'communeId' | 'fieldId' | 'receivedAt'>;

/** The index items of a petition: one per word of its title. */
export function similarWordItems(petition: Indexed): Record<string, unknown>[] {
  return indexedWordsOf(petition.title).map((word) => ({
    pk: similarKeys.pk(petition.communeId, petition.fieldId, word),
    sk: similarKeys.sk(petition.receivedAt, petition.code),
    entity: 'similar-word',
    code: petition.code,
    title: petition.title,
    receivedAt: petition.receivedAt,
  }));
}

export class SimilarPetitionRepository extends TableRepository {
  /** Writes a petition's word items (idempotent: a redelivered stream record writes the same items). */
  async index(petition: Indexed): Promise<void> {
    await Promise.all(
      similarWordItems(petition).map((Item) =>
        this.db.doc.send(new PutCommand({ TableName: this.db.tableName, Item })),
      ),
    );
  }

  /**
   * The newest `perWord` petitions of the commune and field holding each word (one Query
   * per word, at most `perWord` items each), merged by code.
   */
  async candidates(
    communeId: string,
    fieldId: string,
    words: readonly string[],
    perWord: number,
  ): Promise<SimilarCandidate[]> {
    const found = new Map<string, SimilarCandidate>();
    const pages = await Promise.all(
      words.map((word) =>
        this.db.doc.send(
          new QueryCommand({
            TableName: this.db.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': similarKeys.pk(communeId, fieldId, word) },
            ProjectionExpression: 'code, title, receivedAt',
            ScanIndexForward: false,
            Limit: perWord,
          }),
        ),
      ),
    );
    pages.forEach((page, i) => {
      for (const item of page.Items ?? []) {
        const code = String(item.code);
        const entry = found.get(code) ?? {
          code,
          title: String(item.title),
          receivedAt: String(item.receivedAt),
          words: [],
        };
        entry.words.push(words[i]!);
        found.set(code, entry);
      }
    });
    return [...found.values()];
  }
}
