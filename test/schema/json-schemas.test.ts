import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRules, toCaseJsonSchema, toResultJsonSchema, toRuleFileJsonSchema } from '../../src/index.js';
import { runCli } from '../support/cli.js';
import { listFixtures, ROOT } from '../support/fixtures.js';
import { validateJsonSchema } from '../support/json-schema.js';

const committed = (file: string) => readFileSync(join(ROOT, 'schema', file), 'utf8');
const text = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
const ruleFileSchema = toRuleFileJsonSchema();
const caseSchema = toCaseJsonSchema(defaultRules().vocabulary, { catalog: defaultRules().catalog });

function listRuleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listRuleFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}
// rules/calendar/ holds calendar data, not rule files (see the README's calendar section).
const ruleFiles = listRuleFiles(join(ROOT, 'rules')).filter(
  (path) => !relative(ROOT, path).startsWith(join('rules', 'calendar')),
);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
type RuleJson = Record<string, unknown> & { outcome: { deadlines?: Array<Record<string, unknown>> } };

describe('JSON Schemas', () => {
  it('are committed as generated from the zod schemas (else run: npm run build && npm run schemas)', () => {
    expect(committed('rule-file.schema.json')).toBe(text(ruleFileSchema));
    expect(committed('case.schema.json')).toBe(text(caseSchema));
    expect(committed('result.schema.json')).toBe(text(toResultJsonSchema()));
  });

  it('are printed by "dispute-triage schema" exactly as committed', () => {
    expect(runCli(['schema', 'rules']).stdout).toBe(committed('rule-file.schema.json'));
    expect(runCli(['schema', 'case']).stdout).toBe(committed('case.schema.json'));
    expect(runCli(['schema', 'result']).stdout).toBe(committed('result.schema.json'));
    expect(runCli(['schema', 'results']).status).toBe(2);
  });

  it('name the recursive condition once, in definitions', () => {
    expect(Object.keys(ruleFileSchema.definitions as object)).toEqual(['condition']);
    expect(JSON.stringify(ruleFileSchema)).not.toContain('__schema');
  });

  it.each(ruleFiles.map((path) => relative(ROOT, path)))(
    'accept the bundled rule file %s, which names the schema in $schema',
    (file) => {
      const content = readJson(join(ROOT, file));
      expect(validateJsonSchema(ruleFileSchema, content)).toEqual([]);
      expect(content.$schema).toMatch(/(\.\.\/)+schema\/rule-file\.schema\.json$/);
    },
  );

  it('reject typos an editor should underline in a rule file', () => {
    const pack = readJson(join(ROOT, 'rules/chargeback.json')) as { rules: RuleJson[] };
    pack.rules[0]!.priorty = 3;
    pack.rules[0]!.conditions = { all: [{ fact: 'stage', opertor: 'equal', value: 'retrieval' }] };
    pack.rules[0]!.confidence = 'sure';
    const withDeadline = pack.rules.findIndex((r) => r.outcome.deadlines?.[0]?.from);
    Object.assign(pack.rules[withDeadline]!.outcome.deadlines![0]!, { at: 'noticeAt' });
    const errors = validateJsonSchema(ruleFileSchema, pack);
    expect(errors).toEqual(
      expect.arrayContaining([
        '/rules/0/priorty: false',
        '/rules/0/confidence: enum',
        `/rules/${withDeadline}/outcome/deadlines/0: oneOf`,
      ]),
    );
    expect(errors.some((e) => e.startsWith('/rules/0/conditions'))).toBe(true);
  });

  it('accept every fixture case and list the vocabulary ids as enums', () => {
    for (const fixture of listFixtures())
      expect(validateJsonSchema(caseSchema, fixture.kase), fixture.name).toEqual([]);
    const kase = listFixtures()[0]!.kase;
    expect(validateJsonSchema(caseSchema, { ...kase, scenario: 'charge_back' })).toEqual(['/scenario: enum']);
    expect(validateJsonSchema(caseSchema, { ...kase, asOf: '2026-11-03T14:05' })).toEqual(['/asOf: pattern']);
    expect(validateJsonSchema(caseSchema, { ...kase, evidence: ['cctv'] })).toEqual(['/evidence/0: enum']);
    expect(validateJsonSchema(caseSchema, { ...kase, colour: 'red' })).toEqual(['/colour: false']);
  });
});
