/**
 * The reminder emails, in Vietnamese, as plain text and HTML (every stored text escaped).
 * They name the petition by code, title, field and commune: never the submitter.
 */
import type { Agency, Council, Delegate, Petition } from '../../shared/schemas/index.ts';
import { daysBetween, formatVietnamDate } from '../../shared/time.ts';
import { formatTrackingCode } from '../../shared/tracking-code.ts';
import { escapeHtml } from '../lib/email/index.ts';
import type { ReminderKind } from './plan.ts';

export interface ReminderEmailInput {
  kind: ReminderKind;
  petition: Petition;
  council: Council | undefined;
  agency: Agency | undefined;
  /** For the delegates' reminder: who it is addressed to. */
  delegate?: Delegate;
  fieldName: string;
  communeName: string;
  now: Date;
  /** The staff console's page for the petition, when one is configured. */
  link?: string | undefined;
}

export interface ReminderEmail {
  subject: string;
  text: string;
  html: string;
}

function lines(input: ReminderEmailInput): { subject: string; greeting: string; lead: string } {
  const code = formatTrackingCode(input.petition.code);
  const deadline = formatVietnamDate(input.petition.deadline ?? input.now.toISOString());
  const agencyName = input.agency?.name ?? 'cơ quan được giao';
  switch (input.kind) {
    case 'due-soon': {
      const days = Math.max(daysBetween(input.now, input.petition.deadline ?? input.now), 0);
      return {
        subject: `Nhắc hạn: kiến nghị ${code} cần được trả lời trước ngày ${deadline}`,
        greeting: `Kính gửi: ${agencyName}`,
        lead: `Kiến nghị dưới đây được giao cho quý cơ quan giải quyết, hạn trả lời là ngày ${deadline} (còn ${days} ngày).`,
      };
    }
    case 'overdue-agency':
      return {
        subject: `Quá hạn: kiến nghị ${code} chưa được trả lời (hạn ${deadline})`,
        greeting: `Kính gửi: ${agencyName}`,
        lead: `Kiến nghị dưới đây đã quá hạn trả lời (hạn ngày ${deadline}). Đề nghị quý cơ quan khẩn trương trả lời cử tri.`,
      };
    case 'overdue-delegates':
      return {
        subject: `Đôn đốc: kiến nghị ${code} của cử tri đơn vị bầu cử đã quá hạn trả lời`,
        greeting: `Kính gửi: Đại biểu ${input.delegate?.name ?? ''}`.trim(),
        lead: `Kiến nghị của cử tri thuộc đơn vị bầu cử của đại biểu đã quá hạn trả lời (hạn ngày ${deadline}), cơ quan được giao: ${agencyName}. Đại biểu có thể đôn đốc việc trả lời.`,
      };
  }
}

export function reminderEmail(input: ReminderEmailInput): ReminderEmail {
  const { subject, greeting, lead } = lines(input);
  const { petition } = input;
  const facts: [string, string][] = [
    ['Mã kiến nghị', formatTrackingCode(petition.code)],
    ['Tiêu đề', petition.title],
    ['Lĩnh vực', input.fieldName],
    ['Xã/phường', input.communeName],
    ['Ngày tiếp nhận', formatVietnamDate(petition.receivedAt)],
  ];
  const sender = input.council?.name ?? 'Hội đồng nhân dân';
  const footer = `Thư được gửi tự động từ hệ thống tiếp nhận kiến nghị của ${sender}. Vui lòng không trả lời thư này.`;

  const text = [
    greeting,
    '',
    lead,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    ...(input.link ? ['', `Xem và xử lý: ${input.link}`] : []),
    '',
    footer,
  ].join('\n');

  const html = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    '<table>',
    ...facts.map(
      ([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    ),
    '</table>',
    ...(input.link ? [`<p><a href="${escapeHtml(input.link)}">Xem và xử lý kiến nghị</a></p>`] : []),
    `<p><small>${escapeHtml(footer)}</small></p>`,
    '</body></html>',
  ].join('\n');

  return { subject, text, html };
}
