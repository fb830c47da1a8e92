/**
 * Interpellations (chất vấn) of a session and the commitments made in answer. A commitment
 * keeps its id (`<interpellation>-c<n>`) for as long as it exists: the oversight work
 * (DESIGN §9, issue #16) makes follow-up items from (interpellation id, commitment id)
 * through `getInterpellation`.
 */
import { ConflictError, NotFoundError, ValidationError } from '../../../shared/errors.ts';
import type { MessageKey } from '../../../shared/messages/index.ts';
import type {
  Commitment,
  CommitmentInput,
  Interpellation,
  InterpellationEdit,
  InterpellationInput,
} from '../../../shared/schemas/index.ts';
import type { ResolutionServiceDependencies } from './record-resolution.ts';
import { checkAgendaItem, checkCouncilReferences } from './references.ts';

type ReadDependencies = { repos: Pick<ResolutionServiceDependencies['repos'], 'interpellations'> };

/**
 * The interpellation `id` of council `councilId`, or undefined (also when it belongs to
 * another council): what the oversight branch reads a commitment from.
 */
export async function getInterpellation(
  deps: ReadDependencies,
  councilId: string,
  id: string,
): Promise<Interpellation | undefined> {
  const interpellation = await deps.repos.interpellations.get(id);
  return interpellation?.councilId === councilId ? interpellation : undefined;
}

/** One commitment of an interpellation, by its stable id. */
export async function getCommitment(
  deps: ReadDependencies,
  councilId: string,
  interpellationId: string,
  commitmentId: string,
): Promise<{ interpellation: Interpellation; commitment: Commitment } | undefined> {
  const interpellation = await getInterpellation(deps, councilId, interpellationId);
  const commitment = interpellation?.commitments.find((c) => c.id === commitmentId);
  return interpellation && commitment ? { interpellation, commitment } : undefined;
}

export async function loadInterpellation(deps: ReadDependencies, id: string): Promise<Interpellation> {
  const interpellation = await deps.repos.interpellations.get(id);
  if (!interpellation) throw new NotFoundError('field.unknownInterpellation');
  return interpellation;
}

const commitmentNumber = (interpellationId: string, commitmentId: string) => {
  const match = new RegExp(`^${interpellationId}-c(\\d+)$`).exec(commitmentId);
  return match ? Number(match[1]) : 0;
};

/**
 * The new list of commitments: those sent with an id keep it (it must be one of `kept`),
 * new ones get the next numbers after the `issued` ones, so a removed commitment's id is
 * never handed out again.
 */
function numberCommitments(
  interpellationId: string,
  inputs: readonly CommitmentInput[],
  kept: readonly Commitment[],
  issued: number,
): { commitments: Commitment[]; commitmentsIssued: number } {
  const problems: Record<string, { key: MessageKey }> = {};
  let next = Math.max(issued, ...kept.map((c) => commitmentNumber(interpellationId, c.id)));
  const seen = new Set<string>();
  const list = inputs.map((input, i) => {
    if (input.id !== undefined && (!kept.some((c) => c.id === input.id) || seen.has(input.id)))
      problems[`commitments.${i}.id`] = { key: 'field.unknownCommitment' };
    const id = input.id ?? `${interpellationId}-c${++next}`;
    seen.add(id);
    return { id, text: input.text, agencyId: input.agencyId, deadline: input.deadline };
  });
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
  return { commitments: list, commitmentsIssued: next };
}

const agenciesOf = (commitments: readonly { agencyId: string }[]) =>
  Object.fromEntries(commitments.map((c, i) => [`commitments.${i}.agencyId`, c.agencyId]));

export async function recordInterpellation(
  deps: ResolutionServiceDependencies,
  input: InterpellationInput,
  newId: () => string,
): Promise<Interpellation> {
  checkCouncilReferences(
    { councilId: input.councilId, sessionId: input.sessionId, agencies: agenciesOf(input.commitments) },
    await deps.repos.reference.load(),
  );
  await checkAgendaItem(deps.repos, input);
  const id = input.id ?? newId();
  const at = deps.now().toISOString();
  const interpellation: Interpellation = {
    id,
    councilId: input.councilId,
    sessionId: input.sessionId,
    ...(input.agendaItemId ? { agendaItemId: input.agendaItemId } : {}),
    respondent: input.respondent,
    topic: input.topic,
    ...numberCommitments(id, input.commitments, [], 0),
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await deps.repos.interpellations.create(interpellation);
  return interpellation;
}

export async function editInterpellation(
  deps: ResolutionServiceDependencies,
  before: Interpellation,
  edit: InterpellationEdit,
): Promise<Interpellation> {
  if (edit.version !== before.version) throw new ConflictError('entity.conflict');
  const after: Interpellation = { ...before };
  if (edit.agendaItemId === null) delete after.agendaItemId;
  else if (edit.agendaItemId !== undefined) after.agendaItemId = edit.agendaItemId;
  if (edit.respondent) after.respondent = edit.respondent;
  if (edit.topic) after.topic = edit.topic;
  if (edit.commitments)
    Object.assign(
      after,
      numberCommitments(before.id, edit.commitments, before.commitments, before.commitmentsIssued),
    );
  checkCouncilReferences(
    { councilId: after.councilId, agencies: agenciesOf(after.commitments) },
    await deps.repos.reference.load(),
  );
  await checkAgendaItem(deps.repos, after);
  const saved = { ...after, version: before.version + 1, updatedAt: deps.now().toISOString() };
  await deps.repos.interpellations.save(before, saved);
  return saved;
}
