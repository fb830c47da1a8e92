/**
 * The petition form's choices, from the reference data, in the reader's language: the
 * submitter's commune (grouped under "Hữu Lũng, Lạng Sơn"), the field, and the locality the
 * matter concerns — only places some council on the service covers (any other would be
 * refused), by province, each district ("toàn địa bàn") followed by its communes. Pure and
 * zod-free: the server reads it from the repository, the site's build from GET /v1/reference.
 */
import { type Locale, translate } from '../messages/index.ts';

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceGroup {
  label: string;
  options: Choice[];
}

export interface PetitionFormChoices {
  communes: ChoiceGroup[];
  fields: Choice[];
  localities: ChoiceGroup[];
}

interface Unit {
  id: string;
  name: string;
  type: 'province' | 'district' | 'commune';
  parentId?: string | null | undefined;
}

export interface ChoiceSource {
  units: readonly Unit[];
  fields: readonly { id: string; name: string; nameEn?: string | undefined }[];
  /** The units some council covers (a council's territory is its unit and all below it). */
  councilUnitIds: readonly string[];
}

export function petitionFormChoices(source: ChoiceSource, locale: Locale): PetitionFormChoices {
  const byId = new Map(source.units.map((u) => [u.id, u]));
  const lineage = (id: string | null | undefined): Unit[] => {
    const out: Unit[] = [];
    for (
      let u = id ? byId.get(id) : undefined;
      u && out.length < 8;
      u = u.parentId ? byId.get(u.parentId) : undefined
    )
      out.push(u);
    return out;
  };
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'vi');

  const groups = new Map<string, Choice[]>();
  for (const commune of source.units.filter((u) => u.type === 'commune')) {
    const label = lineage(commune.parentId)
      .map((u) => u.name)
      .join(', ');
    groups.set(label, [...(groups.get(label) ?? []), { value: commune.id, label: commune.name }]);
  }
  const communes = [...groups]
    .map(([label, options]) => ({ label, options: options.sort(byLabel) }))
    .sort(byLabel);

  const fields = source.fields
    .map((f) => ({ value: f.id, label: (locale === 'en' && f.nameEn) || f.name }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  const covered = new Set(source.councilUnitIds);
  const path = (u: Unit) =>
    lineage(u.id)
      .map((x) => x.name)
      .reverse()
      .join('/');
  const localities = source.units
    .filter((u) => u.type === 'province')
    .map((province) => ({
      label: province.name,
      options: source.units
        .filter((u) => {
          const up = lineage(u.id).map((x) => x.id);
          return up.includes(province.id) && up.some((id) => covered.has(id));
        })
        .sort((a, b) => path(a).localeCompare(path(b), 'vi'))
        .map((u) => ({
          value: u.id,
          label:
            u.type === 'commune' ? u.name : translate(locale, 'petitionForm.wholeUnit', { name: u.name }),
        })),
    }))
    .filter((g) => g.options.length > 0);

  return { communes, fields, localities };
}
