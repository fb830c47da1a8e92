/**
 * Keys live beside each entity's repository, in a module of their own: a key prefix can be
 * read (by infra, the notifier, the deadlines function) without loading a repository or
 * the DynamoDB SDK, and the attributes a repository strips come from the table definition.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutKeys } from '../../functions/lib/data/items.ts';
import { indexKeysOf, petitionKeys } from '../../functions/lib/data/petition-keys.ts';
import type { Petition } from '../../shared/schemas/index.ts';
import { KEY_ATTRIBUTE_NAMES, TABLE } from '../../shared/table.ts';

const root = resolve(import.meta.dirname, '../..');
const dataDir = join(root, 'functions/lib/data');

/** Every module a file loads, following relative imports (type-only ones are erased, so skipped). */
function loadedModules(file: string, seen = new Set<string>()): Set<string> {
  const source = readFileSync(file, 'utf8');
  for (const [, typeOnly, specifier] of source.matchAll(/^import (type )?[^'"]*?['"]([^'"]+)['"]/gm)) {
    if (typeOnly || !specifier) continue;
    const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier;
    if (seen.has(target)) continue;
    seen.add(target);
    if (specifier.startsWith('.')) loadedModules(target, seen);
  }
  return seen;
}

const repositories = readdirSync(dataDir).filter((name) => name.endsWith('-repository.ts'));

describe('entity keys', () => {
  it.each(repositories)('%s has its keys in a module beside it', (repository) => {
    expect(readdirSync(dataDir)).toContain(repository.replace('-repository.ts', '-keys.ts'));
  });

  it.each(repositories.map((name) => name.replace('-repository.ts', '-keys.ts')))(
    '%s loads no repository and no AWS SDK',
    (keys) => {
      const loaded = [...loadedModules(join(dataDir, keys))].map((m) =>
        m.startsWith('/') ? relative(root, m) : m,
      );
      expect(loaded.filter((m) => m.startsWith('@aws-sdk/') || m.endsWith('-repository.ts'))).toEqual([]);
    },
  );

  it('names every key attribute of the table and of each index once', () => {
    const declared = [
      TABLE.partitionKey,
      TABLE.sortKey,
      ...TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    expect([...KEY_ATTRIBUTE_NAMES].sort()).toEqual([...new Set(declared.map((a) => a.name))].sort());
  });

  it('a petition in every index reads back without a key attribute or its entity tag', () => {
    const petition = {
      code: 'ABCD2345EFGH',
      councilId: 'huu-lung',
      communeId: 'van-nham',
      agencyId: 'ubnd-huu-lung',
      meetingId: 'm1',
      status: 'routed',
      receivedAt: '2026-11-01T08:00:00.000Z',
      deadline: '2026-11-30',
      publishedAt: '2026-12-01T08:00:00.000Z',
    } as unknown as Petition;
    const item = {
      pk: petitionKeys.pk(petition.code),
      sk: petitionKeys.petitionSk,
      entity: 'petition',
      ...petition,
      ...indexKeysOf(petition),
    };
    expect(Object.keys(item)).toEqual(
      expect.arrayContaining(['gsi1pk', 'gsi3pk', 'gsi4pk', 'gsi5pk', 'gsi6sk']),
    );
    expect(withoutKeys<Petition>(item)).toEqual(petition);
  });
});
