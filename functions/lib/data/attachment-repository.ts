/**
 * Uploads and the attachments they become (keys in attachment-keys.ts). An upload changes
 * status only forward, each step conditioned on the one before: pending → ready | refused
 * (the processing step), ready → attached (the submission or the staff action that links it,
 * in the same transaction as what it is linked to), so a file is linked once, and never
 * before it was checked.
 */
import { DeleteCommand, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type AttachmentOwnerKind, UPLOAD_RETENTION_SECONDS } from '../../../shared/attachments.ts';
import { BadRequestError, DuplicateError, NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type {
  Attachment,
  AttachmentOwner,
  ProcessedFile,
  PublicAttachment,
  Upload,
} from '../../../shared/schemas/index.ts';
import { attachmentKeys } from './attachment-keys.ts';
import { withoutKeys } from './items.ts';
import { queryAll } from './query-all.ts';
import { TableRepository } from './repository-base.ts';
import { conditional, type TransactStep, transactWrite } from './transactions.ts';

/** The upload is not (or no longer) what the step expected: refused, used, or being processed. */
export class UploadStateError extends BadRequestError {}

const publicCopyOf = (a: Attachment): PublicAttachment => ({
  id: a.id,
  role: a.owner.kind,
  type: a.type,
  bytes: a.bytes,
  ...(a.width ? { width: a.width, height: a.height ?? 0 } : {}),
  hasThumbnail: a.hasThumbnail,
});

export class UploadRepository extends TableRepository {
  private uploadKey(id: string) {
    return { pk: attachmentKeys.uploadPk(id), sk: attachmentKeys.uploadSk };
  }

  /** A new upload (and the client's rate-limit count, when given) in one transaction. */
  async create(upload: Upload, extra: TransactStep[] = []): Promise<void> {
    const expiresAt = Math.floor(Date.parse(upload.createdAt) / 1000) + UPLOAD_RETENTION_SECONDS;
    await transactWrite(this.db, [
      {
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: { ...this.uploadKey(upload.id), entity: 'upload', ...upload, expiresAt },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new DuplicateError('entity.duplicate'),
      },
      ...extra,
    ]);
  }

  async get(id: string): Promise<Upload | undefined> {
    const { Item } = await this.db.doc.send(
      new GetCommand({ TableName: this.db.tableName, Key: this.uploadKey(id), ConsistentRead: true }),
    );
    // An upload whose file went with its petition's contact (retention, erasure) is no longer told.
    return Item && !Item.expired ? withoutKeys<Upload>(Item, ['expiresAt']) : undefined;
  }

  /** The processing step's outcome; only a pending upload gets one (a redelivered event changes nothing). */
  async recordOutcome(
    id: string,
    outcome: { processed: ProcessedFile } | { refusal: MessageKey; params?: Record<string, string> },
    now: Date,
  ): Promise<boolean> {
    const ready = 'processed' in outcome;
    try {
      await conditional(
        () =>
          this.db.doc.send(
            new UpdateCommand({
              TableName: this.db.tableName,
              Key: this.uploadKey(id),
              UpdateExpression: `SET #status = :status, processedAt = :at, #outcome = :outcome${
                !ready && outcome.params ? ', refusalParams = :params' : ''
              }`,
              ConditionExpression: '#status = :pending',
              ExpressionAttributeNames: { '#status': 'status', '#outcome': ready ? 'processed' : 'refusal' },
              ExpressionAttributeValues: {
                ':status': ready ? 'ready' : 'refused',
                ':pending': 'pending',
                ':at': now.toISOString(),
                ':outcome': ready ? outcome.processed : outcome.refusal,
                ...(!ready && outcome.params ? { ':params': outcome.params } : {}),
              },
            }),
          ),
        () => new UploadStateError('attachments.notProcessed'),
      );
      return true;
    } catch (error) {
      if (error instanceof UploadStateError) return false;
      throw error;
    }
  }

  /**
   * The two steps that link a ready upload to its owner: the upload becomes `attached` (only
   * from `ready`, and only for the browser or member of staff it was made for) and the
   * attachment item is written in the owner's partition.
   */
  attachSteps(
    upload: Upload & { processed: ProcessedFile },
    owner: AttachmentOwner,
    binding: { tokenHash: string } | { target: string },
    now: Date,
    /** The input field that named the upload, for the 400 when another request linked it first. */
    field = 'attachments',
  ): TransactStep[] {
    const used = () => new ValidationError({ [field]: { key: 'attachments.used' } });
    const attachment: Attachment = {
      ...upload.processed,
      id: upload.id,
      owner,
      attachedAt: now.toISOString(),
      publishable: false,
    };
    const [bindName, bindValue] =
      'tokenHash' in binding ? ['tokenHash', binding.tokenHash] : ['target', binding.target];
    return [
      {
        item: {
          Update: {
            TableName: this.db.tableName,
            Key: this.uploadKey(upload.id),
            UpdateExpression: 'SET #status = :attached, #owner = :owner REMOVE expiresAt',
            ConditionExpression: '#status = :ready AND #bind = :bind',
            ExpressionAttributeNames: { '#status': 'status', '#owner': 'owner', '#bind': bindName },
            ExpressionAttributeValues: {
              ':attached': 'attached',
              ':ready': 'ready',
              ':owner': owner,
              ':bind': bindValue,
            },
          },
        },
        onConditionFailed: used,
      },
      {
        item: {
          Put: {
            TableName: this.db.tableName,
            Item: {
              pk: attachmentKeys.ownerPk(owner.kind, owner.id),
              sk: attachmentKeys.attachmentSk(upload.id),
              entity: 'attachment',
              ...attachment,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: used,
      },
      // An answer's, a session's or a resolution's document is public with its record; a citizen's
      // file only once the secretariat marks it (setPublishable).
      ...(owner.kind !== 'petition' ? [this.publicCopyStep(attachment)] : []),
    ];
  }

  private publicCopyStep(attachment: Attachment): TransactStep {
    return {
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: {
            pk: attachmentKeys.ownerPk(attachment.owner.kind, attachment.owner.id),
            sk: attachmentKeys.publicSk(attachment.id),
            entity: 'public-attachment',
            ...publicCopyOf(attachment),
          },
        },
      },
    };
  }

  async attach(...args: Parameters<UploadRepository['attachSteps']>): Promise<void> {
    await transactWrite(this.db, this.attachSteps(...args));
  }

  /** The attachments in an owner's partition (a petition's holds its own and its answer's): one Query. */
  async listAttachments(kind: AttachmentOwnerKind, ownerId: string): Promise<Attachment[]> {
    const items = await queryAll(this.db, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': attachmentKeys.ownerPk(kind, ownerId),
        ':prefix': attachmentKeys.attachmentPrefix,
      },
    });
    return items
      .filter((item) => !item.expired)
      .map((item) => withoutKeys<Attachment>(item, ['expiresAt']))
      .sort((a, b) => a.attachedAt.localeCompare(b.attachedAt) || a.id.localeCompare(b.id));
  }

  /** The public copies in an owner's partition (a published result's files): one Query, no private item. */
  async listPublic(kind: AttachmentOwnerKind, ownerId: string): Promise<PublicAttachment[]> {
    const page = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': attachmentKeys.ownerPk(kind, ownerId),
          ':prefix': attachmentKeys.publicPrefix,
        },
      }),
    );
    // At most five citizen files and a few documents: one page.
    return (page.Items ?? [])
      .filter((item) => !item.expired)
      .map((item) => withoutKeys<PublicAttachment>(item, ['expiresAt']))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  /**
   * The secretariat's flag on a citizen's file, and its public copy written or removed with it
   * (the public view still shows it only on a published petition whose submitter consented).
   */
  async setPublishable(owner: AttachmentOwner, id: string, publishable: boolean): Promise<void> {
    const Key = { pk: attachmentKeys.ownerPk(owner.kind, owner.id), sk: attachmentKeys.attachmentSk(id) };
    const { Item } = await this.db.doc.send(
      new GetCommand({ TableName: this.db.tableName, Key, ConsistentRead: true }),
    );
    const attachment = Item ? withoutKeys<Attachment>(Item) : undefined;
    if (attachment?.owner.kind !== owner.kind) throw new NotFoundError('attachments.notFound');
    const publicKey = { pk: Key.pk, sk: attachmentKeys.publicSk(id) };
    await transactWrite(this.db, [
      {
        item: {
          Update: {
            TableName: this.db.tableName,
            Key,
            UpdateExpression: 'SET publishable = :p',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':p': publishable },
          },
        },
        onConditionFailed: () => new NotFoundError('attachments.notFound'),
      },
      publishable
        ? this.publicCopyStep({ ...attachment, publishable })
        : { item: { Delete: { TableName: this.db.tableName, Key: publicKey } } },
    ]);
  }

  /**
   * Retention without DeleteItem (the background functions never delete): the attachment,
   * its public copy and its upload get a TTL of now, and from then on no read returns them.
   */
  async expireAttachment(owner: AttachmentOwner, id: string, now: Date): Promise<void> {
    const pk = attachmentKeys.ownerPk(owner.kind, owner.id);
    const expiresAt = Math.floor(now.getTime() / 1000);
    const keys = [
      { pk, sk: attachmentKeys.attachmentSk(id) },
      { pk, sk: attachmentKeys.publicSk(id) },
      this.uploadKey(id),
    ];
    await Promise.all(
      keys.map((Key) =>
        conditional(
          () =>
            this.db.doc.send(
              new UpdateCommand({
                TableName: this.db.tableName,
                Key,
                UpdateExpression: 'SET expiresAt = :at, expired = :true',
                ConditionExpression: 'attribute_exists(pk)',
                ExpressionAttributeValues: { ':at': expiresAt, ':true': true },
              }),
            ),
          () => new NotFoundError('attachments.notFound'),
        ).catch((error: unknown) => {
          if (!(error instanceof NotFoundError)) throw error;
        }),
      ),
    );
  }

  /** Forgets an attachment and its upload (retention): the files are deleted first by the caller. */
  async deleteAttachment(owner: AttachmentOwner, id: string): Promise<void> {
    const pk = attachmentKeys.ownerPk(owner.kind, owner.id);
    await Promise.all([
      this.db.doc.send(
        new DeleteCommand({ TableName: this.db.tableName, Key: { pk, sk: attachmentKeys.publicSk(id) } }),
      ),
      this.db.doc.send(
        new DeleteCommand({
          TableName: this.db.tableName,
          Key: { pk: attachmentKeys.ownerPk(owner.kind, owner.id), sk: attachmentKeys.attachmentSk(id) },
        }),
      ),
      this.db.doc.send(new DeleteCommand({ TableName: this.db.tableName, Key: this.uploadKey(id) })),
    ]);
  }
}
