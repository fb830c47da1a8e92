/** What the local stack's child processes (DynamoDB Local, the Astro dev server) share. */
import type { ChildProcess } from 'node:child_process';

export interface StopOptions {
  /** How long the child has to exit on SIGTERM before it is killed (5 s unless told). */
  graceMs?: number;
}

/**
 * A stop() for a spawned child: SIGTERM, then SIGKILL if it has not exited within the grace
 * (five seconds unless told); resolves once it has exited (at once if it already had).
 */
export function stopperOf(child: ChildProcess): (options?: StopOptions) => Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return async ({ graceMs = 5000 } = {}) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
}
