import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatIssues, type Issue } from '../issues.js';
import { lintRuleSet } from '../lint/lint-rule-set.js';
import { loadRuleFiles } from '../node.js';
import { EXIT, UsageError, writeOut } from './io.js';
import { requirePathKind } from './path-kind.js';
import { RULE_OPTIONS, RULE_OPTIONS_HELP } from './rule-options.js';

export const LINT_HELP = `Usage: dispute-triage lint [<rules-dir>...] [options]

Checks rule files and prints every problem to standard error as
  file: rule id: JSON pointer: message
(the rule id only when the problem is inside a rule). Checks: JSON and UTF-8, structure, unknown
facts, operators, paths and ids, operators and values of the wrong type for their fact (a rule set
lint passes cannot make a triage throw), duplicate ids, deadlines from unknown dates or not declared,
cycles between named conditions, rules that can never fire, channels no rule can reach, unused
parameters and named conditions, blank source keys and texts, rule ids outside their pack.

With no <rules-dir>: the bundled rules (plus any --rules). With <rules-dir>s: only those
directories, read in order (as --no-default-rules --rules <dir>...).
Exit status: 0 no problem, 1 some problem, 2 usage error or internal failure.

Options:
  --json               print {"issues":[{code,file,rule,path,message}]} to standard output instead
${RULE_OPTIONS_HELP}
  -h, --help           show this help
`;

/** The rules/ directory shipped next to dist/ in the package. */
function bundledRulesDir(): string {
  return relative(process.cwd(), fileURLToPath(new URL('../rules', import.meta.url))) || '.';
}

export async function runLintCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, ...RULE_OPTIONS, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    await writeOut(LINT_HELP);
    return EXIT.ok;
  }
  const defaults = positionals.length === 0 && !values['no-default-rules'] ? [bundledRulesDir()] : [];
  const dirs = [...defaults, ...positionals, ...(values.rules ?? [])];
  if (dirs.length === 0) throw new UsageError('--no-default-rules needs a <rules-dir> or --rules <dir>');
  for (const dir of [...positionals, ...(values.rules ?? [])]) await requirePathKind(dir, 'directory', 'lint');
  let issues: readonly Issue[];
  let count = 0;
  try {
    const sources = await loadRuleFiles(dirs);
    count = sources.length;
    issues = lintRuleSet(sources).issues;
  } catch (error) {
    const loadIssues = (error as { issues?: unknown }).issues;
    if ((error as { code?: string }).code !== 'invalid_rules' || !Array.isArray(loadIssues)) throw error;
    issues = loadIssues as Issue[];
  }
  if (values.json) await writeOut(`${JSON.stringify({ issues }, null, 2)}\n`);
  else if (issues.length > 0) process.stderr.write(`${formatIssues(issues)}\n`);
  const where = dirs.join(', ');
  process.stderr.write(
    issues.length === 0
      ? `lint: ${count} file${count === 1 ? '' : 's'} in ${where}, no problems\n`
      : `lint: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${where}\n`,
  );
  return issues.length === 0 ? EXIT.ok : EXIT.invalid;
}
