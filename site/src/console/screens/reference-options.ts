/** Choices for selects, from the reference data, in the reader's language. */
import type { UnitType } from '../../../../shared/schemas/index.ts';
import type { Reference } from '../api/reference.ts';
import type { Translator } from '../i18n/index.ts';
import type { Option } from '../ui/form.ts';

// Not imported from shared/schemas: that module would bring zod into the browser bundle.
const UNIT_TYPES: readonly UnitType[] = ['province', 'district', 'commune'];

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
