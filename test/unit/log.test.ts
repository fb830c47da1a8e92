/**
 * LOG_LEVEL is configuration like any other: read once when a function starts, and a value
 * that is not a level stops it with the variable's name (no silent fallback to "info").
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const loadLog = () => import('../../functions/lib/log.ts');

describe('the log level', () => {
  // The unit project shares modules across files: another file may have loaded log.ts already.
  beforeEach(() => vi.resetModules());
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('stops the process at start, naming LOG_LEVEL, when it is not a level', async () => {
    vi.stubEnv('LOG_LEVEL', 'verbose');
    await expect(loadLog()).rejects.toThrow(/LOG_LEVEL/);
  });

  it('writes only lines at or above the level it was started with', async () => {
    vi.stubEnv('LOG_LEVEL', 'warn');
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const { log } = await loadLog();
    log.info('petition.submitted');
    log.warn('petition.slow');
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(stderr.mock.calls[0]![0]))).toMatchObject({
      level: 'warn',
      message: 'petition.slow',
    });
  });

  it('is info when unset', async () => {
    vi.stubEnv('LOG_LEVEL', undefined);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const { log } = await loadLog();
    log.debug('cursor.decoded');
    log.info('petition.submitted');
    expect(stdout).toHaveBeenCalledTimes(1);
  });
});
