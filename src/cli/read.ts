/** Reading and validating input files: regular files or stdin, UTF-8 only, no binary content. */
import { readFileSync, statSync } from 'node:fs';

/** A decoded input, or why it could not be read. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Larger inputs are refused: they would not fit in a JavaScript string with room to analyse them. */
export const MAX_BYTES = 256 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as strict UTF-8 with a leading BOM removed; refuses NUL bytes (binary files). */
export function decode(bytes: Uint8Array): ReadResult {
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

function describe(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory in the path';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'EAGAIN': return 'standard input is not readable';
    default: return code ? `cannot read (${code})` : 'cannot read';
  }
}

/** Reads a file path (or standard input for "-") and decodes it. Never throws. */
export function readInput(file: string, readStdin: () => Uint8Array = () => readFileSync(0)): ReadResult {
  try {
    if (file === '-') {
      const bytes = readStdin();
      return bytes.length > MAX_BYTES ? { ok: false, reason: 'too large' } : decode(bytes);
    }
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (!stat.isFile() && !stat.isFIFO()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > MAX_BYTES) return { ok: false, reason: `too large (${stat.size} bytes; the limit is ${MAX_BYTES})` };
    return decode(readFileSync(file));
  } catch (err) {
    return { ok: false, reason: describe(err) };
  }
}
