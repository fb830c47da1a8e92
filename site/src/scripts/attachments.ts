/**
 * The petition form's files with JavaScript (DESIGN §10): each chosen file is checked here
 * (type, size, how many), sent straight to S3 with the presigned POST the API gives for it
 * (progress shown per file), then followed until the processing step accepts or refuses it;
 * the citizen may remove a file before sending. The form then names the accepted uploads
 * by id and token. The file's own name stays in this browser: S3 receives the bytes under a
 * random key and a neutral name. No zod here (the form's script budget, DESIGN §7).
 */
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_PETITION,
} from '../../../shared/attachments.ts';
import type { Locale, MessageKey } from '../../../shared/messages/index.ts';
import type { FormMessages } from '../../../shared/ui/petition-form-messages.ts';
import { apiPaths } from '../../../shared/ui/routes.ts';
import { say as word } from './petition-input.ts';

interface Item {
  ref?: { id: string; token: string };
  state: 'uploading' | 'checking' | 'ready' | 'refused';
}

export interface FormAttachments {
  /** What the submission carries: the uploads not refused (a pending one gets the API's clear 400). */
  payload(): { attachments?: { id: string; token: string }[] };
}

const POLL_MS = 700;

/** Its words come with the page (`formMessageKeys` in shared/ui/petition-form-messages.ts). */
export function enhanceAttachments(
  form: HTMLFormElement,
  locale: Locale,
  messages: FormMessages,
): FormAttachments {
  const input = form.querySelector<HTMLInputElement>('#f-files');
  const list = form.querySelector<HTMLUListElement>('[data-attachments]');
  const error = form.querySelector<HTMLElement>('#e-attachments');
  const items = new Set<Item>();
  if (!input || !list) return { payload: () => ({}) };
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => word(messages, key, params);
  const say = (message: string) => {
    if (!error) return;
    error.textContent = message;
    error.hidden = message === '';
  };

  const add = (file: File) => {
    const item: Item = { state: 'uploading' };
    const row = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = file.name;
    const progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute('aria-label', `${t('attachments.uploading', { percent: 0 })} ${file.name}`);
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.textContent = t('attachments.uploading', { percent: 0 });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button-secondary';
    remove.textContent = t('attachments.remove');
    remove.setAttribute('aria-label', `${t('attachments.remove')}: ${file.name}`);
    remove.addEventListener('click', () => {
      items.delete(item);
      row.remove();
      input.focus();
    });
    row.append(name, ' ', progress, ' ', status, ' ', remove);
    list.append(row);
    items.add(item);
    const fail = (message: string) => {
      item.state = 'refused';
      status.textContent = message;
      progress.hidden = true;
    };
    void upload(file, item, {
      progress: (percent) => {
        progress.value = percent;
        status.textContent = t('attachments.uploading', { percent });
      },
      checking: () => {
        item.state = 'checking';
        progress.value = 100;
        status.textContent = t('attachments.checking');
      },
      ready: () => {
        item.state = 'ready';
        progress.hidden = true;
        status.textContent = t('attachments.ready');
      },
      fail,
    }).catch(() => fail(t('petitionForm.networkError')));
  };

  const upload = async (
    file: File,
    item: Item,
    on: { progress(p: number): void; checking(): void; ready(): void; fail(m: string): void },
  ) => {
    const grantResponse = await fetch(`${apiPaths.prefix}uploads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale },
      body: JSON.stringify({ type: file.type, size: file.size }),
    });
    const grant = (await grantResponse.json()) as {
      id: string;
      token: string;
      url: string;
      fields: Record<string, string>;
      message?: string;
    };
    if (grantResponse.status !== 201) return on.fail(grant.message ?? t('server.error'));
    item.ref = { id: grant.id, token: grant.token };
    const body = new FormData();
    for (const [key, value] of Object.entries(grant.fields)) body.append(key, value);
    body.append('file', file, 'upload');
    const sent = await new Promise<boolean>((resolve) => {
      const request = new XMLHttpRequest();
      request.open('POST', grant.url);
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) on.progress(Math.round((event.loaded / event.total) * 100));
      });
      request.addEventListener('load', () => resolve(request.status < 300));
      request.addEventListener('error', () => resolve(false));
      request.send(body);
    });
    if (!sent) return on.fail(t('petitionForm.networkError'));
    on.checking();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (!items.has(item)) return;
      const state = (await (
        await fetch(`${apiPaths.prefix}uploads/${grant.id}?token=${grant.token}`, {
          headers: { 'accept-language': locale },
        })
      ).json()) as { status?: string; message?: string };
      if (state.status === 'ready') return on.ready();
      if (state.status === 'refused') return on.fail(state.message ?? t('attachments.typeNotAllowed'));
    }
  };

  input.addEventListener('change', () => {
    say('');
    for (const file of [...(input.files ?? [])]) {
      if (items.size >= MAX_ATTACHMENTS_PER_PETITION) {
        say(t('attachments.tooMany', { max: MAX_ATTACHMENTS_PER_PETITION }));
        break;
      }
      if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) say(t('attachments.typeNotAllowed'));
      else if (file.size > MAX_ATTACHMENT_BYTES) say(t('attachments.tooLarge'));
      else add(file);
    }
    // The files are sent already: the form itself carries only their ids.
    input.value = '';
  });

  return {
    payload() {
      const refs = [...items].flatMap((i) => (i.ref && i.state !== 'refused' ? [i.ref] : []));
      return refs.length > 0 ? { attachments: refs } : {};
    },
  };
}
