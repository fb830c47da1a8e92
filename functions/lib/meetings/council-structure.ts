/**
 * The council's structure the meetings stand on: sessions, electoral units, delegate
 * groups and delegates. Each record names others by id; all must be of the same
 * council, and an electoral unit's communes must lie in the council's territory.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { ReferenceData, ReferenceRecords } from '../../../shared/reference-data.ts';
import {
  type CouncilSessionInput,
  type DelegateGroupInput,
  type DelegateInput,
  type ElectoralUnitInput,
  id as idSchema,
} from '../../../shared/schemas/index.ts';
import { slugify } from '../../../shared/text.ts';

export type StructureKind = 'sessions' | 'electoralUnits' | 'delegateGroups' | 'delegates';
export type StructureRecord<K extends StructureKind> = ReferenceRecords[K][number];

type Problems = Record<string, { key: MessageKey }>;

function ofCouncil(
  problems: Problems,
  field: string,
  record: { councilId: string } | undefined,
  councilId: string,
  unknown: MessageKey,
) {
  if (!record) problems[field] = { key: unknown };
  else if (record.councilId !== councilId) problems[field] = { key: 'field.otherCouncil' };
}

/** A readable id when it fits the id rules ("huu-lung-kh12"), else the caller must send one. */
function readableId(preferred: string): string {
  const candidate = preferred.slice(0, 64).replace(/-+$/, '');
  if (!idSchema.safeParse(candidate).success) throw new ValidationError({ id: { key: 'field.required' } });
  return candidate;
}

/** The record to store for `input` in `councilId`, or a ValidationError naming each bad field. */
export function structureRecord<K extends StructureKind>(
  kind: K,
  ref: ReferenceData,
  councilId: string,
  input: CouncilSessionInput | ElectoralUnitInput | DelegateGroupInput | DelegateInput,
  existingId?: string,
): StructureRecord<K> {
  const problems: Problems = {};
  let preferred: string;
  switch (kind) {
    case 'sessions': {
      preferred = `${councilId}-kh${(input as CouncilSessionInput).number}`;
      break;
    }
    case 'electoralUnits': {
      const unit = input as ElectoralUnitInput;
      const council = ref.councils.get(councilId);
      unit.communeIds.forEach((communeId, i) => {
        if (ref.units.get(communeId)?.type !== 'commune')
          problems[`communeIds.${i}`] = { key: 'field.unknownCommune' };
        else if (council && !ref.isWithin(communeId, council.unitId))
          problems[`communeIds.${i}`] = { key: 'field.communeOutsideCouncil' };
      });
      preferred = `${councilId}-dv${unit.number}`;
      break;
    }
    case 'delegateGroups': {
      const group = input as DelegateGroupInput;
      ofCouncil(
        problems,
        'electoralUnitId',
        ref.electoralUnits.get(group.electoralUnitId),
        councilId,
        'field.unknownElectoralUnit',
      );
      preferred = `to-${group.electoralUnitId}`;
      break;
    }
    default: {
      const delegate = input as DelegateInput;
      ofCouncil(
        problems,
        'groupId',
        ref.delegateGroups.get(delegate.groupId),
        councilId,
        'field.unknownGroup',
      );
      preferred = `${delegate.groupId}-${slugify(delegate.name)}`;
    }
  }
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
  const { id, ...fields } = input;
  return {
    ...fields,
    councilId,
    id: existingId ?? id ?? readableId(preferred),
  } as unknown as StructureRecord<K>;
}
