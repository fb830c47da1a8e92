/**
 * The summary report as a Word document laid out like a Vietnamese administrative
 * document: the issuing body and the national motto side by side, place and date, the
 * title, then the numbered parts and sections, and the signature block. A4, Times New
 * Roman, the margins of Decree 30/2020/NĐ-CP.
 */
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatVietnamDate } from '../../../shared/time.ts';
import { placeAndDate, romanNumeral, wording } from './report-wording.ts';
import type { ReportItem, ReportSection, SummaryReport } from './summary-report.ts';

const FONT = 'Times New Roman';
const size = (points: number) => points * 2;

type RunStyle = { bold?: boolean; italics?: boolean; points?: number };
const run = (text: string, style: RunStyle = {}) =>
  new TextRun({ text, font: FONT, size: size(style.points ?? 14), bold: style.bold, italics: style.italics });

function paragraph(
  text: string,
  style: RunStyle & { align?: 'center' | 'both' | 'right'; indent?: boolean } = {},
) {
  return new Paragraph({
    alignment:
      style.align === 'center'
        ? AlignmentType.CENTER
        : style.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 60 },
    ...(style.indent ? { indent: { firstLine: convertMillimetersToTwip(10) } } : {}),
    children: [run(text, style)],
  });
}

const centered = (text: string, style: RunStyle = {}) => paragraph(text, { ...style, align: 'center' });

/** Issuing body on the left, national motto on the right: a borderless two-column table. */
function heading(report: SummaryReport): Table {
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(40, [
            centered(report.council.name.toUpperCase(), { points: 13 }),
            centered(wording.standing, { bold: true, points: 13 }),
            centered('———', { points: 13 }),
            centered(wording.documentNumber, { points: 13 }),
          ]),
          cell(60, [
            centered(wording.nation, { bold: true, points: 13 }),
            centered(wording.motto, { bold: true, points: 14 }),
            centered('———————', { points: 13 }),
            centered(placeAndDate(report.placeName, report.generatedAt), { italics: true, points: 14 }),
          ]),
        ],
      }),
    ],
  });
}

function itemParagraphs(item: ReportItem, number: number): Paragraph[] {
  const facts = [
    wording.voters(item.voterCount),
    `${wording.field}: ${item.fieldName}`,
    `${wording.locality}: ${item.localityName}`,
    `${wording.code}: ${item.code}`,
    ...(item.mergedCodes.length ? [wording.merged(item.mergedCodes)] : []),
    ...(item.basis === 'proposed' ? [wording.proposed] : []),
  ];
  return [
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { before: 120, after: 60 },
      indent: { firstLine: convertMillimetersToTwip(10) },
      children: [run(`${number}. `, { bold: true }), run(item.title, { bold: true })],
    }),
    ...item.content.split('\n').map((line) => paragraph(line, { indent: true })),
    paragraph(`(${facts.join('; ')})`, { italics: true, indent: true }),
  ];
}

function part(title: string, sections: ReportSection[]): Paragraph[] {
  const body = sections.flatMap((section, i) => {
    const roman = romanNumeral(i + 1);
    const sectionTitle = section.bodyId
      ? wording.sectionTitle(roman, section.bodyName)
      : wording.unclassifiedTitle(roman);
    return [
      paragraph(sectionTitle, { bold: true }),
      ...section.items.flatMap((item, n) => itemParagraphs(item, n + 1)),
    ];
  });
  return [
    paragraph(title, { bold: true }),
    ...(body.length ? body : [paragraph(wording.none, { indent: true })]),
  ];
}

function signature(): Table {
  const cell = (children: Paragraph[]) =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell([
            paragraph(wording.recipients, { bold: true, italics: true, points: 12 }),
            ...wording.recipientLines.map((line) => paragraph(line, { points: 11 })),
          ]),
          cell([
            centered(wording.signatureFor, { bold: true }),
            centered(wording.signatureRole, { bold: true }),
          ]),
        ],
      }),
    ],
  });
}

export function summaryDocument(report: SummaryReport): Document {
  const { totals } = report;
  return new Document({
    creator: report.council.name,
    title: `${wording.kind} ${wording.subject} – ${report.title}`,
    styles: { default: { document: { run: { font: FONT, size: size(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: [
          heading(report),
          centered(''),
          centered(wording.kind, { bold: true }),
          centered(`${wording.subject}`, { bold: true }),
          centered(report.title, { bold: true }),
          paragraph(wording.partResults, { bold: true }),
          paragraph(wording.summary(report.meetings.length, totals.attendance, totals.items, totals.voters), {
            indent: true,
          }),
          ...report.meetings.map((m) =>
            paragraph(
              wording.meetingLine(formatVietnamDate(m.startsAt), m.title, m.venue.name, m.attendance),
              { indent: true },
            ),
          ),
          ...part(wording.partOwn(report.council.level), report.own),
          ...part(wording.partForwarded, report.forwarded),
          paragraph(wording.closing, { indent: true }),
          signature(),
        ],
      },
    ],
  });
}

export function summaryDocx(report: SummaryReport): Promise<Buffer> {
  return Packer.toBuffer(summaryDocument(report));
}
