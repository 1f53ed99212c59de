import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTriage, withDefaultRules } from '../../src/index.js';
import { loadRuleFiles, loadRuleSet } from '../../src/node.js';
import { runCli } from '../support/cli.js';
import { listFixtures } from '../support/fixtures.js';
import { rejectionIssues } from '../support/rule-sources.js';

const PARTNER = join(import.meta.dirname, 'partner');
const kase = listFixtures().find((f) => f.name.startsWith('chargeback/'))!;

const rejected = rejectionIssues;

describe('partner rule packs', () => {
  it('load after the bundled rules: new ids and rules, an overridden rule and label, a disabled rule', async () => {
    const ruleSet = await loadRuleSet([PARTNER], { includeDefaults: true });
    expect(ruleSet.version).toMatch(/^core@\S+ .*acme_catalog@2\.1\.0 .*acme@2\.1\.0$/);
    expect(ruleSet.rules.map((r) => r.id)).not.toContain('chargeback.prevention');
    expect(ruleSet.rules.find((r) => r.id === 'common.preserve_evidence')?.pack).toBe('acme');
    const result = await createTriage({ rules: ruleSet }).triage({ ...kase.kase, locale: 'en' });
    expect(result.evidence).toContainEqual(
      expect.objectContaining({ id: 'acme_terminal_receipt', label: 'Acme terminal receipt', required: true }),
    );
    expect(result.explanation.map((x) => x.rule)).not.toContain('chargeback.prevention');
    expect(result.explanation.find((x) => x.rule === 'common.preserve_evidence')).toMatchObject({
      pack: 'acme',
      description: 'Preserve evidence now and upload it to the Acme merchant portal.',
    });
    expect(ruleSet.catalog.channels.acquirer_dispute_desk!.label.en).toBe('Acme chargeback line');
  });

  it('name each file by its directory when several directories are loaded', async () => {
    const files = await loadRuleFiles([PARTNER]);
    expect(files.map((f) => f.file)).toEqual([`${PARTNER}/catalog/acme.json`, `${PARTNER}/acme.json`]);
  });

  it('combine with the bundled rules from objects too (withDefaultRules)', async () => {
    const sources = (await loadRuleFiles(PARTNER)).map((s) => ({ file: `acme/${s.file}`, content: s.content }));
    const triage = createTriage({ rules: withDefaultRules(sources) });
    expect(triage.ruleSet.packs.at(-1)).toMatchObject({ id: 'acme', version: '2.1.0', file: 'acme/acme.json' });
  });

  it('reject a catalog entry that reuses a bundled id without "override", and an override of nothing', async () => {
    const [catalog] = await loadRuleFiles(PARTNER);
    const content = structuredClone(catalog!.content) as {
      channels: Record<string, { override?: boolean }>;
      evidence: Record<string, { override?: boolean }>;
    };
    delete content.channels.acquirer_dispute_desk!.override;
    content.evidence.acme_terminal_receipt!.override = true;
    expect(rejected(withDefaultRules([{ file: 'acme-catalog.json', content }]))).toEqual([
      expect.objectContaining({
        code: 'unknown_id',
        file: 'acme-catalog.json',
        path: '/evidence/acme_terminal_receipt/override',
      }),
      expect.objectContaining({
        code: 'duplicate_id',
        file: 'acme-catalog.json',
        path: '/channels/acquirer_dispute_desk',
        message: expect.stringContaining('"override": true'),
      }),
    ]);
  });

  it('are added on the command line with --rules, or replace the bundled rules with --no-default-rules', () => {
    const out = runCli(['triage', '--json', '--rules', PARTNER, kase.casePath]);
    expect(out.status, out.stderr).toBe(0);
    expect((JSON.parse(out.stdout) as { ruleset: { version: string } }).ruleset.version).toContain('acme@2.1.0');
    const alone = runCli(['triage', '--no-default-rules', '--rules', PARTNER, kase.casePath]);
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain('acme.json');
    expect(runCli(['triage', '--no-default-rules', kase.casePath]).status).toBe(2);
  });
});
