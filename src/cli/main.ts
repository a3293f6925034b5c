/**
 * `article-lens analyze [--format json|jsonl] [--published DATE] FILE...`: the command-line front
 * end of the analysis core. Reports every bad input on one stderr line and never a stack trace.
 */
import { analyze } from '../core/analyze';
import { parseArgs, USAGE } from './args';
import { toContract } from './format';
import { readInput } from './read';
import pkg from '../../package.json';

const NAME = 'article-lens';

/** Where the CLI writes; replaceable for tests. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  readStdin?: () => Uint8Array;
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  const cmd = parseArgs(argv);
  if (cmd.kind === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  if (cmd.kind === 'version') {
    io.out(`${NAME} ${pkg.version}\n`);
    return 0;
  }
  if (cmd.kind === 'usage-error') {
    io.err(`${NAME}: ${cmd.message}\n\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  let stdin: ReturnType<typeof readInput> | null = null;
  const results: unknown[] = [];
  for (const file of cmd.files) {
    const input = file === '-' ? (stdin ??= readInput('-', io.readStdin)) : readInput(file);
    if (!input.ok) {
      io.err(`${NAME}: ${JSON.stringify(file)}: ${input.reason}\n`);
      status = 1;
      continue;
    }
    let result;
    try {
      result = toContract(file, analyze(input.text, cmd.published ? { published: cmd.published, overridePublished: true } : {}));
    } catch (err) {
      io.err(`${NAME}: ${JSON.stringify(file)}: internal error: ${oneLine(err)}\n`);
      status = 1;
      continue;
    }
    if (cmd.format === 'jsonl') io.out(JSON.stringify(result) + '\n');
    else results.push(result);
  }
  if (cmd.format === 'json') io.out(JSON.stringify(results, null, 2) + '\n');
  return status;
}

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0].slice(0, 300);
}

function entry(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`${NAME}: cannot write output: ${oneLine(err)}\n`);
    process.exit(1);
  });
  process.on('uncaughtException', (err) => {
    process.stderr.write(`${NAME}: internal error: ${oneLine(err)}\n`);
    process.exit(1);
  });
  try {
    process.exitCode = run(process.argv.slice(2), {
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
    });
  } catch (err) {
    process.stderr.write(`${NAME}: internal error: ${oneLine(err)}\n`);
    process.exitCode = 1;
  }
}

entry();
