/**
 * "Documents" on the secretariat's session and resolution screens: what is attached (links
 * valid a few minutes, named "Tài liệu 1", "Văn bản nghị quyết đã ký"), and a form to attach
 * a PDF — upload, processing step, link — public with the record once attached.
 */
import { MAX_RECORD_DOCUMENTS } from '../../../../shared/attachments.ts';
import { fileSize, publicFileLabels } from '../../../../shared/ui/public-files.ts';
import type { RecordKind, StaffAttachment } from '../api/attachments-api.ts';
import { NotFoundApiError } from '../api/errors.ts';
import type { ConsoleContext } from '../context.ts';
import { h, replace, uid } from './dom.ts';
import { submitForm } from './submit.ts';

export async function recordDocumentsSection(
  ctx: ConsoleContext,
  kind: RecordKind,
  id: string,
): Promise<HTMLElement | null> {
  const { tr, api } = ctx;
  const section = h('section', { class: 'card documents', 'aria-labelledby': `documents-${kind}` });
  const draw = async (message?: string) => {
    let documents: StaffAttachment[];
    try {
      ({ documents } = await api.attachments.documents(kind, id));
    } catch (error) {
      // A deployment without the attachments bucket has no such route.
      if (error instanceof NotFoundApiError) return false;
      throw error;
    }
    const labels = publicFileLabels(
      documents.map((d) => ({ id: d.id, role: kind, kind: 'document', bytes: d.bytes, url: d.url })),
      tr.locale,
    );
    const inputId = uid('doc');
    const input = h('input', { type: 'file', id: inputId, accept: 'application/pdf' });
    const form = h(
      'form',
      { novalidate: true },
      h(
        'div',
        { class: 'field', 'data-field': 'uploadId' },
        h(
          'label',
          { for: inputId },
          tr.t(kind === 'session' ? 'files.sessionDocument' : 'files.resolutionDocument'),
        ),
        h('p', { class: 'field-error', id: `${inputId}-error`, hidden: true }),
        input,
      ),
      h('button', { type: 'submit', class: 'button' }, tr.t('files.attach')),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const file = input.files?.[0];
      if (!file) return;
      if (
        await submitForm(ctx, form, async () => void (await api.attachments.attachDocument(kind, id, file)))
      )
        await draw(tr.t('files.documentAttached'));
    });
    replace(
      section,
      h('h2', { id: `documents-${kind}` }, tr.t('files.documents')),
      h('p', { class: 'hint' }, tr.t('files.documentsHint')),
      documents.length > 0
        ? h(
            'ul',
            { class: 'list' },
            documents.map((d, i) =>
              h(
                'li',
                {},
                h('a', { href: d.url, target: '_blank', rel: 'noopener' }, labels[i]),
                ` (PDF, ${fileSize(d.bytes, tr.locale)})`,
              ),
            ),
          )
        : null,
      documents.length < MAX_RECORD_DOCUMENTS[kind] ? form : null,
    );
    if (message) ctx.announce(message);
    return true;
  };
  return (await draw()) ? section : null;
}
