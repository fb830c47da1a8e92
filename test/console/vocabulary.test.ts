/**
 * One vocabulary for the console and the API: the lists of choices live in the zod-free
 * shared/vocabulary.ts, which the schemas build their enums from and the console imports.
 * A console file that spells one of those lists out again is a copy that will drift.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Answer, Meeting, MeetingInput, Petition, StaffPetitionEntry } from '../../shared/schemas/index.ts';
import * as vocabulary from '../../shared/vocabulary.ts';

const root = join(import.meta.dirname, '../..');
const consoleDir = join(root, 'site/src/console');
const lists: [string, readonly string[]][] = Object.entries(vocabulary).flatMap(([name, value]) =>
  Array.isArray(value) ? [[name, value as readonly string[]]] : [],
);

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** Every array literal made only of string literals, with its elements. */
function stringArrays(source: string): string[][] {
  return [...source.matchAll(/\[((?:\s*'[^'\n]*'\s*,?)+)\s*\]/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/'([^']*)'/g)].map((s) => s[1] ?? ''),
  );
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

describe('one vocabulary for the console and the API', () => {
  it('keeps the vocabulary free of imports, so the console can bundle it without zod', () => {
    const source = readFileSync(join(root, 'shared/vocabulary.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
  });

  it('has no console file that spells out a list the vocabulary holds', () => {
    const copies = sources(consoleDir).flatMap((file) =>
      stringArrays(readFileSync(file, 'utf8')).flatMap((array) =>
        lists
          .filter(([, list]) => sameSet(array, list))
          .map(([name]) => `${relative(root, file)}: [${array.join(', ')}] is ${name}`),
      ),
    );
    expect(copies).toEqual([]);
  });

  it('builds the schemas’ enums from the vocabulary', () => {
    expect(Answer.shape.result.options).toEqual([...vocabulary.ANSWER_RESULTS]);
    expect(Petition.shape.status.options).toEqual([...vocabulary.PETITION_STATUSES]);
    expect(Petition.shape.channel.options).toEqual([...vocabulary.CHANNELS]);
    expect(Meeting.shape.kind.options).toEqual([...vocabulary.MEETING_KINDS]);
    expect(Meeting.shape.status.options).toEqual([...vocabulary.MEETING_STATUSES]);
    const planned = MeetingInput.safeParse({ status: 'postponed' });
    expect(planned.success).toBe(false);
    const entry = StaffPetitionEntry.safeParse({ channel: 'online' });
    expect(JSON.stringify(entry.error?.issues.find((i) => i.path[0] === 'channel'))).toContain(
      'field.invalidChoice',
    );
  });
});
