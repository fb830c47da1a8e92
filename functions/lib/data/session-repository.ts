/**
 * Sessions (DESIGN §8). The compact session record stays in the reference data, which
 * meetings, reports and statistics already read; the agenda and the views live in the
 * session's own partition, so that a session page is one Query:
 *
 *   pk REFERENCE         sk SESSION#<id>          the session (name, number, dates, kind, venue, status, version)
 *   pk SESSION#<id>      sk PUB#AGENDA            its agenda items, in order, versioned as one
 *                        sk PUB#VIEW#<viewId>     a view on one item (online or from a meeting), versioned
 *                        sk PRIVATE#VIEW#<viewId> the name an online author gave (optional; never under PUB#)
 *
 * Every save is conditional on the version read (ConflictError, 409, on a stale one).
 */
import { ConflictError, NotFoundError } from '../../../shared/errors.ts';
import type {
  CouncilSession,
  PublicAttachment,
  SessionAgenda,
  SessionView,
} from '../../../shared/schemas/index.ts';
import { attachmentKeys } from './attachment-keys.ts';
import { withoutKeys } from './items.ts';
import { queryAll } from './query-all.ts';
import { referenceKeys } from './reference-keys.ts';
import { TableRepository } from './repository-base.ts';
import { sessionKeys } from './session-keys.ts';
import { type TransactStep, transactWrite } from './transactions.ts';
import { putAtVersion, putNew, readItem } from './versioned-entity.ts';

export interface SessionContents {
  agenda: SessionAgenda | undefined;
  /** Every view, whatever its status: a public caller keeps only the published ones. */
  views: SessionView[];
  /** The public copies of the session's documents (attachment-keys.ts: `PUB#ATTACHMENT#`), read by the same Query. */
  documents?: PublicAttachment[];
}

export class SessionRepository extends TableRepository {
  private sessionPut(session: CouncilSession) {
    return {
      TableName: this.db.tableName,
      Item: { pk: referenceKeys.pk, sk: referenceKeys.sk('sessions', session.id), data: session },
    };
  }

  private agendaItem(agenda: SessionAgenda) {
    return { ...agenda, pk: sessionKeys.pk(agenda.sessionId), sk: sessionKeys.agendaSk, entity: 'agenda' };
  }

  private viewItem(view: SessionView) {
    return {
      ...view,
      pk: sessionKeys.pk(view.sessionId),
      sk: sessionKeys.viewSk(view.id),
      entity: 'session-view',
    };
  }

  /** A new session and its (empty or given) agenda, at once; refuses an id already used. */
  async create(session: CouncilSession, agenda: SessionAgenda): Promise<void> {
    await transactWrite(this.db, [
      putNew(this.db, this.sessionPut(session).Item),
      putNew(this.db, this.agendaItem(agenda)),
    ]);
  }

  /** Replaces the session read at `before` (records written before versions count as version 0). */
  async save(before: CouncilSession, after: CouncilSession): Promise<void> {
    const expected = before.version ?? 0;
    await transactWrite(this.db, [
      {
        item: {
          Put: {
            ...this.sessionPut(after),
            ConditionExpression:
              expected === 0
                ? 'attribute_exists(pk) AND (attribute_not_exists(#data.#version) OR #data.#version = :v)'
                : '#data.#version = :v',
            ExpressionAttributeNames: { '#data': 'data', '#version': 'version' },
            ExpressionAttributeValues: { ':v': expected },
          },
        },
        onConditionFailed: () => new ConflictError('entity.conflict'),
      },
    ]);
  }

  getAgenda(sessionId: string): Promise<SessionAgenda | undefined> {
    return readItem<SessionAgenda>(this.db, { pk: sessionKeys.pk(sessionId), sk: sessionKeys.agendaSk });
  }

  /** Writes the agenda read at `before` (or the first one, when none was stored). */
  async saveAgenda(before: SessionAgenda | undefined, after: SessionAgenda): Promise<void> {
    const item = this.agendaItem(after);
    await transactWrite(this.db, [
      before
        ? putAtVersion(this.db, item, { attribute: 'version', expected: before.version })
        : // Two first agendas at once: the second saw none, as a stale version would.
          { ...putNew(this.db, item), onConditionFailed: () => new ConflictError('entity.conflict') },
    ]);
  }

  /**
   * The steps that add a view (and its author's name, when given), conditional on the agenda
   * still being the one the view was checked against: an item closed meanwhile refuses it.
   */
  addViewSteps(view: SessionView, agendaVersion: number, authorName?: string): TransactStep[] {
    const pk = sessionKeys.pk(view.sessionId);
    return [
      putNew(this.db, this.viewItem(view)),
      {
        item: {
          ConditionCheck: {
            TableName: this.db.tableName,
            Key: { pk, sk: sessionKeys.agendaSk },
            ConditionExpression: '#version = :v',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':v': agendaVersion },
          },
        },
        onConditionFailed: () => new ConflictError('sessionView.agendaChanged'),
      },
      ...(authorName
        ? [
            {
              item: {
                Put: {
                  TableName: this.db.tableName,
                  Item: {
                    pk,
                    sk: sessionKeys.authorSk(view.id),
                    entity: 'session-view-author',
                    name: authorName,
                  },
                },
              },
            },
          ]
        : []),
    ];
  }

  async addView(
    view: SessionView,
    agendaVersion: number,
    options: { authorName?: string | undefined; extra?: readonly TransactStep[] } = {},
  ): Promise<void> {
    await transactWrite(this.db, [
      ...this.addViewSteps(view, agendaVersion, options.authorName),
      ...(options.extra ?? []),
    ]);
  }

  async getView(sessionId: string, viewId: string): Promise<SessionView> {
    const view = await readItem<SessionView>(this.db, {
      pk: sessionKeys.pk(sessionId),
      sk: sessionKeys.viewSk(viewId),
    });
    if (!view) throw new NotFoundError('entity.notFound');
    return view;
  }

  /** Moderation: replaces the view read at `before`. */
  async saveView(before: SessionView, after: SessionView): Promise<void> {
    await transactWrite(this.db, [
      putAtVersion(this.db, this.viewItem(after), { attribute: 'version', expected: before.version }),
    ]);
  }

  /** The agenda and every view: one Query of the partition's public part (page after page). */
  async contents(sessionId: string): Promise<SessionContents> {
    const contents: SessionContents = { agenda: undefined, views: [] };
    const items = await queryAll(this.db, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': sessionKeys.pk(sessionId), ':prefix': sessionKeys.publicPrefix },
    });
    for (const item of items) {
      if (item.sk === sessionKeys.agendaSk) contents.agenda = withoutKeys<SessionAgenda>(item);
      else if (String(item.sk).startsWith(sessionKeys.viewPrefix))
        contents.views.push(withoutKeys<SessionView>(item));
      else if (String(item.sk).startsWith(attachmentKeys.publicPrefix) && !item.expired)
        contents.documents = [
          ...(contents.documents ?? []),
          withoutKeys<PublicAttachment>(item, ['expiresAt']),
        ];
    }
    return contents;
  }
}
