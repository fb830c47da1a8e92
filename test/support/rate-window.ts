/**
 * Rate-limit windows are aligned on the clock (functions/lib/data/rate-limit-repository.ts: a
 * window of 600 s starts at every tenth minute). A test that counts requests against the
 * limit on the real clock calls this first: if the window ends within `marginMs`, it waits
 * for the next one, so that its requests all fall in one window (across a tenth minute, the
 * request meant to be refused lands in a fresh window and passes).
 */
export async function clearOfWindowEnd(windowSeconds = 600, marginMs = 10_000): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
