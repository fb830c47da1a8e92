import { describe, expect, it } from 'vitest';
import type { PetitionStatus } from '../../shared/status-machine.ts';
import { generateTrackingCode } from '../../shared/tracking-code.ts';
import type { SearchResult } from '../../site/src/console/api/search-api.ts';
import { type Candidate, findPrimaryCandidates } from '../../site/src/console/ui/primary-search.ts';

const hit = (title: string, status: PetitionStatus = 'received'): Candidate => ({
  code: generateTrackingCode(),
  title,
  status,
  communeId: 'van-nham',
  fieldId: 'giao-thong',
  receivedAt: '2026-11-20T03:00:00.000Z',
  matched: ['duong'],
});

/** The staff search API as the console calls it: the results in pages of `size`, the queries asked. */
function searchApi(all: Candidate[], size = 2) {
  const asked: string[] = [];
  return {
    asked,
    search: async (query: string, cursor: string | undefined): Promise<SearchResult> => {
      asked.push(`${query}:${cursor ?? 0}`);
      const offset = Number(cursor ?? 0);
      const next = offset + size;
      return {
        words: [query],
        items: all.slice(offset, next),
        ...(next < all.length ? { nextCursor: String(next) } : {}),
      };
    },
  };
}

describe('finding the primary petition to merge into', () => {
  const self = hit('Đường liên thôn Vân Nham bị ngập');
  const all = [
    self,
    hit('Đường liên thôn bị ngập khi mưa', 'routed'),
    hit('Đường ngập lâu ngày', 'merged'),
    hit('Sửa đường liên thôn Đồng Tiến', 'answered'),
    hit('Đường liên thôn ngập', 'rejected'),
  ];

  it('asks the staff search API, page after page, and keeps what can take others in', async () => {
    const api = searchApi(all);
    const found = await findPrimaryCandidates('  duong LIEN thon ', self.code, api.search);
    expect(found.map((p) => p.title)).toEqual([
      'Đường liên thôn bị ngập khi mưa',
      'Sửa đường liên thôn Đồng Tiến',
    ]);
    expect(api.asked).toEqual(['duong LIEN thon:0', 'duong LIEN thon:2', 'duong LIEN thon:4']);
  });

  it('asks nothing for an empty query, and leaves the petition itself out when its own code is typed', async () => {
    const api = searchApi([self]);
    expect(await findPrimaryCandidates('   ', self.code, api.search)).toEqual([]);
    expect(api.asked).toEqual([]);
    expect(await findPrimaryCandidates(self.code, self.code, api.search)).toEqual([]);
  });

  it('stops at the results or pages it was given', async () => {
    const many = Array.from({ length: 20 }, (_, i) => hit(`Đường số ${i}`));
    const api = searchApi(many, 3);
    expect(await findPrimaryCandidates('duong', 'NONE', api.search, { pages: 10, results: 7 })).toHaveLength(
      7,
    );
    expect(api.asked).toHaveLength(3);
    const few = searchApi(many, 3);
    expect(await findPrimaryCandidates('duong', 'NONE', few.search, { pages: 2, results: 50 })).toHaveLength(
      6,
    );
  });
});
