/**
 * The buttons under a console form, in one row (`.row-actions`): the submit button, a
 * secondary button that acts in the page (add a row, cancel an edit), a link back.
 */
import type { Translator } from '../i18n/index.ts';
import { type Child, h } from './dom.ts';

/** The buttons (and links) under a form, side by side. */
export function rowActions(...children: Child[]): HTMLParagraphElement {
  return h('p', { class: 'row-actions' }, ...children);
}

/** A button that acts in the page instead of sending the form. */
export function secondaryButton(label: string, onclick: (event: Event) => void): HTMLButtonElement {
  return h('button', { type: 'button', class: 'button secondary', onclick }, label);
}

export function submitButton(label: string): HTMLButtonElement {
  return h('button', { type: 'submit', class: 'button' }, label);
}

/** "Save", and "Cancel" back to an empty form while a record is being edited (agencies, rules). */
export function saveOrCancel(tr: Translator, editing: boolean, cancel: () => void): HTMLParagraphElement {
  return rowActions(
    submitButton(tr.t('app.save')),
    editing ? secondaryButton(tr.t('app.cancel'), cancel) : null,
  );
}

/** "Save", and a link back to the list the record belongs to. */
export function saveAndBack(tr: Translator, back: string): HTMLParagraphElement {
  return rowActions(submitButton(tr.t('app.save')), h('a', { href: back }, tr.t('app.back')));
}
