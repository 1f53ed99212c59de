// The bundled rule set is compiled at build time (scripts/bundle-rules.mjs): it must be exactly what
// the compiler makes of the rule files on disk today, key order included, hash and all.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, createTriage, defaultRules } from '../../src/index.js';
import { DEFAULT_RULE_SET, DEFAULT_RULE_SOURCES } from '../../src/generated/default-rules.js';
import { ROOT } from '../support/fixtures.js';

const RULES = join(ROOT, 'rules');
// rules/calendar/ holds calendar data, not rule files (as loadRuleFiles and bundle-rules skip it).
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return dir === RULES && e.name === 'calendar' ? [] : walk(join(dir, e.name));
    return e.name.endsWith('.json') ? [join(dir, e.name)] : [];
  });

describe('the precompiled bundled rule set', () => {
  it('equals a fresh compile of the rule files, key order and hash included', () => {
    const files = new Set(walk(RULES).map((path) => relative(RULES, path).split('\\').join('/')));
    expect(new Set(DEFAULT_RULE_SOURCES.map((s) => s.file))).toEqual(files);
    const onDisk = DEFAULT_RULE_SOURCES.map((s) => ({
      file: s.file,
      content: JSON.parse(readFileSync(join(RULES, s.file), 'utf8')),
    }));
    const fresh = compileRuleSet(onDisk);
    expect(JSON.stringify(DEFAULT_RULE_SET)).toBe(JSON.stringify(fresh));
    expect(DEFAULT_RULE_SET).toStrictEqual(fresh);
    expect(DEFAULT_RULE_SET.hash).toBe(fresh.hash);
  });

  it('is what defaultRules() and createTriage() use', () => {
    expect(defaultRules()).toBe(DEFAULT_RULE_SET);
    expect(createTriage().ruleSet).toBe(DEFAULT_RULE_SET);
    expect(createTriage({ parameters: { support_reply_working_days: 3 } }).ruleSet).not.toBe(DEFAULT_RULE_SET);
  });
});
