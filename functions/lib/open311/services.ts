/**
 * The Open311 service list and service definitions of a jurisdiction (a council): one
 * service per field, grouped by the body the council's competence matrix sends the field
 * to across its territory (fields carry no area of their own), and three attributes drawn
 * from the reference data: the commune, the locality, and the consent to publish.
 */
import { NotFoundError, ValidationError } from '../../../shared/errors.ts';
import { type Locale, translate } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import { competentBody } from '../../../shared/routing.ts';
import type { AdministrativeUnit, Council, Field } from '../../../shared/schemas/index.ts';
import { searchKey } from '../../../shared/text.ts';

export const ATTRIBUTE = { commune: 'commune', locality: 'locality', consent: 'consent_to_publish' } as const;
export const CONSENT_VALUES = ['true', 'false'] as const;

/** The council named by jurisdiction_id: 400 when it is missing, 404 when it is unknown. */
export function jurisdictionOf(reference: ReferenceData, jurisdictionId: unknown): Council {
  if (typeof jurisdictionId !== 'string' || jurisdictionId.trim() === '')
    throw new ValidationError({ jurisdiction_id: { key: 'field.required' } });
  const council = reference.councils.get(jurisdictionId.trim());
  if (!council) throw new NotFoundError('open311.unknownJurisdiction');
  return council;
}

export function serviceOf(reference: ReferenceData, serviceCode: string): Field {
  const field = reference.fields.get(serviceCode);
  if (!field) throw new NotFoundError('open311.unknownService');
  return field;
}

export const serviceName = (field: Field, locale: Locale) => (locale === 'en' ? field.nameEn : field.name);

/** Units whose petitions this council receives: its own unit and those below it not under a more local council. */
export function unitsOf(reference: ReferenceData, council: Council): AdministrativeUnit[] {
  return reference.records.units.filter((u) => reference.councilsFor(u.id)[0]?.id === council.id);
}

export function communesOf(reference: ReferenceData, council: Council): AdministrativeUnit[] {
  return unitsOf(reference, council).filter((u) => u.type === 'commune');
}

export interface ServiceSummary {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

export function serviceList(reference: ReferenceData, council: Council, locale: Locale): ServiceSummary[] {
  return reference.records.fields.map((field) => {
    const body = competentBody(reference, council, { fieldId: field.id, localityId: council.unitId });
    const agency = body ? reference.agencies.get(body.agencyId) : undefined;
    return {
      service_code: field.id,
      service_name: serviceName(field, locale),
      description: translate(locale, 'open311.serviceDescription', {
        field: serviceName(field, locale),
        council: council.name,
      }),
      metadata: true,
      type: 'realtime',
      keywords: [...new Set([field.name, searchKey(field.name), field.nameEn])].join(', '),
      group: agency?.name ?? council.name,
    };
  });
}

export interface ServiceAttribute {
  variable: boolean;
  code: string;
  datatype: 'singlevaluelist' | 'string';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values: { key: string; name: string }[];
}

export function serviceAttributes(
  reference: ReferenceData,
  council: Council,
  locale: Locale,
): ServiceAttribute[] {
  const named = (units: AdministrativeUnit[]) => units.map((u) => ({ key: u.id, name: u.name }));
  return [
    {
      variable: true,
      code: ATTRIBUTE.commune,
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: translate(locale, 'open311.attribute.commune.datatype'),
      order: 1,
      description: translate(locale, 'open311.attribute.commune'),
      values: named(communesOf(reference, council)),
    },
    {
      variable: true,
      code: ATTRIBUTE.locality,
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: translate(locale, 'open311.attribute.locality.datatype'),
      order: 2,
      description: translate(locale, 'open311.attribute.locality'),
      values: named(unitsOf(reference, council)),
    },
    {
      variable: true,
      code: ATTRIBUTE.consent,
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: translate(locale, 'open311.attribute.consent.datatype'),
      order: 3,
      description: translate(locale, 'open311.attribute.consent'),
      values: [
        { key: 'true', name: translate(locale, 'open311.consent.yes') },
        { key: 'false', name: translate(locale, 'open311.consent.no') },
      ],
    },
  ];
}
