/**
 * A MIME message for SES SendRawEmail, for the emails that need headers SendEmail cannot
 * set (List-Unsubscribe and List-Unsubscribe-Post on every email to a follower, RFC 8058):
 * multipart/alternative with the text and the HTML, each base64 in UTF-8, and the subject
 * as an RFC 2047 encoded word. Header values are single lines (a line break is refused).
 */
import { randomUUID } from 'node:crypto';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');

/** An RFC 2047 encoded word per chunk, so no header line grows past the limit. */
function encodedWord(text: string): string {
  const chunks: string[] = [];
  let current = '';
  for (const ch of text) {
    if (Buffer.byteLength(current + ch, 'utf8') > 45) {
      chunks.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) chunks.push(current);
  return chunks.map((c) => `=?UTF-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`).join('\r\n ');
}

export interface RawParts {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export function rawMessage(parts: RawParts): string {
  const boundary = `=_${randomUUID()}`;
  for (const [name, value] of Object.entries(parts.headers))
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new Error('A header is one line');
  const fromName = parts.from.match(/^(.*)<(.+)>$/);
  const from = fromName ? `${encodedWord(fromName[1]!.trim())} <${fromName[2]}>` : parts.from;
  return [
    `From: ${from}`,
    `To: ${parts.to}`,
    `Subject: ${encodedWord(parts.subject)}`,
    'MIME-Version: 1.0',
    ...Object.entries(parts.headers).map(([name, value]) => `${name}: ${value}`),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(parts.text),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(parts.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
