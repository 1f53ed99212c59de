import { isTriageError } from '../errors/type-guards.js';
import { formatIssues } from '../issues.js';
import { BATCH_HELP, runBatchCommand } from './batch-command.js';
import { DRAFT_HELP, runDraftCommand } from './draft-command.js';
import { EXIT, InputError, OutputClosedError, UsageError } from './io.js';
import { LINT_HELP, runLintCommand } from './lint-command.js';
import { SCHEMA_HELP, runSchemaCommand } from './schema-command.js';
import { SERVE_HELP } from './serve-help.js';
import { TRIAGE_HELP, runTriageCommand } from './triage-command.js';
import { version } from '../../package.json';

const HELP = `Usage: dispute-triage <command> [options]

Commands:
  triage <case.json | ->          advice for one case (report, --json, --what-if)
  batch [<cases.ndjson> | -]      one JSON line per case line, in input order
  lint [<rules-dir>...]           every problem in rule files, as file: rule: pointer: message
  schema <case | result | rules | calendar>  the JSON Schema of a case, a result, a rule file or a calendar file
  serve [--host H] [--port P]     the HTTP service (OpenAPI at /openapi.json)
  draft <case.json | ->           the document for the next channel (--channel ID, --format md|html)

Rules: the bundled rules, plus partner packs with --rules <dir> (repeatable);
--no-default-rules leaves the bundled ones out.

Run "dispute-triage <command> --help" for a command's options; "dispute-triage --version" for the version.
Exit status: 0 done, 1 invalid input or rules, 2 usage error or internal failure.
`;

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  triage: { run: runTriageCommand, help: TRIAGE_HELP },
  batch: { run: runBatchCommand, help: BATCH_HELP },
  lint: { run: runLintCommand, help: LINT_HELP },
  schema: { run: runSchemaCommand, help: SCHEMA_HELP },
  // Loaded on demand: the server's modules (HTTP, logger, metrics) would slow every other command's start.
  serve: { run: async (args) => (await import('./serve-command.js')).runServeCommand(args), help: SERVE_HELP },
  draft: { run: runDraftCommand, help: DRAFT_HELP },
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-V') {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    process.stderr.write(`unknown command ${JSON.stringify(command)}\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await entry.run(rest);
  } catch (error) {
    if (error instanceof OutputClosedError) return EXIT.ok;
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // One line: the help is one --help away, and a stack trace helps nobody here.
      process.stderr.write(`${(error as Error).message.split('\n')[0]} (see dispute-triage ${command} --help)\n`);
      return EXIT.usage;
    }
    if (isTriageError(error)) {
      process.stderr.write(`${error.message.split('\n')[0]}\n${formatIssues(error.issues)}\n`);
      return EXIT.invalid;
    }
    if (error instanceof InputError || (error as { code?: string }).code === 'ENOENT') {
      process.stderr.write(`${(error as Error).message}\n`);
      return EXIT.invalid;
    }
    process.stderr.write(`internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${String(error)}\n`);
    process.exitCode = EXIT.usage;
  },
);
