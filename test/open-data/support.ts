/** Published results for the open-data tests: the shape the API publishes, nothing more. */
import type { PublishedResult } from '../../shared/schemas/publication.ts';
import type { BuiltSearchIndex } from '../../shared/search/build-index.ts';
import type { SearchIndexSource } from '../../shared/search/query.ts';

export function publishedResult(overrides: Partial<PublishedResult> & { code: string }): PublishedResult {
  return {
    title: 'Đèn đường thôn Bản Cầu bị hỏng',
    content: 'Đề nghị sửa đèn đường.',
    channel: 'online',
    status: 'answered',
    council: { id: 'huu-lung', name: 'HĐND huyện Hữu Lũng' },
    field: { id: 'ha-tang', name: 'Hạ tầng', nameEn: 'Infrastructure' },
    commune: { id: 'van-nham', name: 'Vân Nham' },
    locality: { id: 'van-nham', name: 'Vân Nham' },
    agency: { id: 'ubnd-huu-lung', name: 'UBND huyện Hữu Lũng' },
    receivedAt: '2026-03-01T02:00:00.000Z',
    deadline: '2026-04-01T02:00:00.000Z',
    answeredAt: '2026-03-20T02:00:00.000Z',
    answeredOnTime: true,
    answer: {
      text: 'Đã sửa xong.',
      documentNumber: '12/UBND',
      documentDate: '2026-03-20',
      result: 'resolved',
    },
    voterCount: 1,
    publishedAt: '2026-03-21T02:00:00.000Z',
    ...overrides,
  } as PublishedResult;
}

/** An index served from memory, recording which files a query reads. */
export function memorySource(built: BuiltSearchIndex) {
  const reads: string[] = [];
  const source: SearchIndexSource = {
    shard: async (name) => {
      reads.push(`t/${name}`);
      return built.shards.get(name);
    },
    chunk: async (n) => {
      reads.push(`d/${n}`);
      return built.chunks[n];
    },
  };
  return { source, reads, built };
}
