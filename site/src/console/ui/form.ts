/**
 * Form fields with their label, hint and error slot tied to the control (aria-describedby),
 * and the API's field errors shown next to the fields they concern, with a summary that
 * links to each one and takes the focus (WCAG 3.3.1, 3.3.3).
 */
import type { Translator } from '../i18n/index.ts';
import { type Child, focusElement, h, type Props, uid } from './dom.ts';
import { bodyOf, controlNameFor, type FormEntry } from './form-values.ts';

export interface Option {
  value: string;
  label: string;
}

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'date' | 'datetime-local' | 'number' | 'password' | 'textarea' | 'select';
  value?: string | number | undefined;
  required?: boolean;
  hint?: string;
  options?: readonly Option[];
  /** A first, empty choice of a select ("— choose —"). */
  placeholder?: string;
  autocomplete?: string;
  rows?: number;
  min?: number;
  max?: number;
}

function describe(control: HTMLElement, ...ids: (string | undefined)[]): void {
  const list = ids.filter(Boolean).join(' ');
  if (list) control.setAttribute('aria-describedby', list);
  else control.removeAttribute('aria-describedby');
}

function control(spec: FieldSpec, id: string): HTMLElement {
  const common = { id, name: spec.name, required: spec.required ?? false };
  if (spec.type === 'textarea') {
    return h(
      'textarea',
      { ...common, rows: spec.rows ?? 5 },
      spec.value === undefined ? '' : String(spec.value),
    );
  }
  if (spec.type === 'select') {
    const select = h(
      'select',
      common,
      spec.placeholder !== undefined ? h('option', { value: '' }, spec.placeholder) : null,
      (spec.options ?? []).map((o) => h('option', { value: o.value }, o.label)),
    );
    if (spec.value !== undefined) select.value = String(spec.value);
    return select;
  }
  return h('input', {
    ...common,
    type: spec.type ?? 'text',
    value: spec.value,
    autocomplete: spec.autocomplete,
    min: spec.min,
    max: spec.max,
  });
}

/** A labelled control with its hint and (hidden) error message. */
export function field(spec: FieldSpec): HTMLElement {
  const id = uid('f');
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const input = control(spec, id);
  describe(input, hintId);
  return h(
    'div',
    { class: 'field', 'data-field': spec.name },
    h(
      'label',
      { for: id },
      spec.label, // The control's `required` is what assistive technology announces; the star is for the eye.
      spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null,
    ),
    spec.hint ? h('p', { class: 'hint', id: hintId }, spec.hint) : null,
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    input,
  );
}

/** A select of a vocabulary's values (statuses, kinds, results…), each shown by `labelOf`. */
export function vocabularySelect<V extends string>(
  spec: Omit<FieldSpec, 'type' | 'options'>,
  values: readonly V[],
  labelOf: (value: V) => string,
): HTMLElement {
  return field({
    ...spec,
    type: 'select',
    options: values.map((value) => ({ value, label: labelOf(value) })),
  });
}

/** A select that must be answered: it starts on "— choose —", so nothing is picked by accident. */
export function requiredChoice(
  tr: Translator,
  spec: Omit<FieldSpec, 'type' | 'required' | 'placeholder'>,
): HTMLElement {
  return field({ ...spec, type: 'select', required: true, placeholder: tr.t('app.choose') });
}

/** A group of checkboxes sent as a list ("communeIds[]"). */
export function checkboxes(
  name: string,
  legend: string,
  options: readonly Option[],
  checked: readonly string[] = [],
) {
  const id = uid('g');
  return h(
    'fieldset',
    { class: 'field checkboxes', 'data-field': `${name}[]`, id },
    h('legend', {}, legend),
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    options.map((o) => {
      const inputId = uid('c');
      return h(
        'div',
        { class: 'checkbox' },
        h('input', {
          type: 'checkbox',
          id: inputId,
          name: `${name}[]`,
          value: o.value,
          checked: checked.includes(o.value),
        }),
        h('label', { for: inputId }, o.label),
      );
    }),
  );
}

/** A single checkbox sent as true/false. */
export function checkbox(name: string, label: string, checked = false): HTMLElement {
  const id = uid('c');
  return h(
    'div',
    { class: 'field checkbox', 'data-field': name },
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    h('input', { type: 'checkbox', id, name, 'data-boolean': true, checked }),
    h('label', { for: id }, label),
  );
}

/** The name/value pairs of a form's controls, as the API body. */
export function formBody(form: HTMLFormElement): Record<string, unknown> {
  const entries: FormEntry[] = [];
  for (const element of Array.from(form.elements)) {
    if (
      !(
        element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement
      )
    )
      continue;
    if (!element.name || element.disabled) continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      if (element.hasAttribute('data-boolean')) entries.push([element.name, element.checked]);
      else if (element.checked) entries.push([element.name, element.value]);
      continue;
    }
    if (element instanceof HTMLInputElement && element.type === 'number' && element.value !== '') {
      entries.push([element.name, Number(element.value)]);
      continue;
    }
    entries.push([element.name, element.value]);
  }
  return bodyOf(entries);
}

const summaryOf = (form: HTMLFormElement) => form.querySelector<HTMLElement>(':scope > .error-summary');

export function clearErrors(form: HTMLFormElement): void {
  summaryOf(form)?.remove();
  for (const slot of Array.from(form.querySelectorAll<HTMLElement>('.field-error'))) {
    slot.hidden = true;
    slot.textContent = '';
  }
  for (const invalid of Array.from(form.querySelectorAll('[aria-invalid]'))) {
    invalid.removeAttribute('aria-invalid');
    const hint = invalid.closest('.field')?.querySelector('.hint')?.id;
    describe(invalid as HTMLElement, hint);
  }
}

/** Shows `message` above the form and each field error next to its field; focuses the summary. */
export function showErrors(
  form: HTMLFormElement,
  message: string,
  fields: Record<string, string> = {},
): void {
  clearErrors(form);
  const containers = new Map<string, HTMLElement>();
  for (const el of Array.from(form.querySelectorAll<HTMLElement>('[data-field]'))) {
    containers.set(el.dataset.field!, el);
  }
  const links: Child[] = [];
  for (const [path, text] of Object.entries(fields)) {
    const name = controlNameFor(path, new Set(containers.keys()));
    const container = name ? containers.get(name) : undefined;
    const slot = container?.querySelector<HTMLElement>('.field-error');
    const input = container?.querySelector<HTMLElement>('input, select, textarea');
    if (!container || !slot || !input) {
      links.push(h('li', {}, text));
      continue;
    }
    slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
    slot.hidden = false;
    for (const c of Array.from(container.querySelectorAll('input, select, textarea'))) {
      c.setAttribute('aria-invalid', 'true');
      describe(c as HTMLElement, container.querySelector('.hint')?.id, slot.id);
    }
    const label = container.querySelector('label, legend')?.textContent?.replace(/\s*\*$/, '') ?? name;
    links.push(h('li', {}, h('a', { href: `#${input.id}` }, `${label}: ${text}`)));
  }
  const summary = h(
    'div',
    { class: 'error-summary', role: 'alert' },
    h('p', { class: 'error-title' }, message),
    links.length > 0 ? h('ul', {}, links) : null,
  );
  form.prepend(summary);
  focusElement(summary);
}

/**
 * A console form: the browser's own validation is off (`novalidate`), since every form
 * shows the API's messages beside its fields in the reader's language (showErrors).
 */
export function staffForm(props: Props = {}, ...children: Child[]): HTMLFormElement {
  return h('form', { novalidate: true, ...props }, ...children);
}

/** A form that changes what a list shows (a status, a kind, a year, words): its controls, then a "show" button. */
export function filterForm(props: Props, show: string, ...controls: Child[]): HTMLFormElement {
  return h('form', props, ...controls, h('button', { type: 'submit', class: 'button secondary' }, show));
}
