/**
 * Answer templates of an agency (layout in answer-template-keys.ts): a GetItem for one, a
 * Query for the agency's list, and writes conditioned on the version the editor read.
 */
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { AnswerTemplate } from '../../../shared/schemas/index.ts';
import { answerTemplateKeys } from './answer-template-keys.ts';
import { TableRepository } from './repository-base.ts';
import { conditional } from './transactions.ts';

/** At most this many templates per agency: the list is one page. */
export const MAX_TEMPLATES_PER_AGENCY = 200;

export class AnswerTemplateRepository extends TableRepository {
  private key(agencyId: string, id: string) {
    return { pk: answerTemplateKeys.pk(agencyId), sk: answerTemplateKeys.sk(id) };
  }

  async get(agencyId: string, id: string): Promise<AnswerTemplate> {
    const { Item } = await this.db.doc.send(
      new GetCommand({ TableName: this.db.tableName, Key: this.key(agencyId, id) }),
    );
    if (!Item) throw new NotFoundError('template.notFound');
    return Item.data as AnswerTemplate;
  }

  async list(agencyId: string): Promise<AnswerTemplate[]> {
    const { Items } = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': answerTemplateKeys.pk(agencyId),
          ':prefix': answerTemplateKeys.skPrefix,
        },
        Limit: MAX_TEMPLATES_PER_AGENCY,
      }),
    );
    return (Items ?? [])
      .map((i) => i.data as AnswerTemplate)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  async create(template: AnswerTemplate): Promise<void> {
    await this.put(template, { ConditionExpression: 'attribute_not_exists(pk)' }, 'entity.duplicate');
  }

  /** Replaces the template the editor read: `template.version` is one more than that. */
  async update(template: AnswerTemplate): Promise<void> {
    await this.put(
      template,
      {
        ConditionExpression: 'version = :read',
        ExpressionAttributeValues: { ':read': template.version - 1 },
      },
      'template.conflict',
    );
  }

  /** The template's Put on `condition`; a failed condition is a 409 saying `conflict`. */
  private async put(
    template: AnswerTemplate,
    condition: Pick<PutCommandInput, 'ConditionExpression' | 'ExpressionAttributeValues'>,
    conflict: MessageKey,
  ): Promise<void> {
    await conditional(
      () =>
        this.db.doc.send(
          new PutCommand({
            TableName: this.db.tableName,
            Item: { ...this.key(template.agencyId, template.id), data: template, version: template.version },
            ...condition,
          }),
        ),
      () => new ConflictError(conflict),
    );
  }

  async delete(agencyId: string, id: string, version: number): Promise<void> {
    await conditional(
      () =>
        this.db.doc.send(
          new DeleteCommand({
            TableName: this.db.tableName,
            Key: this.key(agencyId, id),
            ConditionExpression: 'version = :read',
            ExpressionAttributeValues: { ':read': version },
          }),
        ),
      () => new ConflictError('template.conflict'),
    );
  }
}
