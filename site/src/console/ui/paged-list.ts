/**
 * Every list in the console is paged: the API gives a page and a cursor to the next one,
 * this shows the page with "previous / next" buttons and moves the focus to the top of
 * the new page, so a keyboard user does not have to travel back up.
 */
import type { ConsoleContext } from '../context.ts';
import { CursorTrail, type Page } from './cursor-trail.ts';
import { focusElement, h, replace } from './dom.ts';
import { listOrNone } from './lists.ts';

export interface PagedList {
  element: HTMLElement;
  /** Loads the first page again (after a filter changed). */
  reload(): Promise<void>;
}

export function pagedList<T>(
  ctx: ConsoleContext,
  options: {
    /** The accessible name of the list region. */
    label: string;
    load: (cursor: string | undefined) => Promise<Page<T>>;
    render: (items: T[]) => Node;
  },
): PagedList {
  const { tr } = ctx;
  const trail = new CursorTrail();
  const body = h('div', { class: 'paged-body', tabindex: '-1', 'aria-label': options.label, role: 'region' });
  const pager = h('nav', { class: 'pager-nav', 'aria-label': tr.t('pager.label') });
  const element = h('div', { class: 'paged' }, body, pager);

  async function show(moveFocus: boolean): Promise<void> {
    body.setAttribute('aria-busy', 'true');
    try {
      const page = await options.load(trail.current);
      trail.loaded(page);
      replace(body, listOrNone(page.items, tr.t('list.empty'), options.render));
      renderPager();
      if (moveFocus) focusElement(body);
    } catch (error) {
      ctx.fail(error);
    } finally {
      body.removeAttribute('aria-busy');
    }
  }

  function renderPager(): void {
    const button = (label: string, enabled: boolean, go: () => void) =>
      h('button', { type: 'button', class: 'button secondary', disabled: !enabled, onclick: go }, label);
    replace(
      pager,
      h(
        'ul',
        { class: 'pager' },
        h(
          'li',
          {},
          button(tr.t('pager.previous'), trail.hasPrevious, () => {
            trail.back();
            void show(true);
          }),
        ),
        h('li', { class: 'page-number' }, tr.t('pager.page', { page: trail.pageNumber })),
        h(
          'li',
          {},
          button(tr.t('pager.next'), trail.hasNext, () => {
            trail.forward();
            void show(true);
          }),
        ),
      ),
    );
  }

  return {
    element,
    reload: () => {
      trail.reset();
      return show(false);
    },
  };
}
