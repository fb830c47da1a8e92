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
  LineRuleType,
  convertMillimetersToTwip as mm,
  NoBreakHyphen,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
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

/**
 * A tracking code printed with its dashes as non-breaking hyphens, so "DEM3-B8JY-5MRT"
 * never splits across two lines on paper (Word and LibreOffice show them as "-").
 */
const CODE = /\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/g;
function keepCodesTogether(text: string): (string | NoBreakHyphen)[] {
  const parts: (string | NoBreakHyphen)[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE)) {
    parts.push(text.slice(last, match.index));
    match[0].split('-').forEach((group, i) => {
      if (i > 0) parts.push(new NoBreakHyphen());
      parts.push(group);
    });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((p) => p !== '');
}

export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    children: keepCodesTogether(text),
    font: FONT,
    size: (style.points ?? BODY_POINTS) * 2,
    bold: style.bold,
    italics: style.italics,
  });

export type ParagraphStyle = RunStyle & {
  align?: 'center' | 'both' | 'left';
  indent?: boolean;
  /** Points of space above (a heading's). */
  before?: number;
};

export function paragraph(text: string, style: ParagraphStyle = {}) {
  return new Paragraph({
    alignment:
      style.align === 'center'
        ? AlignmentType.CENTER
        : style.align === 'left'
          ? AlignmentType.LEFT
          : AlignmentType.JUSTIFIED,
    spacing: { before: (style.before ?? 0) * 20, after: 120 },
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

/**
 * The short solid line under a heading line, `widthMm` long, centred in a column `columnMm`
 * wide: the bottom border of an empty paragraph a few points tall, so it sits just below
 * the line above instead of crossing it.
 */
export function rule(widthMm: number, columnMm: number) {
  const side = mm(Math.max(0, (columnMm - widthMm) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 160, line: 80, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [run('', { points: 2 })],
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
        // Never split across pages: a signature block must not start on one and end on the next.
        cantSplit: true,
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

/**
 * "Kính gửi: X." centred on one line; with several addressees, "Kính gửi:" followed by
 * one "- X;" per line, each aligned under the first (a hanging indent).
 */
export function addressee(names: string[]): Paragraph[] {
  if (names.length === 1) return [centered(`${wording.addressee} ${names[0]}.`), centered('', { points: 6 })];
  const label = mm(24);
  return [
    new Paragraph({
      spacing: { before: 0, after: 240 },
      indent: { left: mm(25) + label, hanging: label },
      tabStops: [{ type: TabStopType.LEFT, position: mm(25) + label }],
      children: names.map(
        (name, i) =>
          new TextRun({
            children: [
              ...(i === 0 ? [wording.addressee, new Tab()] : []),
              `- ${name}${i === names.length - 1 ? '.' : ';'}`,
            ],
            font: FONT,
            size: BODY_POINTS * 2,
            ...(i > 0 ? { break: 1 } : {}),
          }),
      ),
    }),
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
