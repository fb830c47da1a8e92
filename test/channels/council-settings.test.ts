import { describe, expect, it } from 'vitest';
import { CouncilSettings } from '../../shared/schemas/reference.ts';

const issuesOf = (input: unknown) =>
  (CouncilSettings.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('a council’s SMS and Zalo settings', () => {
  it('are off when absent, as every council stored before them', () => {
    const parsed = CouncilSettings.parse({ deadlineDays: 30, autoRoute: false });
    expect(parsed.sms).toBeUndefined();
    expect(parsed.zalo).toBeUndefined();
  });

  it('take the OA id and template ids as digits, typed as numbers or text', () => {
    const parsed = CouncilSettings.parse({
      sms: { enabled: true },
      zalo: {
        enabled: true,
        oaId: '4097311281936189049',
        templates: { received: 231677, answered: ' 231678 ' },
      },
    });
    expect(parsed.zalo).toEqual({
      enabled: true,
      oaId: '4097311281936189049',
      templates: { received: '231677', answered: '231678' },
    });
  });

  it('name the field when Zalo is on without an OA or any template, or an id is not digits', () => {
    expect(issuesOf({ zalo: { enabled: true } })).toEqual([
      ['zalo.oaId', 'field.required'],
      ['zalo.templates.received', 'field.zaloTemplateRequired'],
    ]);
    expect(issuesOf({ zalo: { enabled: false, templates: { routed: 'abc' } } })).toEqual([
      ['zalo.templates.routed', 'field.invalidZaloId'],
    ]);
  });
});
