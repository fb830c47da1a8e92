/**
 * The agenda item a resolution or interpellation came from: a choice among the session's
 * agenda items when the session is known, else the item's id typed (the API checks it
 * against the agenda either way).
 */
import type { SessionAgenda } from '../../../../shared/schemas/index.ts';
import type { ResolutionsApi } from '../api/resolutions-api.ts';
import type { Translator } from '../i18n/index.ts';
import { field } from '../ui/form.ts';

/** The session's agenda items, or none when the session is unknown or cannot be read. */
export async function agendaItemsOf(api: ResolutionsApi, sessionId: string | undefined) {
  if (!sessionId) return [];
  try {
    return (await api.agenda(sessionId)).items;
  } catch {
    return [];
  }
}

export function agendaItemField(
  tr: Translator,
  items: SessionAgenda['items'],
  value: string | undefined,
): HTMLElement {
  if (items.length === 0)
    return field({
      name: 'agendaItemId',
      label: tr.t('resolutionForm.agendaItem'),
      hint: tr.t('resolutionForm.agendaItemHint'),
      value,
    });
  return field({
    name: 'agendaItemId',
    label: tr.t('resolutionForm.agendaItemChoice'),
    type: 'select',
    placeholder: tr.t('app.none'),
    options: items.map((item, i) => ({ value: item.id, label: `${i + 1}. ${item.title}` })),
    value,
  });
}
