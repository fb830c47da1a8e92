/**
 * A provider's local stand-in (infra/local/sms-gateway.ts, zalo-gateway.ts) for one test file:
 * started once on a free port, emptied before each test, and failing a call with the next of
 * the faults a test lines up (`faults`), then answering normally.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { freePort } from '../../infra/local/ports.ts';

export function useStandIn<Gateway extends { stop(): Promise<void>; clear(): void }, Fault>(
  start: (options: { port: number; fault: () => Fault | undefined }) => Promise<Gateway>,
): { gateway: Gateway; faults: Fault[] } {
  const standIn = { gateway: undefined as unknown as Gateway, faults: [] as Fault[] };
  beforeAll(async () => {
    standIn.gateway = await start({ port: await freePort(), fault: () => standIn.faults.shift() });
  });
  afterAll(() => standIn.gateway?.stop());
  beforeEach(() => {
    standIn.gateway.clear();
    standIn.faults = [];
  });
  return standIn;
}
