/**
 * The frame of a Vietnamese administrative document as Decree 30/2020/NĐ-CP (Appendix I)
 * lays it out, in `docx` terms: A4 with its margins, Times New Roman, the two-column
 * heading (issuing body and number | national title, motto, place and date), the
 * addressee, and the "Nơi nhận" | signature block. The report's own content is
 * summary-docx.ts's.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip as mm,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CouncilDocuments } from '../../../shared/schemas/index.ts';
import { wording } from './report-wording.ts';

export const FONT = 'Times New Roman';
/** Body text: 13–14 pt. */
export const BODY_POINTS = 14;

/** A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PAGE = {
  size: { width: mm(210), height: mm(297) },
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
};
const TEXT_WIDTH_MM = 210 - 30 - 15;

type RunStyle = { bold?: boolean; italics?: boolean; points?: number };
export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: (style.points ?? BODY_POINTS) * 2,
    bold: style.bold,
    italics: style.italics,
  });

export type ParagraphStyle = RunStyle & { align?: 'center' | 'both' | 'left'; indent?: boolean };

export function paragraph(text: string, style: ParagraphStyle = {}) {
  return new Paragraph({
    alignment:
      style.align === 'center'
        ? AlignmentType.CENTER
        : style.align === 'left'
          ? AlignmentType.LEFT
          : AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: 120 },
    ...(style.indent ? { indent: { firstLine: mm(10) } } : {}),
    children: [run(text, style)],
  });
}

export const centered = (text: string, style: RunStyle = {}) =>
  paragraph(text, { ...style, align: 'center' });
const tight = (text: string, style: RunStyle = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [run(text, style)],
  });

/** The short solid line under a heading line, `widthMm` long, centred in a column `columnMm` wide. */
export function rule(widthMm: number, columnMm: number) {
  const side = mm(Math.max(0, (columnMm - widthMm) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 120, line: 120 },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { points: 4 })],
  });
}

/** A borderless, fixed-width table row: columns that never squeeze their text into a wrap. */
function columns(widthsMm: number[], contents: Paragraph[][]): Table {
  const widths = widthsMm.map((w) => mm(w));
  const margin = { left: mm(1), right: mm(1), top: 0, bottom: 0 };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: contents.map(
          (children, i) =>
            new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, margins: margin, children }),
        ),
      }),
    ],
  });
}

export interface HeadingLines {
  /** The issuing body's parent line, e.g. "HĐND HUYỆN HỮU LŨNG". */
  body: string;
  placeAndDate: string;
}

/**
 * Left (62 mm): the body, "THƯỜNG TRỰC" bold, a short rule, the number. Right (103 mm):
 * the national title 13 pt bold on one line, the motto 14 pt bold, a rule, place and date
 * in italics. Both 13 pt except where said.
 */
export function heading(lines: HeadingLines): Table {
  const [left, right] = [62, TEXT_WIDTH_MM - 62];
  return columns(
    [left, right],
    [
      [
        tight(lines.body.toUpperCase(), { points: 13 }),
        tight(wording.standing, { bold: true, points: 13 }),
        rule(22, left),
        centered(wording.documentNumber, { points: 13 }),
      ],
      [
        tight(wording.nation, { bold: true, points: 13 }),
        tight(wording.motto, { bold: true, points: 14 }),
        rule(62, right),
        centered(lines.placeAndDate, { italics: true, points: 14 }),
      ],
    ],
  );
}

/** "Kính gửi: X." on one line, or "Kính gửi:" over a dashed list when there are several. */
export function addressee(names: string[]): Paragraph[] {
  if (names.length === 1) return [centered(`${wording.addressee} ${names[0]}.`)];
  return [
    centered(wording.addressee),
    ...names.map(
      (name, i) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          indent: { left: mm(30) },
          children: [run(`- ${name}${i === names.length - 1 ? '.' : ';'}`)],
        }),
    ),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/**
 * "Nơi nhận:" (12 pt bold italic, its lines 11 pt) on the left; on the right "TM. THƯỜNG
 * TRỰC HĐND", the signer's office, room for the signature and seal, and the signer's name.
 */
export function signatureBlock(documents: CouncilDocuments | undefined): Table {
  const [left, right] = [80, TEXT_WIDTH_MM - 80];
  const line = (text: string, style: RunStyle) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 0, after: 0 },
      children: [run(text, style)],
    });
  const office = wording.signatureOffice[documents?.signer.office ?? 'chair'];
  return columns(
    [left, right],
    [
      [
        line(wording.recipients, { bold: true, italics: true, points: 12 }),
        ...[wording.asAbove, ...(documents?.copiesTo ?? []).map(wording.copyTo), wording.archive].map((l) =>
          line(l, { points: 11 }),
        ),
      ],
      [
        tight(wording.signatureFor, { bold: true }),
        ...office.map((l) => tight(l, { bold: true })),
        ...Array.from({ length: 4 }, () => tight('')),
        ...(documents ? [tight(documents.signer.name, { bold: true })] : []),
      ],
    ],
  );
}
