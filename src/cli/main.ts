import { isTriageError } from '../errors/type-guards.js';
import { formatIssues } from '../issues.js';
import { EXIT, InputError, UsageError } from './io.js';
import { TRIAGE_HELP, runTriageCommand } from './triage-command.js';

const HELP = `Usage: dispute-triage <command> [options]

Commands:
  triage <case.json | ->   advice for one case (report, or --json)

Run "dispute-triage <command> --help" for a command's options.
Exit status: 0 done, 1 invalid input or rules, 2 usage error or internal failure.
`;

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  triage: { run: runTriageCommand, help: TRIAGE_HELP },
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    process.stderr.write(`unknown command ${JSON.stringify(command)}\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await entry.run(rest);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n\n${entry.help}`);
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
