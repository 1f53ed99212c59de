import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../src/index.js';
import { bundledSource, partnerPack, rejectionIssues } from '../support/rule-sources.js';
import { DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';

const catalog = bundledSource('catalog/core.json');
const sourcesCatalog = bundledSource('catalog/sources.json');
const common = bundledSource('common.json');
const pack = partnerPack;
const issuesOf = rejectionIssues;

const goodRule = {
  id: 'partner.talk',
  description: { 'zh-CN': '先沟通', en: 'Talk first' },
  sources: ['S23'],
  confidence: 'confirmed',
  priority: 50,
  conditions: { all: [{ fact: 'scenario', operator: 'equal', value: 'refund_request' }] },
  outcome: { actions: [{ id: 'contact_customer', order: 10 }] },
};

describe('compileRuleSet', () => {
  it('compiles the bundled rules', () => {
    const ruleSet = compileRuleSet(DEFAULT_RULE_SOURCES);
    expect(ruleSet.rules.length).toBeGreaterThan(10);
    expect(ruleSet.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('accepts a partner pack next to the bundled ones', () => {
    const ruleSet = compileRuleSet([catalog, sourcesCatalog, common, pack([goodRule])]);
    expect(ruleSet.rules.map((r) => r.id)).toContain('partner.talk');
  });

  it('rejects a source key the sources catalog lacks, naming file, rule id and JSON pointer', () => {
    const bad = { ...goodRule, id: 'partner.cite', sources: ['S23', 'S999'] };
    expect(issuesOf([catalog, sourcesCatalog, common, pack([goodRule, bad])])).toEqual([
      expect.objectContaining({
        code: 'unknown_source',
        file: 'partner.json',
        rule: 'partner.cite',
        path: '/rules/1/sources/1',
        message: expect.stringContaining('"S999"'),
      }),
    ]);
  });

  it('rejects every cited key when no catalog ships sources', () => {
    const issues = issuesOf([catalog, common, pack([goodRule])]).filter((i) => i.file === 'partner.json');
    expect(issues.map((i) => `${i.code} ${i.rule} ${i.path}`)).toEqual([
      'unknown_source partner.talk /rules/0/sources/0',
    ]);
  });

  it('names file, rule id and JSON pointer for an unknown action id', () => {
    const bad = { ...goodRule, id: 'partner.call', outcome: { actions: [{ id: 'call_mom', order: 1 }] } };
    expect(issuesOf([catalog, sourcesCatalog, common, pack([goodRule, bad])])).toEqual([
      expect.objectContaining({
        code: 'unknown_id',
        file: 'partner.json',
        rule: 'partner.call',
        path: '/rules/1/outcome/actions/0/id',
        message: expect.stringContaining('"call_mom"'),
      }),
    ]);
  });

  it('rejects a duplicate rule id unless it says override', () => {
    expect(issuesOf([catalog, sourcesCatalog, common, pack([goodRule, goodRule])])).toEqual([
      expect.objectContaining({ code: 'duplicate_rule', rule: 'partner.talk', path: '/rules/1/id' }),
    ]);
  });

  it('rejects a missing label in one locale', () => {
    const bad = { ...goodRule, description: { 'zh-CN': '先沟通' } };
    expect(issuesOf([catalog, sourcesCatalog, common, pack([bad])])).toEqual([
      expect.objectContaining({ file: 'partner.json', rule: 'partner.talk', path: '/rules/0/description/en' }),
    ]);
  });

  it('rejects unknown facts, unsafe JSONPath and unknown operators', () => {
    const bad = {
      ...goodRule,
      conditions: {
        all: [
          { fact: 'mood', operator: 'equal', value: 1 },
          { fact: 'signals', path: '$..[?(@.constructor)]', operator: 'equal', value: true },
          { fact: 'network', operator: 'regex', value: 'visa' },
        ],
      },
    };
    const codes = issuesOf([catalog, sourcesCatalog, common, pack([bad])]).map((i) => `${i.code} ${i.path}`);
    expect(codes.sort()).toEqual([
      'unknown_fact /rules/0/conditions/all/0/fact',
      'unknown_operator /rules/0/conditions/all/2/operator',
      'unsafe_path /rules/0/conditions/all/1/path',
    ]);
  });

  it('rejects an unknown scenario id in a condition value', () => {
    const bad = { ...goodRule, conditions: { all: [{ fact: 'scenario', operator: 'equal', value: 'refunds' }] } };
    expect(issuesOf([catalog, sourcesCatalog, common, pack([bad])])).toEqual([
      expect.objectContaining({ code: 'unknown_id', path: '/rules/0/conditions/all/0/value' }),
    ]);
  });

  it('rejects a deadline counted from a date that does not exist', () => {
    const bad = {
      ...goodRule,
      outcome: {
        deadlines: [
          {
            id: 'x',
            label: { 'zh-CN': 'x', en: 'x' },
            from: 'birthday',
            days: 3,
            unit: 'calendar_day',
            sources: ['S1'],
            confidence: 'uncertain',
          },
        ],
      },
    };
    expect(issuesOf([catalog, sourcesCatalog, common, pack([bad])])).toEqual([
      expect.objectContaining({ code: 'unknown_date', path: '/rules/0/outcome/deadlines/0/from' }),
    ]);
  });

  it('rejects cyclic named conditions without overflowing', () => {
    const cyclic = pack([{ ...goodRule, conditions: { all: [{ condition: 'a' }] } }], {
      conditions: { a: { all: [{ condition: 'b' }] }, b: { any: [{ condition: 'a' }] } },
    });
    expect(issuesOf([catalog, sourcesCatalog, common, cyclic])).toEqual([
      expect.objectContaining({ code: 'cyclic_condition', message: expect.stringContaining('a → b → a') }),
    ]);
  });

  it('is all or nothing: a single bad file rejects the set, naming only that file', () => {
    const issues = issuesOf([
      catalog,
      sourcesCatalog,
      common,
      pack([goodRule]),
      { file: 'broken.json', content: { kind: 'rules', id: 'broken' } },
    ]);
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(['broken.json']));
  });

  it('rejects an unknown parameter override', () => {
    try {
      compileRuleSet(DEFAULT_RULE_SOURCES, { parameters: { retrieval_days: 3 } });
      throw new Error('not rejected');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'invalid_rules',
        issues: [expect.objectContaining({ code: 'unknown_parameter', path: '/parameters/retrieval_days' })],
      });
    }
  });
});
