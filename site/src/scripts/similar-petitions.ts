/**
 * Similar petitions while the citizen types a title (with JavaScript): once the commune, the
 * field and a few words are there, and the typing has paused, the form asks
 * GET /v1/petitions/similar and lists what it answers under the title, in a polite live
 * region: each petition opens its track page, or "I have the same issue" goes to its "me
 * too" form. One request per pause (a burst of typing costs one, the same words again cost
 * none, a newer request cancels the older). No zod here: the form script stays small.
 */
import type { Locale, MessageKey } from '../../../shared/messages/index.ts';
import type { FormMessages } from '../../../shared/ui/petition-form-messages.ts';
import { apiPaths, withLocale } from '../../../shared/ui/routes.ts';
import { say } from './petition-input.ts';

/** How long the typing must pause before asking. */
export const SIMILAR_DEBOUNCE_MS = 450;
const MIN_TITLE_LENGTH = 8;

interface Suggestion {
  code: string;
  title: string;
  status: string;
}

function render(
  region: HTMLElement,
  items: Suggestion[],
  communeId: string,
  locale: Locale,
  messages: FormMessages,
): void {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => say(messages, key, params);
  if (items.length === 0) {
    region.replaceChildren();
    region.hidden = true;
    return;
  }
  const heading = document.createElement('h3');
  heading.textContent = t('similar.title');
  const count = document.createElement('p');
  count.textContent = `${t('similar.found', { count: items.length })} ${t('similar.intro')}`;
  const list = document.createElement('ul');
  list.className = 'list';
  for (const item of items) {
    const track = withLocale(`${apiPaths.trackResult}?ma=${encodeURIComponent(item.code)}`, locale);
    const li = document.createElement('li');
    const title = document.createElement('strong');
    title.textContent = item.title;
    const status = document.createElement('span');
    status.className = `status status-${item.status}`;
    status.textContent = t(`petition.status.${item.status}` as MessageKey);
    const open = document.createElement('a');
    open.href = track;
    open.textContent = t('similar.open', { code: item.code });
    const same = document.createElement('a');
    same.href = `${track}&xa=${encodeURIComponent(communeId)}#ung-ho`;
    same.textContent = t('similar.same');
    li.append(title, ' ', status, document.createElement('br'), open, ' · ', same);
    list.append(li);
  }
  region.replaceChildren(heading, count, list);
  region.hidden = false;
}

/** The words it shows come with the page (`formMessageKeys` in shared/ui/petition-form-messages.ts). */
export function suggestSimilarPetitions(form: HTMLFormElement, locale: Locale, messages: FormMessages): void {
  const title = form.querySelector<HTMLInputElement>('#f-title');
  const commune = form.querySelector<HTMLSelectElement>('#f-submitter-communeId');
  const field = form.querySelector<HTMLSelectElement>('#f-fieldId');
  const anchor = title?.closest('.field');
  if (!title || !commune || !field || !anchor) return;
  const region = document.createElement('div');
  region.id = 'similar-petitions';
  region.className = 'notice';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.hidden = true;
  anchor.after(region);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = '';
  let inFlight: AbortController | undefined;

  const ask = async () => {
    const q = title.value.trim();
    if (q.length < MIN_TITLE_LENGTH || !commune.value || !field.value)
      return render(region, [], '', locale, messages);
    const query = new URLSearchParams({ q, commune: commune.value, field: field.value }).toString();
    if (query === asked) return;
    asked = query;
    inFlight?.abort();
    inFlight = new AbortController();
    try {
      const response = await fetch(`${apiPaths.prefix}petitions/similar?${query}`, {
        headers: { accept: 'application/json', 'accept-language': locale },
        signal: inFlight.signal,
      });
      if (!response.ok) return;
      const body = (await response.json()) as { items?: Suggestion[] };
      render(region, body.items ?? [], commune.value, locale, messages);
    } catch {
      // Offline or cancelled by a newer request: the suggestions are a help, never a blocker.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(ask, SIMILAR_DEBOUNCE_MS);
  };
  title.addEventListener('input', later);
  commune.addEventListener('change', later);
  field.addEventListener('change', later);
}
