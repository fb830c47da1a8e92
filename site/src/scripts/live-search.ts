/**
 * Search as you type on the search page: the words go through the same parser and ranking
 * as the API's no-JavaScript search (shared/search/), reading the index's shards and
 * chunks from the site (each fetched once, then kept). Every text is put in with
 * textContent and only matched words wrapped in <mark>, so markup in a title stays text.
 * Submitting the form still goes to the API's page (all pages of hits).
 */
import { highlight } from '../../../shared/search/highlight.ts';
import { hitPath } from '../../../shared/search/hit-links.ts';
import { chunkPath, shardPath } from '../../../shared/search/index-format.ts';
import { type SearchIndexSource, searchIndex } from '../../../shared/search/query.ts';
import { isEmptyQuery, parseQuery, type SearchQuery } from '../../../shared/search/terms.ts';

const SHOWN = 10;
const files = new Map<string, Promise<unknown>>();

function read(path: string): Promise<unknown> {
  let file = files.get(path);
  if (!file) {
    file = fetch(path).then((r) =>
      r.ok ? r.json() : r.status === 404 ? undefined : Promise.reject(new Error(String(r.status))),
    );
    file.catch(() => files.delete(path));
    files.set(path, file);
  }
  return file;
}

const source: SearchIndexSource = {
  shard: (name) => read(shardPath(name)) as ReturnType<SearchIndexSource['shard']>,
  chunk: (n) => read(chunkPath(n)) as ReturnType<SearchIndexSource['chunk']>,
};

function marked(text: string, query: SearchQuery): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of highlight(text, query)) {
    if (!segment.marked) fragment.append(segment.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      fragment.append(mark);
    }
  }
  return fragment;
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-live-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const out = document.getElementById('search-results');
  if (!form || !input || !out) return;
  const words = JSON.parse(form.dataset.words ?? '{}') as Record<'count' | 'none' | 'unavailable', string>;
  const locale = form.dataset.locale === 'en' ? 'en' : 'vi';
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(): Promise<void> {
    const typed = input!.value;
    const query = parseQuery(typed);
    const ticket = ++latest;
    if (isEmptyQuery(query)) {
      out!.replaceChildren();
      return;
    }
    try {
      const answer = await searchIndex(source, query, { page: 1, pageSize: SHOWN });
      if (ticket !== latest) return;
      const status = document.createElement('p');
      status.textContent = fill(answer.total ? words.count : words.none, {
        count: answer.total,
        query: typed.trim(),
      });
      const list = document.createElement('ul');
      list.className = 'list';
      for (const hit of answer.hits) {
        const item = document.createElement('li');
        const heading = document.createElement('h2');
        const link = document.createElement('a');
        link.href = hitPath(locale, hit);
        link.append(marked(hit.title, query));
        heading.append(link);
        const meta = document.createElement('p');
        meta.className = 'meta';
        meta.textContent = hit.context;
        const text = document.createElement('p');
        text.append(marked(hit.excerpt, query));
        item.append(heading, meta, text);
        list.append(item);
      }
      out!.replaceChildren(status, ...(answer.hits.length ? [list] : []));
    } catch {
      if (ticket !== latest) return;
      const status = document.createElement('p');
      status.textContent = words.unavailable;
      out!.replaceChildren(status);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
}
