/** Command-line parsing for `article-lens analyze`: no library, the grammar is small and fixed. */
import { parseIsoReference } from '../core/published';

/** Output format of `analyze`. */
export type Format = 'json' | 'jsonl';

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string }
  | { kind: 'analyze'; format: Format; published: string | null; files: string[] };

/** The usage text (printed on stdout for --help, on stderr after a usage error). */
export const USAGE = `Usage: article-lens analyze [--format json|jsonl] [--published <ISO date or datetime>] FILE...

Finds the direct quotes, dates, named officials and attributed claims of news articles.
FILE may be - to read standard input. Offsets are UTF-16 indices into the file's text
decoded as UTF-8, a leading byte-order mark removed, line endings kept.

Options:
  --format json|jsonl   json (default): one pretty-printed array of results;
                        jsonl: one JSON object per line per file, in input order
  --published DATE      reference time, YYYY-MM-DD or YYYY-MM-DDTHH:MM; used when the article
                        has no header timestamp, and overrides the header when given
  -h, --help            show this help
  -V, --version         show the version

Exit status: 0 all files analysed, 1 a file could not be read, 2 usage error.`;

const usageError = (message: string): Command => ({ kind: 'usage-error', message });

/** Parses the arguments after `node cli.js`. Never throws. */
export function parseArgs(argv: readonly string[]): Command {
  let format: Format = 'json';
  let published: string | null = null;
  const positional: string[] = [];
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '-V' || arg === '--version') {
      version = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--format' || name === '--published') {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return usageError(`option ${name} needs a value`);
      if (name === '--format') {
        if (value !== 'json' && value !== 'jsonl') return usageError(`--format must be json or jsonl, not ${JSON.stringify(value)}`);
        format = value;
      } else {
        published = parseIsoReference(value);
        if (!published) return usageError(`--published must be an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM), not ${JSON.stringify(value)}`);
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return usageError(`unknown option ${JSON.stringify(arg)}`);
    positional.push(arg);
  }
  if (version) return { kind: 'version' };
  const [command, ...files] = positional;
  if (command === undefined) return usageError('missing command (analyze)');
  if (command !== 'analyze') return usageError(`unknown command ${JSON.stringify(command)}`);
  if (files.length === 0) return usageError('missing FILE (use - for standard input)');
  return { kind: 'analyze', format, published, files };
}
