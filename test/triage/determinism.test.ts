import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { listFixtures } from '../support/fixtures.js';

describe('determinism across hosts', () => {
  it('gives byte-identical JSON with TZ set to UTC, Asia/Shanghai and America/Los_Angeles', () => {
    for (const fixture of listFixtures().slice(0, 8)) {
      const outputs = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'].map((tz) => runCli(['triage', '--json', fixture.casePath], { env: { TZ: tz, LANG: tz === 'UTC' ? 'C' : 'zh_CN.UTF-8' } }));
      for (const out of outputs) expect(out.status, out.stderr).toBe(0);
      expect(outputs[1]!.stdout).toBe(outputs[0]!.stdout);
      expect(outputs[2]!.stdout).toBe(outputs[0]!.stdout);
    }
  });
});
