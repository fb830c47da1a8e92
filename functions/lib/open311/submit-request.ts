/**
 * POST requests.{format}: an Open311 service request becomes a petition through the same
 * pipeline as POST /v1/petitions (checks, routing, idempotency, one transaction), on the
 * `open311` channel, counted against the API key's own hourly limit. Every refusal names
 * the Open311 parameter that caused it, and comes before anything is written.
 */
import { ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type { ReferenceData } from '../../../shared/reference-data.ts';
import type { ApiKey } from '../../../shared/schemas/api-key.ts';
import { Open311RequestInput } from '../../../shared/schemas/open311.ts';
import { PetitionSubmission } from '../../../shared/schemas/petition.ts';
import type { AdministrativeUnit, Council } from '../../../shared/schemas/reference.ts';
import { searchKey } from '../../../shared/text.ts';
import { parseInput } from '../http/validation.ts';
import {
  type SubmissionReceipt,
  type SubmitDependencies,
  submitPetition,
} from '../petitions/submit-petition.ts';
import { communesOf, serviceOf, unitsOf } from './services.ts';

/** Where each field of a petition submission comes from in an Open311 request. */
const OPEN311_NAME_OF: Record<string, string> = {
  'submitter.name': 'first_name',
  'submitter.email': 'email',
  'submitter.phone': 'phone',
  'submitter.address': 'address_string',
  'submitter.communeId': 'attribute[commune]',
  fieldId: 'service_code',
  localityId: 'attribute[locality]',
  title: 'description',
  content: 'description',
  consentToPublish: 'attribute[consent_to_publish]',
};

/** A ValidationError about a submission, renamed to the Open311 parameters. */
function inOpen311Terms(error: ValidationError): ValidationError {
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([path, problem]) => [OPEN311_NAME_OF[path] ?? path, problem]),
  );
  return new ValidationError(fields, error.key, { cause: error });
}

const refuse = (field: string, key: MessageKey) => new ValidationError({ [field]: { key } });

/**
 * The commune an address names, diacritics and case ignored ("xa van nham, huu lung" →
 * Vân Nham): the longest commune name found as whole words; none when two differ equally.
 */
export function communeInAddress(
  address: string,
  communes: readonly AdministrativeUnit[],
): AdministrativeUnit | undefined {
  const text = ` ${searchKey(address)} `;
  const found = communes
    .filter((c) => text.includes(` ${searchKey(c.name)} `))
    .sort((a, b) => searchKey(b.name).length - searchKey(a.name).length);
  const [first, second] = found;
  if (first && second && searchKey(first.name) === searchKey(second.name)) return undefined;
  return first;
}

function communeOf(
  input: Open311RequestInput,
  reference: ReferenceData,
  council: Council,
): AdministrativeUnit {
  const communes = communesOf(reference, council);
  const chosen = input['attribute[commune]'];
  if (chosen) {
    const commune = communes.find((c) => c.id === chosen);
    if (commune) return commune;
    const known = reference.units.get(chosen)?.type === 'commune';
    throw refuse('attribute[commune]', known ? 'open311.outsideJurisdiction' : 'field.unknownCommune');
  }
  if (input.address_string) {
    const commune = communeInAddress(input.address_string, communes);
    if (commune) return commune;
    throw refuse('address_string', 'open311.addressNoCommune');
  }
  if (input.lat !== undefined || input.long !== undefined) throw refuse('lat', 'open311.coordinatesUnmapped');
  throw refuse(input.address_id ? 'address_id' : 'address_string', 'open311.locationRequired');
}

/** A title for the staff's lists: the description's first line, cut at a word near 120 characters. */
export function titleOf(description: string): string {
  const line = description.split('\n')[0]!.trim();
  if (line.length <= 120) return line;
  const cut = line.slice(0, 120);
  const space = cut.lastIndexOf(' ');
  return `${(space > 60 ? cut.slice(0, space) : cut).trim()}…`;
}

export interface Open311Submission {
  form: unknown;
  apiKey: ApiKey;
  council: Council;
  idempotencyKey?: string | undefined;
  now: Date;
}

export async function submitOpen311Request(
  deps: SubmitDependencies,
  request: Open311Submission,
): Promise<SubmissionReceipt> {
  const { repos } = deps;
  const { council, apiKey } = request;
  const input = parseInput(Open311RequestInput, request.form);
  if (input.media_url !== undefined) throw refuse('media_url', 'open311.mediaNotAccepted');
  if ((input.lat === undefined) !== (input.long === undefined))
    throw refuse(input.lat === undefined ? 'lat' : 'long', 'field.required');
  const reference = await repos.reference.load();
  serviceOf(reference, input.service_code);
  const commune = communeOf(input, reference, council);
  const localityId = input['attribute[locality]'] ?? commune.id;
  if (!unitsOf(reference, council).some((u) => u.id === localityId))
    throw refuse('attribute[locality]', 'open311.outsideJurisdiction');
  // Vietnamese names read family name first: Nguyễn (last_name) Văn An (first_name).
  const name = [input.last_name, input.first_name].filter(Boolean).join(' ');
  if (!name) throw refuse('first_name', 'open311.nameRequired');

  let submission: PetitionSubmission;
  try {
    submission = parseInput(PetitionSubmission, {
      submitter: {
        name,
        email: input.email,
        phone: input.phone,
        // The submitter's own address is not an Open311 parameter: the matter's place stands in.
        address: input.address_string ?? commune.name,
        communeId: commune.id,
      },
      fieldId: input.service_code,
      localityId,
      title: titleOf(input.description),
      content: input.description,
      consentToPublish: input['attribute[consent_to_publish]'] === 'true',
    });
    return await submitPetition(deps, {
      submission,
      // Counted per key: the key's id is no one's network address.
      clientHash: `open311-key-${apiKey.id}`,
      rateLimit: { limit: apiKey.hourlyLimit, windowSeconds: 3600 },
      channel: 'open311',
      // Scoped to the key, so that one integrator's keys never replay another's answers.
      ...(request.idempotencyKey ? { idempotencyKey: `${apiKey.id}-${request.idempotencyKey}` } : {}),
      now: request.now,
    });
  } catch (error) {
    if (error instanceof ValidationError) throw inOpen311Terms(error);
    throw error;
  }
}
