/**
 * The summary report as a Word document, in the frame of decree30-layout.ts: heading,
 * title and addressee, part A (meetings held, meetings still planned, what was gathered),
 * parts B and C (numbered sections by competent body), the closing and the signature.
 */
import { AlignmentType, convertMillimetersToTwip, Document, Packer, Paragraph } from 'docx';
import { formatVietnamDate } from '../../../shared/time.ts';
import {
  addressee,
  BODY_POINTS,
  centered,
  FONT,
  heading,
  PAGE,
  paragraph,
  rule,
  run,
  signatureBlock,
} from './decree30-layout.ts';
import { placeAndDate, printedCode, romanNumeral, wording } from './report-wording.ts';
import { sessionViewsParagraphs } from './session-views-docx.ts';
import type { ReportItem, ReportSection, SummaryReport } from './summary-report.ts';

function itemParagraphs(item: ReportItem, number: number): Paragraph[] {
  const facts = [
    wording.voters(item.voterCount),
    `${wording.field}: ${item.fieldName}`,
    `${wording.locality}: ${item.localityName}`,
    `${wording.code}: ${printedCode(item.code)}`,
    ...(item.mergedCodes.length ? [wording.merged(item.mergedCodes.map(printedCode))] : []),
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
      paragraph(sectionTitle, { bold: true, before: 3 }),
      ...section.items.flatMap((item, n) => itemParagraphs(item, n + 1)),
    ];
  });
  return [
    paragraph(title, { bold: true, before: 6 }),
    ...(body.length ? body : [paragraph(wording.none, { indent: true })]),
  ];
}

/** Part A: what was held (with attendance), what is still to come, and what was gathered. */
function results(report: SummaryReport): Paragraph[] {
  const { totals } = report;
  const held = report.meetings.filter((m) => m.status === 'held');
  const planned = report.meetings.filter((m) => m.status !== 'held' && m.status !== 'cancelled');
  return [
    paragraph(wording.partResults, { bold: true, before: 6 }),
    paragraph(wording.held(totals.heldMeetings, totals.attendance), { indent: true }),
    ...held.map((m) =>
      paragraph(
        wording.meetingLine(formatVietnamDate(m.startsAt), m.title, m.venue.name, m.attendance ?? 0),
        {
          indent: true,
        },
      ),
    ),
    ...(planned.length ? [paragraph(wording.planned(totals.plannedMeetings), { indent: true })] : []),
    ...planned.map((m) =>
      paragraph(
        wording.plannedLine(formatVietnamDate(m.startsAt), m.title, m.venue.name, m.status === 'postponed'),
        { indent: true },
      ),
    ),
    paragraph(
      wording.gathered(
        totals.items,
        totals.voters,
        totals.raisedAtMeetings,
        totals.petitions - totals.raisedAtMeetings,
      ),
      { indent: true },
    ),
  ];
}

/** The bodies asked to answer: every competent body of parts B and C, each once. */
function addressees(report: SummaryReport): string[] {
  const names = [...report.own, ...report.forwarded].flatMap((s) => (s.bodyId ? [s.bodyName] : []));
  const unique = [...new Set(names)];
  return unique.length ? unique : [wording.addresseeFallback];
}

export function summaryDocument(report: SummaryReport): Document {
  return new Document({
    creator: report.council.name,
    title: `${wording.kind} ${wording.subject} – ${report.title}`,
    styles: { default: { document: { run: { font: FONT, size: BODY_POINTS * 2 } } } },
    sections: [
      {
        properties: { page: PAGE },
        children: [
          heading({
            body: report.council.name,
            placeAndDate: placeAndDate(report.placeName, report.generatedAt),
          }),
          centered(''),
          centered(wording.kind, { bold: true }),
          centered(wording.subject, { bold: true }),
          centered(report.title, { bold: true }),
          rule(40, 165),
          ...addressee(addressees(report)),
          ...results(report),
          ...part(wording.partOwn(report.council.level), report.own),
          ...part(wording.partForwarded, report.forwarded),
          ...sessionViewsParagraphs(report.sessionViews),
          paragraph(wording.closing, { indent: true }),
          centered('', { points: 6 }),
          signatureBlock(report.council.documents),
        ],
      },
    ],
  });
}

export function summaryDocx(report: SummaryReport): Promise<Buffer> {
  return Packer.toBuffer(summaryDocument(report));
}
