/** Choices for selects, from the reference data, in the reader's language. */
import { UNIT_TYPES, type UnitType } from '../../../../shared/vocabulary.ts';
import type { Reference } from '../api/reference.ts';
import type { Translator } from '../i18n/index.ts';
import type { Option } from '../ui/form.ts';

const byName = (a: Option, b: Option) => a.label.localeCompare(b.label, 'vi');

/** Every unit, provinces first, with its level in words. */
export function unitOptions(
  tr: Translator,
  ref: Reference,
  types: readonly UnitType[] = UNIT_TYPES,
): Option[] {
  return types.flatMap((type) =>
    ref.units
      .filter((u) => u.type === type)
      .map((u) => ({ value: u.id, label: `${u.name} (${tr.t(`level.${u.type}`)})` }))
      .sort(byName),
  );
}

export const communeOptions = (tr: Translator, ref: Reference) => unitOptions(tr, ref, ['commune']);

export const levelOptions = (tr: Translator): Option[] =>
  UNIT_TYPES.map((level) => ({ value: level, label: tr.t(`level.${level}`) }));

export function fieldOptions(tr: Translator, ref: Reference): Option[] {
  return ref.fields
    .map((f) => ({ value: f.id, label: tr.locale === 'en' && f.nameEn ? f.nameEn : f.name }))
    .sort(byName);
}

export const agencyOptions = (ref: Reference): Option[] =>
  ref.agencies.map((a) => ({ value: a.id, label: a.name })).sort(byName);

/** True when `unitId` is `ancestorId` or lies inside it (the unit tree by parentId). */
function within(ref: Reference, unitId: string, ancestorId: string): boolean {
  const byId = new Map(ref.units.map((u) => [u.id, u]));
  let current = byId.get(unitId);
  for (let depth = 0; current && depth < 8; depth += 1) {
    if (current.id === ancestorId) return true;
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return false;
}

/** The communes on a council's territory. */
export function councilCommuneOptions(ref: Reference, councilId: string): Option[] {
  const council = ref.councils.find((c) => c.id === councilId);
  if (!council) return [];
  return ref.units
    .filter((u) => u.type === 'commune' && within(ref, u.id, council.unitId))
    .map((u) => ({ value: u.id, label: u.name }))
    .sort(byName);
}
