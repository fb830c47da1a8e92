/**
 * "Files" on a petition's page: what the API lists for the signed-in user (a delegate sees
 * only the answer's and publishable files), each as a thumbnail or a link through a
 * short-lived presigned GET, with its kind, size and checked state — named "Ảnh 1",
 * "Văn bản trả lời", never by the citizen's file name (the API keeps none). The secretariat
 * marks a citizen's file publishable when the submitter consented; the agency attaches its
 * signed answer here once the answer is given. Every listing is in the audit log (the API).
 */
import { EXTENSION_OF, IMAGE_TYPES } from '../../../../shared/attachments.ts';
import { fileSize, publicFileLabels } from '../../../../shared/ui/public-files.ts';
import type { StaffAttachment } from '../api/attachments-api.ts';
import { NotFoundApiError } from '../api/errors.ts';
import type { PetitionHost } from '../screens/petition-host.ts';
import { runAction } from '../screens/petition-host.ts';
import { h, uid } from './dom.ts';

const SECRETARIAT = new Set(['secretariat', 'admin']);
const AGENCY = new Set(['agency', 'admin']);

export function labelsOf(files: readonly StaffAttachment[], locale: 'vi' | 'en'): string[] {
  return publicFileLabels(
    files.map((f) => ({
      id: f.id,
      role: f.owner.kind,
      kind: IMAGE_TYPES.has(f.type) ? 'photo' : 'document',
      bytes: f.bytes,
      url: f.url,
    })),
    locale,
  );
}

function publishToggle(host: PetitionHost, file: StaffAttachment, label: string): HTMLElement {
  const { tr, api } = host.ctx;
  const id = uid('pub');
  const box = h('input', { type: 'checkbox', id, checked: file.publishable });
  const form = h(
    'form',
    { class: 'publishable' },
    h(
      'div',
      { class: 'checkbox', 'data-field': 'publishable' },
      box,
      h('label', { for: id }, tr.t('files.publishable', { label })),
    ),
    h('p', { class: 'field-error', hidden: true }),
  );
  box.addEventListener('change', () => {
    const publishable = box.checked;
    void runAction(
      host,
      form,
      () => api.attachments.setPublishable(host.view.petition.code, file.id, publishable),
      tr.t(publishable ? 'files.published' : 'files.unpublished', { label }),
    );
  });
  return form;
}

/** The agency's signed answer (PDF): upload → processed → linked, shown once the answer is given. */
export function signedAnswerField(host: PetitionHost): { field: HTMLElement; file(): File | undefined } {
  const { tr } = host.ctx;
  const id = uid('doc');
  // No `name`: the form's body never carries the chosen file's name to the API.
  const input = h('input', { type: 'file', id, accept: 'application/pdf', 'aria-describedby': `${id}-hint` });
  const field = h(
    'div',
    { class: 'field', 'data-field': 'uploadId' },
    h('label', { for: id }, tr.t('files.signedAnswer')),
    h('p', { class: 'hint', id: `${id}-hint` }, tr.t('files.signedAnswerHint')),
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    input,
  );
  return { field, file: () => input.files?.[0] };
}

function signedAnswerForm(host: PetitionHost): HTMLElement {
  const { tr, api } = host.ctx;
  const chosen = signedAnswerField(host);
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'signed-answer-heading' },
    chosen.field,
    h('button', { type: 'submit', class: 'button' }, tr.t('files.attach')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = chosen.file();
    if (!file) return;
    void runAction(
      host,
      form,
      () => api.attachments.attachSignedAnswer(host.view.petition.code, file),
      tr.t('files.attached'),
    );
  });
  return h(
    'section',
    { class: 'action card', id: 'signed-answer' },
    h('h3', { id: 'signed-answer-heading' }, tr.t('files.signedAnswerTitle')),
    form,
  );
}

export async function attachmentsSection(host: PetitionHost): Promise<HTMLElement | null> {
  const { ctx, view } = host;
  const { tr } = ctx;
  const role = ctx.session.user.role;
  let attachments: StaffAttachment[];
  try {
    ({ attachments } = await ctx.api.attachments.list(view.petition.code));
  } catch (error) {
    // A deployment without the attachments bucket has no such route: no section.
    if (error instanceof NotFoundApiError) return null;
    throw error;
  }
  const hasAnswerDocument = attachments.some((a) => a.owner.kind === 'answer');
  const canAttachAnswer = AGENCY.has(role) && view.petition.answer !== undefined && !hasAnswerDocument;
  if (attachments.length === 0 && !canAttachAnswer) return null;
  const labels = labelsOf(attachments, tr.locale);
  const consented = view.petition.consentToPublish;
  const citizenFiles = attachments.some((a) => a.owner.kind === 'petition');
  const items = attachments.map((file, i) => {
    const label = labels[i]!;
    const facts = [
      EXTENSION_OF[file.type].toUpperCase(),
      fileSize(file.bytes, tr.locale),
      file.width ? `${file.width} × ${file.height} px` : undefined,
      tr.t('files.checked'),
    ].filter(Boolean);
    const link = h('a', { href: file.url, target: '_blank', rel: 'noopener' });
    if (file.thumbnailUrl) link.append(h('img', { src: file.thumbnailUrl, alt: label, class: 'thumbnail' }));
    else link.append(label);
    return h(
      'li',
      { class: 'file' },
      link,
      h('p', { class: 'meta' }, file.thumbnailUrl ? `${label}: ` : '', facts.join(', ')),
      file.owner.kind === 'petition' && SECRETARIAT.has(role) && consented
        ? publishToggle(host, file, label)
        : null,
    );
  });
  return h(
    'section',
    { class: 'files', 'aria-labelledby': 'files-heading' },
    h('h2', { id: 'files-heading' }, tr.t('files.title')),
    citizenFiles && SECRETARIAT.has(role)
      ? h('p', { class: 'hint' }, tr.t(consented ? 'files.consentedHint' : 'files.notConsented'))
      : null,
    h('p', { class: 'hint' }, tr.t('files.linksExpire')),
    attachments.length > 0 ? h('ul', { class: 'file-list' }, items) : null,
    canAttachAnswer ? signedAnswerForm(host) : null,
  );
}
