// --locale, --param (validated as createTriage validates parameters) and --version, on the built command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { ROOT } from '../support/fixtures.js';

const CASE = join(ROOT, 'fixtures/chargeback/retrieval-denied-unionpay.case.json');
const json = (args: string[]) => JSON.parse(runCli(['triage', CASE, '--json', ...args]).stdout);

describe('common CLI flags', () => {
  it('--version prints the package version', () => {
    const out = runCli(['--version']);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('--locale sets the language over the case (an en case reported in zh-CN), and refuses others', () => {
    const zh = runCli(['triage', CASE, '--locale', 'zh-CN']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('情形：客户拒付');
    expect(json(['--locale', 'zh-CN']).locale).toBe('zh-CN');
    const bad = runCli(['triage', CASE, '--locale', 'fr']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--locale: expected one of zh-CN, en; found "fr"');
  });

  it('--param overrides a day count, repeatably', () => {
    const due = (args: string[]) =>
      json(args).deadlines.find((d: { id: string }) => d.id === 'acquirer_response').dueAt;
    expect(due([])).toBe('2026-11-10T23:59:59+08:00');
    expect(due(['--param', 'retrieval_response_working_days=9', '--param', 'customer_reply_days=3'])).toBe(
      '2026-11-16T23:59:59+08:00',
    );
  });

  it.each([
    [
      ['--param', 'retrieval_respons_working_days=9'],
      1,
      '/parameters/retrieval_respons_working_days: expected a parameter declared by a pack',
    ],
    [['--param', 'customer_reply_days=abc'], 1, 'found "abc"'],
    [['--param', 'customer_reply_days=-2'], 1, 'expected a whole number from 0 to 3650; found -2'],
    [['--param', 'customer_reply_days=2.5'], 1, 'found 2.5'],
    [['--param', 'customer_reply_days'], 2, '--param: expected name=value'],
    [['--param', 'customer_reply_days=2', '--param', 'customer_reply_days=3'], 2, 'given twice'],
  ] as const)('rejects %j with exit %i', (args, status, message) => {
    const out = runCli(['triage', CASE, ...args]);
    expect(out.status).toBe(status);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(message);
  });

  it('--param applies to batch too', () => {
    const line = readFileSync(CASE, 'utf8').replace(/\n\s*/g, ' ');
    const out = runCli(['batch', '-', '--param', 'retrieval_response_working_days=9'], { input: `${line}\n` });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('2026-11-16T23:59:59+08:00');
  });
});
