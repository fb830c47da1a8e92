/**
 * What each index carries (shared/table.ts): the lists that read from an index get every
 * attribute of their entity back, and the projections stay within what AWS allows.
 */
import { describe, expect, it } from 'vitest';
import { AuditRecord } from '../../shared/schemas/audit.ts';
import { Meeting } from '../../shared/schemas/meeting.ts';
import {
  INDEX_PROJECTIONS,
  LISTED_ATTRIBUTES,
  PROJECTED_ATTRIBUTE_LIMIT,
  projectionOf,
  TABLE,
} from '../../shared/table.ts';

const attributesOf = (name: (typeof TABLE.indexes)[number]['name']) => {
  const projection = projectionOf(name);
  return projection.type === 'INCLUDE' ? projection.attributes : [];
};

describe('index projections', () => {
  it('give a meeting list and an audit list every attribute of their records', () => {
    expect([...LISTED_ATTRIBUTES.meeting].sort()).toEqual([...Object.keys(Meeting.shape), 'entity'].sort());
    expect([...LISTED_ATTRIBUTES.audit].sort()).toEqual([...Object.keys(AuditRecord.shape), 'entity'].sort());
    expect(attributesOf('gsi2')).toEqual(expect.arrayContaining([...LISTED_ATTRIBUTES.meeting]));
    expect(attributesOf('gsi4')).toEqual(
      expect.arrayContaining([...LISTED_ATTRIBUTES.meeting, 'communeId', ...LISTED_ATTRIBUTES.audit]),
    );
    expect(attributesOf('gsi6')).toEqual(expect.arrayContaining([...LISTED_ATTRIBUTES.audit]));
  });

  it('keep the petition out of its queues: the agency and published indexes carry keys only', () => {
    for (const name of ['gsi1', 'gsi5'] as const) expect(projectionOf(name)).toEqual({ type: 'KEYS_ONLY' });
    // The deadline index: what the statistics count an overdue petition under, nothing that changes with its status.
    expect(attributesOf('gsi3')).toEqual([...LISTED_ATTRIBUTES.petitionRows]);
    expect(attributesOf('gsi3')).not.toContain('status');
    // A petition attribute that changes with every status change is carried by no index.
    for (const index of TABLE.indexes) {
      expect(attributesOf(index.name)).not.toContain('version');
      expect(attributesOf(index.name)).not.toContain('deadline');
    }
  });

  it('project at most 100 attributes over all indexes together, as AWS allows', () => {
    const total = TABLE.indexes.reduce((n, index) => n + attributesOf(index.name).length, 0);
    expect(total).toBeLessThanOrEqual(PROJECTED_ATTRIBUTE_LIMIT);
    expect(Object.keys(INDEX_PROJECTIONS).every((name) => TABLE.indexes.some((i) => i.name === name))).toBe(
      true,
    );
  });
});
