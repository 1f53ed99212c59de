import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/index.js';
import { validCaseArbitrary } from '../support/case-arbitraries.js';
import { runCli } from '../support/cli.js';
import { ROOT, listFixtures } from '../support/fixtures.js';

/** Hosts that differ in every way the output must not depend on: zone, language, digits, calendar. */
const HOSTS: ReadonlyArray<Record<string, string>> = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: '' },
  { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
  { TZ: 'Asia/Kolkata', LANG: 'th_TH.UTF-8', LC_ALL: 'th_TH.UTF-8' },
];

// One process triages every case and prints each outcome and, for results, the readable report.
const SCRIPT = `
import { createTriage, formatReport } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)};
const triage = createTriage();
let input = '';
for await (const chunk of process.stdin) input += chunk;
for (const line of input.split('\\n').filter(Boolean)) {
  const outcome = await triage.safeTriage(JSON.parse(line));
  process.stdout.write(JSON.stringify(outcome) + '\\n');
  if (outcome.ok) process.stdout.write(JSON.stringify(formatReport(outcome.result, { ruleSet: triage.ruleSet, color: false })) + '\\n');
}
`;

function runLibrary(env: Record<string, string>, ndjson: string): string {
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    input: ndjson,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout;
}

describe('determinism across hosts and processes', () => {
  it('gives byte-identical results and reports whatever the host TZ, LANG and LC_ALL, run after run', () => {
    const generated = fc.sample(validCaseArbitrary(createTriage().ruleSet), { numRuns: 300, seed: 11 });
    const cases = [...listFixtures().map((f) => f.kase), ...generated];
    const ndjson = `${cases.map((kase) => JSON.stringify(kase)).join('\n')}\n`;
    const first = runLibrary(HOSTS[0]!, ndjson);
    expect(first.split('\n').filter((line) => line.startsWith('{"ok":true')).length).toBe(cases.length);
    for (const host of HOSTS) expect(runLibrary(host, ndjson), JSON.stringify(host)).toBe(first);
    // A second process on the same host, and a third on another: the same bytes again.
    expect(runLibrary(HOSTS[0]!, ndjson)).toBe(first);
    expect(runLibrary(HOSTS[3]!, ndjson)).toBe(first);
  });

  it('prints the same JSON and the same report from the command line on every host', () => {
    for (const fixture of listFixtures().slice(0, 2)) {
      for (const args of [
        ['triage', '--json', fixture.casePath],
        ['triage', fixture.casePath],
      ]) {
        const outputs = HOSTS.map((env) => runCli(args, { env }));
        for (const out of outputs) expect(out.status, out.stderr).toBe(0);
        for (const out of outputs.slice(1)) expect(out.stdout).toBe(outputs[0]!.stdout);
      }
    }
  });
});
