/**
 * The routing form's fields: the body, chosen from a drop-down grouped by where each body
 * stands from the petition's council (the proposed one first), with a search box above it
 * that narrows the choices as one types (diacritics ignored; Enter or ↓ moves to the list);
 * and the reason, required as soon as the body is not the proposed one (the API refuses
 * such a route without it, with the same message).
 */
import { routeNeedsReason } from '../../../../shared/routing.ts';
import type { Reference } from '../api/reference.ts';
import type { Translator } from '../i18n/index.ts';
import { h, replace, uid } from '../ui/dom.ts';
import { field } from '../ui/form.ts';
import { agencyGroups, filterGroups, type OptionGroup } from './agency-groups.ts';

export interface RouteFields {
  fields: HTMLElement[];
  /** Field errors the form has before it is sent, as the API would name them. */
  check(body: Record<string, unknown>): Record<string, string> | undefined;
}

function fillSelect(tr: Translator, select: HTMLSelectElement, groups: readonly OptionGroup[]): void {
  const value = select.value;
  replace(
    select,
    h('option', { value: '' }, tr.t('app.choose')),
    groups.map((g) =>
      h(
        'optgroup',
        { label: tr.t(`route.group.${g.name}`) },
        g.options.map((o) => h('option', { value: o.value }, o.label)),
      ),
    ),
  );
  select.value = value;
}

export function routeFields(
  tr: Translator,
  ref: Reference,
  agencies: readonly { id: string; name: string; unitId: string }[],
  petition: { councilId: string; agencyId?: string | undefined; proposedAgencyId?: string | undefined },
): RouteFields {
  const proposed = petition.proposedAgencyId;
  const groups = agencyGroups(ref, agencies, petition.councilId, proposed);
  const id = uid('f');
  const select = h('select', { id, name: 'agencyId', required: true, 'aria-describedby': `${id}-hint` });
  fillSelect(tr, select, groups);
  select.value = petition.agencyId ?? proposed ?? '';

  const searchId = uid('f');
  const found = h('p', { class: 'hint', id: `${searchId}-found`, 'aria-live': 'polite' });
  const search = h('input', {
    id: searchId,
    type: 'search',
    autocomplete: 'off',
    'aria-controls': id,
    'aria-describedby': `${searchId}-found`,
  });
  const count = (gs: readonly OptionGroup[]) => gs.reduce((n, g) => n + g.options.length, 0);
  search.addEventListener('input', () => {
    const shown = filterGroups(groups, search.value, select.value);
    fillSelect(tr, select, shown);
    found.textContent = search.value.trim() ? tr.t('route.found', { count: count(shown) }) : '';
  });
  // Enter would send the form; with ↓ it moves to the narrowed list instead.
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    select.focus();
  });

  const reason = field({
    name: 'reason',
    label: tr.t('route.reason'),
    type: 'textarea',
    rows: 3,
    hint: tr.t('route.reasonHint'),
  });
  const reasonInput = reason.querySelector('textarea');
  const star = h('span', { class: 'required', 'aria-hidden': 'true' }, ' *');
  const markReason = () => {
    const needed = routeNeedsReason(proposed, select.value || (proposed ?? ''));
    reasonInput?.toggleAttribute('required', needed);
    if (needed) reason.querySelector('label')?.append(star);
    else star.remove();
  };
  select.addEventListener('change', markReason);
  markReason();

  const searchBlock = h(
    'div',
    { class: 'field agency-search' },
    h('label', { for: searchId }, tr.t('route.search')),
    search,
    found,
  );
  const agency = h(
    'div',
    { class: 'field', 'data-field': 'agencyId' },
    h(
      'label',
      { for: id },
      tr.t('route.agency'),
      h('span', { class: 'required', 'aria-hidden': 'true' }, ' *'),
    ),
    h('p', { class: 'hint', id: `${id}-hint` }, tr.t('route.agencyHint')),
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    select,
  );
  return {
    fields: [searchBlock, agency, reason],
    check(body) {
      const agencyId = typeof body.agencyId === 'string' ? body.agencyId : '';
      const given = typeof body.reason === 'string' && body.reason.trim() !== '';
      if (agencyId && routeNeedsReason(proposed, agencyId) && !given)
        return { reason: tr.m('field.reasonForOtherAgency') };
      return undefined;
    },
  };
}
