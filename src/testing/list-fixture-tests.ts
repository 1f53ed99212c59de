import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Result } from '../result/schema.js';
import type { RuleSet, RuleSource } from '../rules/rule-set.js';
import { createTriage, type Triage } from '../triage.js';
import { diffLines } from './diff-lines.js';

/** Options for {@link listFixtureTests}. */
export interface ListFixtureTestsOptions {
  /** The triage object to run. Default: one built from `rules`. */
  triage?: Triage;
  /** Rules for the default triage object: a compiled set or rule files. Default: the bundled rules. */
  rules?: RuleSet | readonly RuleSource[];
  /** Rewrite every expected file with the current result (after a deliberate rule change). Default false. */
  update?: boolean;
  /** Write the expected file of a case that has none yet and pass (the first run). Default true; set it false on CI. */
  writeMissing?: boolean;
  /** Result fields to leave out of expected files, e.g. `['ruleset']` so a rules upgrade does not touch every file. */
  omit?: readonly (keyof Result)[];
}

/** How a fixture test ended when it did not throw. */
export type FixtureTestOutcome = 'matched' | 'written' | 'updated';

/** One fixture case: run it inside any test runner; it throws a {@link FixtureMismatchError} on a difference. */
export interface FixtureTest {
  /** Path of the case below the directory, without `.case.json`: `chargeback/late-answer`. */
  name: string;
  casePath: string;
  expectedPath: string;
  run(): Promise<FixtureTestOutcome>;
}

/**
 * The result differs from the expected file. `expected` and `actual` hold both texts (test
 * runners such as vitest show their own diff from them); the message holds a line diff.
 */
export class FixtureMismatchError extends Error {
  override name = 'FixtureMismatchError' as const;
  readonly code = 'fixture_mismatch';
  readonly showDiff = true;
  constructor(
    readonly fixture: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      `${fixture}: the result differs from ${fixture}.expected.json (run with update to accept it)\n` +
        diffLines(expected, actual),
    );
  }
}

function listCases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listCases(join(dir, entry.name))
        : entry.name.endsWith('.case.json')
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}

/** The expected-file text of a result: pretty JSON with a final newline, as the package's own goldens. */
function expectedText(outcome: Awaited<ReturnType<Triage['safeTriage']>>, omit: readonly string[]): string {
  if (!outcome.ok) return `${JSON.stringify({ issues: outcome.issues }, null, 2)}\n`;
  const result: Record<string, unknown> = { ...outcome.result };
  for (const key of omit) delete result[key];
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * Lists the fixture cases of a directory (`<name>.case.json` next to `<name>.expected.json`, any
 * depth) as tests to hand to your test runner; no runner is a dependency of this package. A case
 * that the rules reject is expected to produce `{ "issues": [...] }`.
 *
 * @example
 * // test/fixtures.test.ts in a partner's project
 * import { it } from 'vitest';
 * import { loadRuleSet } from 'pos-dispute-triage/node';
 * import { listFixtureTests } from 'pos-dispute-triage/testing';
 *
 * const rules = await loadRuleSet(['./rules'], { includeDefaults: true });
 * for (const fixture of listFixtureTests('./fixtures', { rules, update: process.env.UPDATE === '1' })) {
 *   it(fixture.name, fixture.run);
 * }
 */
export function listFixtureTests(dir: string, options: ListFixtureTestsOptions = {}): FixtureTest[] {
  let triage = options.triage;
  const triageOf = () => (triage ??= createTriage(options.rules ? { rules: options.rules } : {}));
  const omit = options.omit ?? [];
  return listCases(dir).map((casePath) => {
    const name = relative(dir, casePath)
      .split(sep)
      .join('/')
      .replace(/\.case\.json$/, '');
    const expectedPath = casePath.replace(/\.case\.json$/, '.expected.json');
    return {
      name,
      casePath,
      expectedPath,
      async run() {
        let input: unknown;
        try {
          input = JSON.parse(readFileSync(casePath, 'utf8').replace(/^\uFEFF/, ''));
        } catch (error) {
          throw new Error(`${casePath}: expected a JSON case; ${(error as Error).message}`);
        }
        const actual = expectedText(await triageOf().safeTriage(input), omit);
        const exists = existsSync(expectedPath);
        if (options.update && exists && readFileSync(expectedPath, 'utf8') === actual) return 'matched';
        if (options.update || (!exists && options.writeMissing !== false)) {
          mkdirSync(dirname(expectedPath), { recursive: true });
          writeFileSync(expectedPath, actual);
          return exists ? 'updated' : 'written';
        }
        if (!exists) throw new Error(`${expectedPath} is missing: run with update (or writeMissing) to write it`);
        const expected = readFileSync(expectedPath, 'utf8');
        if (expected !== actual) throw new FixtureMismatchError(name, expected, actual);
        return 'matched';
      },
    };
  });
}
