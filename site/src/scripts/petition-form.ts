/**
 * The petition form with JavaScript: the same zod schema as the API checks the form as
 * the citizen goes, messages come from the shared catalogue in the page's language, and
 * the petition is sent as JSON exactly once: the button is disabled while a request is
 * under way, and retries of one submission (after a dropped connection or a 502–504)
 * carry the same Idempotency-Key, so the API returns the first answer instead of making a
 * second petition. Without JavaScript none of this runs and the form posts as usual.
 */
import type { Locale } from '../../../shared/messages/index.ts';
import { PetitionSubmission } from '../../../shared/schemas/petition-submission.ts';
import { FORM_MESSAGES_ID, type FormMessages } from '../../../shared/ui/petition-form-messages.ts';
import { apiPaths, withLocale } from '../../../shared/ui/routes.ts';
import type { FormAttachments } from './attachments.ts';
import { collectInput, fieldMessages, say } from './petition-input.ts';

const RETRIES = 2;
const RETRY_STATUSES = new Set([502, 503, 504]);

const idOf = (path: string) => path.replace(/\./g, '-');

function showErrors(form: HTMLFormElement, errors: Record<string, string>, only?: string): void {
  for (const slot of form.querySelectorAll<HTMLElement>('.field-error')) {
    const path = slot.id.slice(2);
    if (only && path !== idOf(only)) continue;
    const message = Object.entries(errors).find(([p]) => idOf(p) === path)?.[1];
    slot.textContent = message ?? '';
    slot.hidden = !message;
    const control = form.querySelector<HTMLElement>(`#f-${path}`);
    if (control) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
  if (only) return;
  const summary = document.getElementById('error-summary');
  const list = summary?.querySelector('ul');
  if (!summary || !list) return;
  list.replaceChildren(
    ...Object.entries(errors).map(([path, message]) => {
      const item = document.createElement('li');
      const target = form.querySelector(`#f-${idOf(path)}`);
      if (target) {
        const link = document.createElement('a');
        link.href = `#f-${idOf(path)}`;
        // Named like the server's summary (shared/ui/petition-form.ts): "Tiêu đề: …".
        const label = form.querySelector<HTMLElement>(`#e-${idOf(path)}`)?.dataset.label;
        link.textContent = label ? `${label}: ${message}` : message;
        item.append(link);
      } else {
        item.textContent = message;
      }
      return item;
    }),
  );
  summary.hidden = Object.keys(errors).length === 0;
  if (!summary.hidden) summary.focus();
}

function errorsOf(form: HTMLFormElement, messages: FormMessages): Record<string, string> {
  const result = PetitionSubmission.safeParse(collectInput(new FormData(form)), { reportInput: true });
  return result.success ? {} : fieldMessages(result.error.issues, messages);
}

/** The page's messages (shared/ui/petition-form-messages.ts), or none: then keys show, never a crash. */
function pageMessages(): FormMessages {
  try {
    return JSON.parse(document.getElementById(FORM_MESSAGES_ID)?.dataset.messages ?? '{}') as FormMessages;
  } catch {
    return {};
  }
}

async function send(body: string, key: string, locale: Locale): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${apiPaths.prefix}petitions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'accept-language': locale,
          'idempotency-key': key,
        },
        body,
      });
      if (!RETRY_STATUSES.has(response.status) || attempt >= RETRIES) return response;
    } catch (error) {
      if (attempt >= RETRIES) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 600 * 2 ** attempt));
  }
}

/**
 * Files: attachments.ts (a third of the script) loads when the citizen first picks one, then
 * takes that choice as its own (DESIGN §7: the script the page loads stays within 10 KB).
 */
function attachmentsOnFirstChoice(
  form: HTMLFormElement,
  locale: Locale,
  messages: FormMessages,
): FormAttachments {
  const input = form.querySelector<HTMLInputElement>('#f-files');
  let loaded: FormAttachments | undefined;
  input?.addEventListener(
    'change',
    async () => {
      const { enhanceAttachments } = await import('./attachments.ts');
      loaded = enhanceAttachments(form, locale, messages);
      input.dispatchEvent(new Event('change'));
    },
    { once: true },
  );
  return { payload: () => loaded?.payload() ?? {} };
}

/** Similar petitions: similar-petitions.ts loads with the first word typed in the title (or a commune, a field chosen). */
function similarOnFirstInput(form: HTMLFormElement, locale: Locale, messages: FormMessages): void {
  let loading = false;
  const start = async (event: Event) => {
    if (loading) return;
    loading = true;
    const { suggestSimilarPetitions } = await import('./similar-petitions.ts');
    suggestSimilarPetitions(form, locale, messages);
    // What was typed while it loaded counts: the module now listens, and hears it again.
    event.target?.dispatchEvent(new Event(event.type));
  };
  for (const selector of ['#f-title', '#f-submitter-communeId', '#f-fieldId']) {
    const control = form.querySelector(selector);
    control?.addEventListener('input', start, { once: true });
    control?.addEventListener('change', start, { once: true });
  }
}

export function enhancePetitionForm(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-petition-form]');
  const button = form?.querySelector<HTMLButtonElement>('button[type=submit]');
  if (!form || !button) return;
  const locale: Locale = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const messages = pageMessages();
  const label = button.textContent ?? '';
  form.noValidate = true;
  similarOnFirstInput(form, locale, messages);
  const attachments = attachmentsOnFirstChoice(form, locale, messages);
  let submitted = false;
  let sending = false;
  /** One submission's body and key: a retry of the same content reuses the key. */
  let pending: { body: string; key: string } | undefined;

  // Inline: once a field is left (or the form was tried), its message follows what is typed.
  // A message shown while a button is down would move what is under the pointer (the
  // consent radio below "Nội dung"), and the click would land elsewhere: it waits for the click.
  let pressed = false;
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', () => (pressed = false), true);
  form.addEventListener('focusout', (event) => {
    const name = (event.target as HTMLInputElement | null)?.name;
    if (!name || name === 'website') return;
    const check = () => showErrors(form, errorsOf(form, messages), name);
    // After pointerup come mouseup and click, in the same turn: the timeout runs after them.
    if (pressed) document.addEventListener('pointerup', () => setTimeout(check), { once: true });
    else check();
  });
  form.addEventListener('input', (event) => {
    const name = (event.target as HTMLInputElement | null)?.name;
    if (submitted && name) showErrors(form, errorsOf(form, messages), name);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    submitted = true;
    const data = new FormData(form);
    // A filled honeypot: let the API see the form as a bot sent it.
    if (String(data.get('website') ?? '') !== '') return form.submit();
    const errors = errorsOf(form, messages);
    showErrors(form, errors);
    if (Object.keys(errors).length > 0) return;

    const body = JSON.stringify({ ...collectInput(data), ...attachments.payload() });
    if (pending?.body !== body) pending = { body, key: crypto.randomUUID() };
    sending = true;
    button.disabled = true;
    button.textContent = say(messages, 'petitionForm.sending');
    try {
      const response = await send(pending.body, pending.key, locale);
      const answer = (await response.json().catch(() => ({}))) as {
        code?: string;
        message?: string;
        fields?: Record<string, string>;
      };
      if (response.status === 201 && answer.code) {
        window.location.assign(
          withLocale(`${apiPaths.confirmation}?ma=${encodeURIComponent(answer.code)}`, locale),
        );
        return;
      }
      showErrors(form, answer.fields ?? { _: answer.message ?? say(messages, 'server.error') });
    } catch {
      showErrors(form, { _: say(messages, 'petitionForm.networkError') });
    } finally {
      sending = false;
      button.disabled = false;
      button.textContent = label;
    }
  });
}
