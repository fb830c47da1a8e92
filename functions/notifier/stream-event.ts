/**
 * DynamoDB Stream events as Lambda delivers them (the local poller builds the same
 * shape), and the one question the notifier asks of each record: is it a new timeline
 * event, and which?
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { TimelineEvent } from '../../shared/schemas/index.ts';
import { petitionKeys } from '../lib/data/petition-keys.ts';

export interface StreamRecord {
  eventID?: string;
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE';
  eventSource?: string;
  eventVersion?: string;
  awsRegion?: string;
  eventSourceARN?: string;
  dynamodb?: {
    /** Seconds since the epoch, as Lambda sends it. */
    ApproximateCreationDateTime?: number;
    Keys?: Record<string, AttributeValue>;
    NewImage?: Record<string, AttributeValue>;
    OldImage?: Record<string, AttributeValue>;
    SequenceNumber?: string;
    SizeBytes?: number;
    StreamViewType?: string;
  };
}

export interface StreamEvent {
  Records: StreamRecord[];
}

/** Lambda's partial batch response: it resumes the shard from the lowest failed sequence number. */
export interface StreamBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/** A record that cannot be read: it fails on its own, never the batch. */
export class PoisonRecordError extends Error {
  constructor(problem: string, options?: { cause?: unknown }) {
    super(`Unreadable stream record: ${problem}`, options);
    this.name = 'PoisonRecordError';
  }
}

/**
 * The timeline event a record inserted, or undefined for every other change (petition
 * updates, contacts, delivery records, other entities). Throws PoisonRecordError when a
 * record claims to insert an event but its image is not one.
 */
export function insertedTimelineEvent(record: StreamRecord): TimelineEvent | undefined {
  if (record.eventName !== 'INSERT') return undefined;
  const keys = record.dynamodb?.Keys;
  if (!keys) throw new PoisonRecordError('no keys');
  const sk = keys.sk?.S;
  if (typeof sk !== 'string') throw new PoisonRecordError('no sort key');
  if (!sk.startsWith(petitionKeys.eventPrefix)) return undefined;
  const image = record.dynamodb?.NewImage;
  if (!image) throw new PoisonRecordError('no new image (the stream must carry NEW_AND_OLD_IMAGES)');
  let item: Record<string, unknown>;
  try {
    item = unmarshall(image);
  } catch (error) {
    throw new PoisonRecordError('image is not DynamoDB JSON', { cause: error });
  }
  const parsed = TimelineEvent.safeParse(item);
  if (!parsed.success) throw new PoisonRecordError('image is not a timeline event', { cause: parsed.error });
  return parsed.data;
}
