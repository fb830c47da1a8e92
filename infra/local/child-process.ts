/** What the local stack's child processes (DynamoDB Local, the Astro dev server) share. */
import type { ChildProcess } from 'node:child_process';

/**
 * A stop() for a spawned child: SIGTERM, then SIGKILL if it has not exited within five
 * seconds; resolves once it has exited (at once if it already had).
 */
export function stopperOf(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
}
