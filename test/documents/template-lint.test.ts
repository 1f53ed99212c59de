import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, lintRuleSet, type Issue, type RuleSource } from '../../src/index.js';
import { DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';
import { runCli } from '../support/cli.js';
import { rejectionIssues } from '../support/rule-sources.js';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function templatesFile(
  body: { 'zh-CN': string[]; en: string[] },
  extra: Record<string, unknown> = {},
  template: Record<string, unknown> = {},
): RuleSource {
  const letter = {
    id: 'acme_letter',
    channels: ['acquirer_dispute_desk'],
    title: text('函', 'Letter'),
    sources: ['S14'],
    confidence: 'secondary',
    body,
    ...template,
  };
  return {
    file: 'acme/templates.json',
    content: { kind: 'templates', id: 'acme_templates', version: '1.0.0', templates: [letter], ...extra },
  };
}

const issuesOf = (source: RuleSource): readonly Issue[] => rejectionIssues([...DEFAULT_RULE_SOURCES, source]);

describe('document templates in the rule set', () => {
  it('compile with the bundled rules, one template per written channel', () => {
    const { templates } = compileRuleSet(DEFAULT_RULE_SOURCES);
    const channels = new Set(templates.templates.flatMap((t) => t.channels));
    for (const channel of [
      'acquirer_dispute_desk',
      'acquirer_written_complaint',
      'pboc_12363',
      'nfra_12378',
      'samr_12315',
      'pcac_report',
      'police_110',
      'counterparty_negotiation',
      'peoples_mediation',
      'arbitration_commission',
      'court',
    ]) {
      expect(channels.has(channel), channel).toBe(true);
    }
    expect(lintRuleSet(DEFAULT_RULE_SOURCES).issues).toEqual([]);
  });

  it('are rejected naming file, template id and JSON pointer for an unknown fact', () => {
    const issues = issuesOf(templatesFile({ 'zh-CN': ['{{fact.noSuchFact}}'], en: ['{{fact.amount}}'] }));
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'unknown_fact',
        file: 'acme/templates.json',
        rule: 'acme_letter',
        path: '/templates/0/body/zh-CN',
      }),
    );
    expect(issues.find((i) => i.code === 'unknown_fact')!.message).toContain('{{fact.noSuchFact}}');
  });

  it('are rejected for a case field that does not exist, or a list used as a value', () => {
    const issues = issuesOf(templatesFile({ 'zh-CN': ['{{case.merchant.name}}'], en: ['{{case.contacts}}'] }));
    expect(issues.filter((i) => i.code === 'unknown_case_field').map((i) => i.path)).toEqual([
      '/templates/0/body/zh-CN',
      '/templates/0/body/en',
    ]);
  });

  it('are rejected for an evidence id, channel or scenario that does not exist', () => {
    const proves = { no_such_evidence: { text: text('证明', 'proves') } };
    const issues = issuesOf(
      templatesFile(
        { 'zh-CN': ['x'], en: ['x'] },
        { proves },
        { channels: ['fax_machine'], scenarios: ['alien_abduction'] },
      ),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unknown_id', path: '/proves/no_such_evidence' }));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_id', rule: 'acme_letter', path: '/templates/0/channels/0' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_id', rule: 'acme_letter', path: '/templates/0/scenarios/0' }),
    );
  });

  it('are rejected for a syntax error, an unlabelled ask. field and an unknown doc. value', () => {
    const issues = issuesOf(
      templatesFile({ 'zh-CN': ['{{case.acquirer.name'], en: ['{{ask.favourite_colour}} {{doc.weather}}'] }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(['missing_label', 'template_syntax', 'unknown_placeholder']);
  });

  it('may not reuse a template id without "override", and may replace one with it', () => {
    const body = { 'zh-CN': ['# 函'], en: ['# Letter'] };
    expect(issuesOf(templatesFile(body, {}, { id: 'deposit_demand_letter' }))).toContainEqual(
      expect.objectContaining({ code: 'duplicate_template', path: '/templates/0/id' }),
    );
    const replaced = compileRuleSet([
      ...DEFAULT_RULE_SOURCES,
      templatesFile(body, {}, { id: 'deposit_demand_letter', override: true }),
    ]);
    expect(replaced.templates.templates.find((t) => t.id === 'deposit_demand_letter')!.file).toBe(
      'acme/templates.json',
    );
  });

  it('do not change the ruleset version or hash that results record', () => {
    const withTemplates = compileRuleSet(DEFAULT_RULE_SOURCES);
    const without = compileRuleSet(
      DEFAULT_RULE_SOURCES.filter((s) => (s.content as { kind: string }).kind !== 'templates'),
    );
    expect(withTemplates.hash).toBe(without.hash);
    expect(withTemplates.version).toBe(without.version);
    expect(without.templates.templates).toEqual([]);
  });

  it('are linted by the command line with file: template id: pointer: message', () => {
    const out = runCli(['lint', '--rules', join(import.meta.dirname, 'packs', 'broken-template')]);
    expect(out.status).toBe(1);
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /broken-template\/acme-templates\.json: acme_letter: \/templates\/0\/body\/zh-CN: .*fact\.noSuchFact/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /broken-template\/acme-templates\.json: acme_letter: \/templates\/0\/body\/zh-CN: .*case\.merchant\.name/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /broken-template\/acme-templates\.json: \/proves\/no_such_evidence: expected a known evidence id/,
      ),
    );
  });
});
