/**
 * Every email is written as a few blocks (paragraphs, labelled facts, a quoted text,
 * links) and rendered here twice: as plain text and as HTML. Escaping happens in this
 * one place, so no email can forget it: stored text (a title, an answer, a reason)
 * becomes HTML text, never markup.
 */
import { escapeHtml } from '../../../shared/ui/html.ts';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: readonly { label: string; value: string }[] }
  /** Long stored text (an answer, a reason): its line breaks are kept. */
  | { kind: 'quote'; label: string; text: string }
  | { kind: 'link'; label: string; url: string };

export interface EmailDraft {
  subject: string;
  greeting: string;
  blocks: readonly Block[];
  /** Who writes: the council's name. */
  signature: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /** Headers SendEmail cannot set (List-Unsubscribe on a follower's email): sent raw then. */
  headers?: Record<string, string>;
}

const FOOTER =
  'Đây là thư tự động của hệ thống tiếp nhận, giải quyết kiến nghị của cử tri. Vui lòng không trả lời thư này.';

/** A subject is one line: a stray line break would end the header. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function textBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'facts':
      return block.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
    case 'quote':
      return `${block.label}:\n${block.text
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n')}`;
    case 'link':
      return `${block.label}:\n${block.url}`;
  }
}

const multiline = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px">${multiline(block.text)}</p>`;
    case 'facts':
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${block.rows
        .map(
          (r) =>
            `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0;color:#555;font-weight:normal;vertical-align:top">${escapeHtml(r.label)}</th><td style="padding:4px 0;font-weight:bold">${escapeHtml(r.value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'quote':
      return `<p style="margin:0 0 4px;color:#555">${escapeHtml(block.label)}</p><blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #b71c1c;background:#f7f7f7">${multiline(block.text)}</blockquote>`;
    case 'link':
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="color:#0b57d0">${escapeHtml(block.label)}</a></p>`;
  }
}

export function renderEmail(draft: EmailDraft): RenderedEmail {
  const subject = oneLine(draft.subject);
  const text = [
    draft.greeting,
    ...draft.blocks.map(textBlock),
    `Trân trọng,\n${draft.signature}`,
    `—\n${FOOTER}`,
  ]
    .join('\n\n')
    .concat('\n');
  const html = [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    `<p style="margin:0 0 16px">${escapeHtml(draft.greeting)}</p>`,
    ...draft.blocks.map(htmlBlock),
    `<p style="margin:0 0 16px">Trân trọng,<br>${escapeHtml(draft.signature)}</p>`,
    `<p style="margin:24px 0 0;font-size:13px;color:#666">${escapeHtml(FOOTER)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
