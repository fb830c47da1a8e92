import { describe, expect, it } from 'vitest';
import type { PetitionStatus } from '../../shared/status-machine.ts';
import { formatTrackingCode, generateTrackingCode } from '../../shared/tracking-code.ts';
import { type Candidate, findPrimaryCandidates } from '../../site/src/console/ui/primary-search.ts';

const petition = (title: string, status: PetitionStatus = 'received'): Candidate => ({
  code: generateTrackingCode(),
  title,
  content: 'Nội dung kiến nghị của cử tri.',
  status,
});

/** The council's queues, `size` to a page, as the staff API pages them. */
function queues(all: Candidate[], size = 2) {
  const pagesRead: string[] = [];
  return {
    pagesRead,
    byCode: async (code: string) => all.find((p) => p.code === code),
    page: async (status: PetitionStatus, cursor: string | undefined) => {
      pagesRead.push(`${status}:${cursor ?? 0}`);
      const mine = all.filter((p) => p.status === status);
      const offset = Number(cursor ?? 0);
      const next = offset + size;
      return { items: mine.slice(offset, next), ...(next < mine.length ? { nextCursor: String(next) } : {}) };
    },
  };
}

describe('finding the primary petition to merge into', () => {
  const self = petition('Đường liên thôn Vân Nham bị ngập');
  const all = [
    self,
    petition('Cấp giấy chứng nhận quyền sử dụng đất'),
    petition('Đường liên thôn bị ngập khi mưa', 'routed'),
    petition('Sửa đường liên thôn Đồng Tiến', 'answered'),
    petition('Đường ngập lâu ngày', 'merged'),
    petition('Đường liên thôn ngập', 'rejected'),
  ];

  it('matches words without diacritics or case, over every page of every queue', async () => {
    const found = await findPrimaryCandidates('duong LIEN thon', self.code, queues(all));
    expect(found.map((p) => p.title).sort()).toEqual([
      'Sửa đường liên thôn Đồng Tiến',
      'Đường liên thôn bị ngập khi mưa',
    ]);
  });

  it('never offers the petition itself, nor a merged or rejected one', async () => {
    const found = await findPrimaryCandidates('ngap', self.code, queues(all));
    expect(found.map((p) => p.status)).toEqual(['routed']);
  });

  it('opens a typed tracking code directly, in any case and grouping', async () => {
    const target = all[1]!;
    const source = queues(all);
    const found = await findPrimaryCandidates(
      formatTrackingCode(target.code).toLowerCase(),
      self.code,
      source,
    );
    expect(found).toEqual([target]);
    expect(source.pagesRead).toEqual([]);
    expect(await findPrimaryCandidates(self.code, self.code, source)).toEqual([]);
  });

  it('stops reading once it has enough results', async () => {
    const many = Array.from({ length: 30 }, () => petition('Đường ngập'));
    const source = queues(many, 5);
    const found = await findPrimaryCandidates('duong', 'NONE', source, { pagesPerStatus: 10, results: 7 });
    expect(found).toHaveLength(7);
    expect(source.pagesRead).toEqual(['received:0', 'received:5']);
  });
});
