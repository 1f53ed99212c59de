import { describe, expect, it } from 'vitest';
import { lintRuleSet, type Condition, type RuleSource } from '../../src/index.js';
import { DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';
import { bundledSource } from '../support/rule-sources.js';

const catalog = bundledSource('catalog/core.json');

function packWith(conditions: Condition, named: Record<string, Condition> = {}): RuleSource {
  const rule = {
    id: 'acme.probe',
    description: { 'zh-CN': '探针', en: 'Probe' },
    sources: ['S4'],
    confidence: 'secondary',
    priority: 10,
    conditions,
    outcome: { severity: 'low' },
  };
  return {
    file: 'acme.json',
    content: {
      kind: 'rules',
      id: 'acme',
      version: '1.0.0',
      title: { 'zh-CN': '伙伴', en: 'Partner' },
      conditions: named,
      rules: [rule],
    },
  };
}

const leaf = (fact: string, operator: string, value: unknown, path?: string) =>
  (path ? { fact, operator, value, path } : { fact, operator, value }) as Condition;

function neverFires(conditions: Condition, named: Record<string, Condition> = {}) {
  return lintRuleSet([...DEFAULT_RULE_SOURCES, packWith(conditions, named)]).issues.filter(
    (i) => i.code === 'never_fires',
  );
}

describe('lintRuleSet', () => {
  it('returns the compiled rule set and no problem for the bundled rules', () => {
    const report = lintRuleSet(DEFAULT_RULE_SOURCES);
    expect(report.issues).toEqual([]);
    expect(report.ruleSet?.rules.length).toBeGreaterThan(10);
  });

  it('sees through named conditions and negation (De Morgan) to a contradiction', () => {
    const found = neverFires(
      {
        all: [
          { condition: 'is_chargeback' },
          { not: { any: [leaf('scenario', 'equal', 'chargeback'), leaf('stage', 'equal', 'retrieval')] } },
        ],
      },
      { is_chargeback: { all: [leaf('scenario', 'equal', 'chargeback')] } },
    );
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'acme.probe',
        path: '/rules/0/conditions/all/1/not/any/0',
        message: expect.stringContaining('"scenario" cannot satisfy equal "chargeback" and notEqual "chargeback"'),
      }),
    ]);
  });

  it('accepts an "any" with one satisfiable branch and reports one whose branches all fail', () => {
    expect(
      neverFires({
        all: [
          leaf('stage', 'notEqual', 'retrieval'),
          { any: [leaf('stage', 'equal', 'retrieval'), leaf('stage', 'equal', 'arbitration')] },
        ],
      }),
    ).toEqual([]);
    expect(
      neverFires({
        all: [
          leaf('stage', 'in', ['inquiry']),
          { any: [leaf('stage', 'equal', 'retrieval'), leaf('stage', 'equal', 'arbitration')] },
        ],
      }),
    ).toEqual([
      expect.objectContaining({
        path: '/rules/0/conditions/all/1',
        message: expect.stringContaining('none of the 2 alternatives in "any"'),
      }),
    ]);
  });

  it('knows a signal is true or false, and a list cannot both contain and lack an id', () => {
    expect(
      neverFires({
        all: [
          leaf('signals', 'notEqual', true, 'fraudSuspected'),
          leaf('signals', 'notEqual', false, 'fraudSuspected'),
        ],
      }),
    ).toHaveLength(1);
    expect(
      neverFires({
        all: [leaf('evidenceHeld', 'contains', 'cctv_footage'), leaf('evidenceHeld', 'doesNotContain', 'cctv_footage')],
      }),
    ).toHaveLength(1);
    expect(
      neverFires({
        all: [leaf('evidenceHeld', 'contains', 'cctv_footage'), leaf('evidenceHeld', 'doesNotContain', 'refund_proof')],
      }),
    ).toEqual([]);
  });

  it('does not guess about values that refer to another fact', () => {
    expect(
      neverFires({
        all: [
          leaf('amount', 'greaterThan', { fact: 'params', path: 'civil_claim_min_yuan' }),
          leaf('amount', 'lessThan', 0),
        ],
      }),
    ).toEqual([]);
  });

  it('gives up quickly instead of exploring an exponential rule, and then says nothing', () => {
    const pairs = Array.from({ length: 40 }, () => ({
      any: [leaf('amount', 'greaterThan', 1), leaf('amount', 'greaterThan', 2)],
    }));
    const started = Date.now();
    expect(neverFires({ all: [...pairs, leaf('amount', 'lessThan', 0)] })).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports structural problems and blank source keys together when a file does not compile', () => {
    const broken = {
      file: 'bad.json',
      content: { kind: 'rules', id: 'bad', version: '1', title: { 'zh-CN': '坏', en: 'Bad' }, rules: [] },
    };
    const blank = packWith({ all: [] });
    (blank.content as { rules: Array<{ sources: string[] }> }).rules[0]!.sources = [' '];
    const codes = lintRuleSet([catalog, broken, blank]).issues.map((i) => `${i.file} ${i.code} ${i.path}`);
    expect(codes).toEqual(['bad.json invalid_format /version', 'acme.json blank_source /rules/0/sources/0']);
  });
});
