/**
 * The petition's long texts live outside the petition item, so that every status change
 * rewrites a petition item under 1 KB (issue #22: 2 write units in a transaction, not 4):
 *
 * - the citizen's title and text (`title`, `content`) in the text item `PUB#PETITION#TEXT` of
 *   the petition's partition, written once with the petition (nothing edits them), public like it;
 * - the answer's text, document number and date and the body that gave it (`ANSWER_TEXT_FIELDS`)
 *   in the "answered" event the answer writes anyway (so no new item is written at answer time),
 *   or, for a petition created already answered (the demo seed, bulk loads), in the text item.
 *   The answer's instant is the petition's own `answeredAt` (the answer item kept it twice).
 *
 * Readers never see the split: the repository joins the texts back (`joinTexts`) from the
 * partition Query (track, staff view), from `PUB#PETITION*` (get: one Query, both items) or,
 * for a list, per page (`withTexts`: one BatchGet of the page's text items, and for an answer
 * kept in its event, one Query of the events at that answer's instant). O(page), never O(history).
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Answer, Petition } from '../../../shared/schemas/index.ts';
import { readItems } from './batch-read.ts';
import type { Database } from './client.ts';
import { petitionKeys } from './petition-keys.ts';

type Item = Record<string, unknown>;

/** What of the answer leaves the petition item. */
export const ANSWER_TEXT_FIELDS = ['text', 'documentNumber', 'documentDate', 'agencyId'] as const;
export type AnswerTexts = Pick<NonNullable<Petition['answer']>, (typeof ANSWER_TEXT_FIELDS)[number]>;

/** The texts kept apart for one answer, tagged with the answer's instant. */
export type StoredAnswerTexts = AnswerTexts & { answeredAt: string };

export function answerTextsOf(answer: Petition['answer']): StoredAnswerTexts | undefined {
  if (!answer || answer.text === undefined) return undefined;
  return {
    text: answer.text,
    documentNumber: answer.documentNumber,
    documentDate: answer.documentDate,
    agencyId: answer.agencyId,
    answeredAt: answer.answeredAt,
  };
}

/**
 * The petition as its item stores it: without its title and text, and of its answer only what
 * the indexes are keyed by (`result`, `resolveBy`).
 */
export function petitionItemOf(p: Petition): Item {
  const { title: _title, content: _content, answer, ...rest } = p;
  if (!answer) return rest;
  const { text: _t, documentNumber: _n, documentDate: _d, agencyId: _a, answeredAt: _at, ...kept } = answer;
  return { ...rest, answer: kept };
}

/** The text item written with a new petition (and the answer's texts when it is created answered). */
export function textItemOf(p: Petition): Item {
  const answer = answerTextsOf(p.answer);
  return {
    pk: petitionKeys.pk(p.code),
    sk: petitionKeys.textSk,
    entity: 'petition-text',
    code: p.code,
    title: p.title,
    content: p.content,
    ...(answer ? { answer } : {}),
  };
}

/** True when an item holds a petition's answer's texts for the answer given at `answeredAt`. */
function answerFrom(item: Item | undefined, answeredAt: string): StoredAnswerTexts | undefined {
  const answer = item?.answer as StoredAnswerTexts | undefined;
  return answer && answer.answeredAt === answeredAt && typeof answer.text === 'string' ? answer : undefined;
}

/**
 * The petition item with its texts put back: title and text from the text item, the answer's
 * texts from the text item or the "answered" event of that answer (any of `events`). An item
 * that still holds its texts (written before they moved) keeps them.
 */
export function joinTexts(
  petitionItem: Item,
  textItem: Item | undefined,
  events: readonly Item[] = [],
): Item {
  const joined: Item = { ...petitionItem };
  for (const name of ['title', 'content'] as const)
    if (typeof joined[name] !== 'string')
      joined[name] = typeof textItem?.[name] === 'string' ? textItem[name] : '';
  const answeredAt = storedAnswerAt(joined);
  if (answeredAt) {
    const texts =
      answerFrom(textItem, answeredAt) ??
      events.map((e) => answerFrom(e, answeredAt)).find((a) => a !== undefined);
    const missing = { text: '', documentNumber: '', documentDate: '', agencyId: '', answeredAt };
    joined.answer = { ...(joined.answer as object), ...(texts ?? missing), answeredAt };
  }
  return joined;
}

/** The instant of a stored answer whose texts are kept apart (undefined: no answer, or one kept whole). */
function storedAnswerAt(petitionItem: Item): string | undefined {
  const answer = petitionItem.answer as Partial<Answer> | undefined;
  if (!answer || typeof answer.text === 'string') return undefined;
  return typeof petitionItem.answeredAt === 'string' ? petitionItem.answeredAt : undefined;
}

/** The events at one instant of a petition's timeline (those of one action): where its answer's texts are. */
export async function eventsAt(db: Database, code: string, at: string): Promise<Item[]> {
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :at)',
      ExpressionAttributeValues: { ':pk': petitionKeys.pk(code), ':at': `${petitionKeys.eventPrefix}${at}#` },
    }),
  );
  return Items;
}

/** Whether a joined item still needs its answer's event (its texts are not in the text item). */
function needsAnswerEvent(petitionItem: Item, textItem: Item | undefined): string | undefined {
  const answeredAt = storedAnswerAt(petitionItem);
  return answeredAt && !answerFrom(textItem, answeredAt) ? answeredAt : undefined;
}

/**
 * Petition items with their texts, for a list's page: one BatchGet of the page's text items,
 * and one Query per answered petition whose answer's texts are in its event. Items that are no
 * petitions pass unchanged; `read` holds text items the caller has read already.
 */
export async function withTexts(
  db: Database,
  items: readonly Item[],
  read: readonly Item[] = [],
): Promise<Item[]> {
  const petitions = items.filter((i) => i.entity === 'petition' && typeof i.content !== 'string');
  if (petitions.length === 0) return [...items];
  const texts = new Map(read.map((t) => [String(t.code), t]));
  const keys = [...new Set(petitions.map((p) => String(p.code)))]
    .filter((code) => !texts.has(code))
    .map((code) => ({ pk: petitionKeys.pk(code), sk: petitionKeys.textSk }));
  if (keys.length) for (const t of await readItems(db, keys)) texts.set(String(t.code), t);
  const events = new Map<string, Item[]>();
  await Promise.all(
    petitions.map(async (p) => {
      const at = needsAnswerEvent(p, texts.get(String(p.code)));
      if (at) events.set(String(p.code), await eventsAt(db, String(p.code), at));
    }),
  );
  return items.map((i) =>
    petitions.includes(i) ? joinTexts(i, texts.get(String(i.code)), events.get(String(i.code))) : i,
  );
}

/**
 * The citizen's title and text of one petition, from its text item (the stream's petition images
 * hold none); undefined when there is no text item.
 */
export async function textsOf(
  db: Database,
  code: string,
): Promise<{ title: string; content: string } | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: { pk: petitionKeys.pk(code), sk: petitionKeys.textSk } }),
  );
  if (typeof Item?.title !== 'string' || typeof Item.content !== 'string') return undefined;
  return { title: Item.title, content: Item.content };
}
