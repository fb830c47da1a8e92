/**
 * Where the local stream poller stopped reading, kept in the data folder when the stack
 * persists (`npm start -- --persist`), so that a restart after a crash hands the notifier
 * what was written but not yet handled. One file per folder: for the table's stream (a new
 * table has a new stream, and its old positions mean nothing), each shard's last handled
 * sequence number, or that it was read to its end. Written whole to a temporary file and
 * renamed, so a crash leaves the old position or the new one, never half of either.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ShardPosition {
  /** The last sequence number handled (or given up on); absent: nothing read yet, start at its beginning. */
  after?: string;
  /** Closed and read to its end: never read again. */
  finished?: boolean;
}

interface CheckpointFile {
  streamArn: string;
  shards: Record<string, ShardPosition>;
}

export interface StreamCheckpoint {
  /** The positions kept for this stream, or undefined the first time (or for a new table). */
  readonly saved: ReadonlyMap<string, ShardPosition> | undefined;
  set(shardId: string, position: ShardPosition): void;
}

export const CHECKPOINT_FILE = 'stream-positions.json';

function load(file: string, streamArn: string): Map<string, ShardPosition> | undefined {
  let parsed: CheckpointFile;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as CheckpointFile;
  } catch {
    return undefined; // none yet (or unreadable: start as if new)
  }
  if (parsed.streamArn !== streamArn || typeof parsed.shards !== 'object') return undefined;
  return new Map(Object.entries(parsed.shards));
}

export function openStreamCheckpoint(dir: string, streamArn: string): StreamCheckpoint {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, CHECKPOINT_FILE);
  const saved = load(file, streamArn);
  const current = new Map(saved ?? []);
  return {
    saved,
    set(shardId, position) {
      current.set(shardId, position);
      const content: CheckpointFile = { streamArn, shards: Object.fromEntries(current) };
      writeFileSync(`${file}.tmp`, `${JSON.stringify(content, null, 2)}\n`);
      renameSync(`${file}.tmp`, file);
    },
  };
}
