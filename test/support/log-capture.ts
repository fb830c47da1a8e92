/**
 * Every line the process writes (stdout and stderr, where the one logger writes) from now
 * until `restore()`, kept from the terminal: for the tests that check no log line carries
 * personal data.
 */
import { vi } from 'vitest';

export function captureLogs(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const capture = (chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  return {
    lines,
    restore: () => {
      out.mockRestore();
      err.mockRestore();
    },
  };
}
