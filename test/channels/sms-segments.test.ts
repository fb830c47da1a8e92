/**
 * Every SMS notice with realistic worst-case values: the longest council name, a long
 * site address. Each must be one GSM-7 segment (folded to ASCII) or at most two UCS-2
 * segments; the table of what each costs is printed.
 */
import { describe, expect, it } from 'vitest';
import { foldToAscii, smsShape } from '../../functions/lib/channels/sms-encoding.ts';
import { statusUrl } from '../../functions/lib/petitions/links.ts';
import { SHORT_NOTICE_KINDS, smsNotice } from '../../functions/notifier/short/notices.ts';

const WORST = {
  code: '7AVW-YDP7-4BQR',
  link: statusUrl('https://kiennghi.hdnd.thanhphohochiminh.gov.vn', '7AVWYDP74BQR'),
  councilName: 'HĐND thành phố Hồ Chí Minh',
};

describe('SMS segments', () => {
  it('folds Vietnamese to ASCII: no diacritics, đ as d', () => {
    expect(foldToAscii('Đồng Tiến, Hữu Lũng – đã được tiếp nhận')).toBe(
      'Dong Tien, Huu Lung - da duoc tiep nhan',
    );
    expect(smsShape('Dong Tien').encoding).toBe('GSM-7');
    expect(smsShape('Đồng Tiến').encoding).toBe('UCS-2');
  });

  it('counts segments as carriers do', () => {
    expect(smsShape('a'.repeat(160)).segments).toBe(1);
    expect(smsShape('a'.repeat(161)).segments).toBe(2);
    expect(smsShape('{'.repeat(80)).segments).toBe(1);
    expect(smsShape('ệ'.repeat(70)).segments).toBe(1);
    expect(smsShape('ệ'.repeat(71)).segments).toBe(2);
    expect(smsShape('ệ'.repeat(135)).segments).toBe(3);
  });

  it('keeps every notice to one GSM-7 segment or two UCS-2 segments at worst', () => {
    const rows = SHORT_NOTICE_KINDS.map((kind) => {
      const { text } = smsNotice({ kind, ...WORST });
      return { kind, ...smsShape(text), text };
    });
    console.table(rows.map(({ kind, encoding, units, segments }) => ({ kind, encoding, units, segments })));
    for (const row of rows) {
      expect(row.text).toContain(WORST.code);
      expect(row.text).toContain(WORST.link);
      const fits = row.encoding === 'GSM-7' ? row.segments === 1 : row.segments <= 2;
      expect({ kind: row.kind, fits }).toEqual({ kind: row.kind, fits: true });
    }
  });

  it('names the council when it fits, and is plain ASCII', () => {
    const { text } = smsNotice({
      kind: 'received',
      code: '7KQM-3HXT-9PAR',
      link: 'https://kn.vn/tra-cuu?ma=7KQM-3HXT-9PAR',
      councilName: 'HĐND huyện Hữu Lũng',
    });
    expect(text).toBe(
      'HDND huyen Huu Lung: Kien nghi 7KQM-3HXT-9PAR da duoc tiep nhan. Tra cuu: https://kn.vn/tra-cuu?ma=7KQM-3HXT-9PAR',
    );
  });
});
