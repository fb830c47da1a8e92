/**
 * The files a public page shows with its record (DESIGN §10, issue #18): the track page
 * (public API) and the static result, session and resolution pages (Astro) render them
 * with this one function, so every page names a file the same neutral way ("Ảnh 1",
 * "Văn bản trả lời") and never by a name a citizen typed. A photo is its thumbnail linking
 * to the file; a document is a link with its kind and size. No script.
 */
import { THUMBNAIL_PIXELS } from '../attachments.ts';
import { type Locale, type MessageKey, translate } from '../messages/index.ts';
import { type Html, html } from './html.ts';

/** A file as the public API describes it: links to the API's own routes, never to the bucket. */
export interface PublicFile {
  id: string;
  /** Whose file: a citizen's with their petition, the agency's answer, a session's or a resolution's. */
  role: 'petition' | 'answer' | 'session' | 'resolution';
  kind: 'photo' | 'document';
  bytes: number;
  width?: number;
  height?: number;
  url: string;
  thumbnailUrl?: string;
}

/** "12 KB", "1,5 MB" (Vietnamese decimal comma) — a size a reader can judge a download by. */
export function fileSize(bytes: number, locale: Locale): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `${locale === 'vi' ? mb.replace('.', ',') : mb} MB`;
}

/** The neutral label of each file, numbered per kind among the citizen's files. */
export function publicFileLabels(files: readonly PublicFile[], locale: Locale): string[] {
  const counts = { photo: 0, document: 0 };
  const roleLabel: Partial<Record<PublicFile['role'], MessageKey>> = {
    answer: 'attachments.answerDocument',
    resolution: 'attachments.resolutionDocument',
  };
  return files.map((f) => {
    const fixed = roleLabel[f.role];
    if (fixed && f.kind === 'document') return translate(locale, fixed);
    counts[f.kind] += 1;
    return translate(locale, f.kind === 'photo' ? 'attachments.photoN' : 'attachments.documentN', {
      n: counts[f.kind],
    });
  });
}

/** The thumbnail's own size (its longest side THUMBNAIL_PIXELS at most), so the page does not jump. */
function thumbnailSize(f: PublicFile): { width: number; height: number } | undefined {
  if (!f.width || !f.height) return undefined;
  const scale = Math.min(1, THUMBNAIL_PIXELS / Math.max(f.width, f.height));
  return { width: Math.round(f.width * scale), height: Math.round(f.height * scale) };
}

export function publicFilesHtml(files: readonly PublicFile[], locale: Locale): Html {
  if (files.length === 0) return html``;
  const labels = publicFileLabels(files, locale);
  const facts = (f: PublicFile) =>
    translate(locale, 'attachments.facts', {
      kind: translate(locale, `attachments.kind.${f.kind}`),
      size: fileSize(f.bytes, locale),
    });
  return html`<ul class="files">${files.map((f, i) => {
    const size = thumbnailSize(f);
    return f.kind === 'photo' && f.thumbnailUrl
      ? html`<li><a href="${f.url}"><img src="${f.thumbnailUrl}" alt="${labels[i]}"${size ? html` width="${size.width}" height="${size.height}"` : ''} loading="lazy"></a><span class="meta">${labels[i]} (${facts(f)})</span></li>`
      : html`<li><a href="${f.url}">${labels[i]}</a> <span class="meta">(${facts(f)})</span></li>`;
  })}</ul>`;
}
