/**
 * A stored petition record for tests that write or compute on petitions directly (the notifier's,
 * the search index's, the statistics'): received online in Vân Nham (Hữu Lũng), about road
 * safety, with a fresh tracking code. A test states what it relies on as an override.
 */
import type { Petition } from '../../shared/schemas/index.ts';
import { generateTrackingCode } from '../../shared/tracking-code.ts';

export function newPetition(overrides: Partial<Petition> = {}): Petition {
  const now = '2026-11-30T17:30:00.000Z';
  return {
    code: generateTrackingCode(),
    councilId: 'huu-lung',
    channel: 'online',
    status: 'received',
    fieldId: 'an-toan-giao-thong',
    localityId: 'van-nham',
    communeId: 'van-nham',
    title: 'Sửa chữa đường liên xã Vân Nham – Minh Tiến',
    content: 'Đoạn đường liên xã bị sạt lở sau mưa lũ, đề nghị sớm sửa chữa để bảo đảm an toàn.',
    consentToPublish: true,
    receivedAt: now,
    voterCount: 1,
    version: 1,
    updatedAt: now,
    ...overrides,
  };
}
