import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { ROOT } from '../support/fixtures.js';

const CASE = 'fixtures/chargeback/retrieval-noticed-2026-12-28-provisional.case.json';
const CALENDAR_2027 = 'fixtures/calendar/cn-2027-example.json';
const responseOf = (result: { deadlines: Array<{ id: string; dueAt: string; calendar: string }> }) =>
  result.deadlines.find((d) => d.id === 'acquirer_response')!;

describe('dispute-triage --calendar (done when, on the command line)', () => {
  it('triage without a 2027 schedule: due 2027-01-05 or earlier, provisional, warned, as the golden says', () => {
    const out = runCli(['triage', '--json', CASE]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(readFileSync(join(ROOT, CASE.replace('.case.json', '.expected.json')), 'utf8'));
    const result = JSON.parse(out.stdout);
    expect(responseOf(result).calendar).toBe('provisional');
    expect(responseOf(result).dueAt <= '2027-01-05T23:59:59+08:00').toBe(true);
    expect(result.warnings.filter((w: { code: string }) => w.code === 'calendar_provisional')).toHaveLength(1);
  });

  it('triage --calendar FILE with the 2027 schedule: official', () => {
    const out = runCli(['triage', '--json', '--calendar', CALENDAR_2027, CASE]);
    expect(out.status, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(responseOf(result)).toMatchObject({ dueAt: '2027-01-05T23:59:59+08:00', calendar: 'official' });
    expect(result.warnings.map((w: { code: string }) => w.code)).not.toContain('calendar_provisional');
  });

  it('batch --calendar FILE uses it for every line', () => {
    const line = JSON.stringify(JSON.parse(readFileSync(join(ROOT, CASE), 'utf8')));
    const out = runCli(['batch', '--calendar', CALENDAR_2027, '-'], { input: `${line}\n${line}\n` });
    expect(out.status, out.stderr).toBe(0);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(responseOf(l.result ?? l).calendar).toBe('official');
  });

  it('exits 1 naming the file, the JSON path, what was expected and what was found for a bad calendar file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calendar-'));
    const bad = join(dir, 'cn-2027.json');
    const file = JSON.parse(readFileSync(join(ROOT, CALENDAR_2027), 'utf8'));
    writeFileSync(bad, JSON.stringify({ ...file, workdays: ['2027-02-22'] }));
    const out = runCli(['triage', '--json', '--calendar', bad, CASE]);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(`${bad}: /workdays/0: expected a Saturday or Sunday`);
    expect(out.stderr).toContain('found 2027-02-22, a weekday');
  });

  it('schema calendar prints the committed JSON Schema', () => {
    const out = runCli(['schema', 'calendar']);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(readFileSync(join(ROOT, 'schema/calendar.schema.json'), 'utf8'));
  });
});
