import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { ROOT } from './support/fixtures.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const examples = [
  ...readme.matchAll(/<!-- example: (\S+) -->\n```text\n\$ dispute-triage triage \1\n([\s\S]*?)```/g),
].map((m) => ({ file: m[1]!, output: m[2]! }));

describe('README worked examples', () => {
  it('show one example per situation', () => {
    const scenarios = new Set(
      examples.map((e) => (JSON.parse(readFileSync(join(ROOT, e.file), 'utf8')) as { scenario: string }).scenario),
    );
    expect([...scenarios].sort()).toEqual([
      'chargeback',
      'deposit_not_returned',
      'funds_not_settled',
      'lost_terminal',
      'provider_unresponsive',
      'refund_request',
      'wallet_complaint',
    ]);
  });

  for (const example of examples) {
    it(`${example.file} is printed by the CLI exactly as shown`, () => {
      const out = runCli(['triage', example.file], { cwd: ROOT });
      expect(out.status, out.stderr).toBe(0);
      expect(out.stdout).toBe(example.output);
    });
  }
});
