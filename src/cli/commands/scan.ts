/**
 * `haven scan`: scans messages for personal details and risk signals from a file or stdin.
 * The streaming core lives in src/cli/scan/; this file is the command line around it.
 */
import type { Command } from 'commander';
import { DEFAULT_MAX_LINE_BYTES } from '../scan/line-splitter.ts';
import { autoThreads, scanInput } from '../scan/scan-input.ts';
import { PARALLEL_THRESHOLD_BYTES } from '../scan/scan-parallel.ts';
import { tidy } from '../scan/scan-stream.ts';

const HELP_AFTER = `
Input:
  FILE, or standard input when FILE is "-" or left out. One message per line.
  With --jsonl each line is a JSON object: {"id": "m1", "text": "message text"}.

Output (--jsonl): one JSON line per message, in input order:
  {"id": "m1", "findings": [{"kind": "pii"|"risk", "type": "phone", "start": 11, "end": 23,
    "excerpt": "07700 900123", "severity": 4, "rule": "pii.phone.uk", "reason": "..."}]}
  A line without an "id" is answered with "id": null and its "line" number.

Bad lines (not JSON, no "text", binary data, invalid UTF-8, longer than --max-line-bytes)
are reported on stderr with their line number and skipped; the rest is still scanned.

Exit status: 0 all lines scanned; 1 finished but some lines were bad; 2 input could not be read.

Examples:
  haven scan --jsonl messages.jsonl > findings.jsonl
  echo "call me on 07700 900123" | haven scan
`;

/** Adds `haven scan [--jsonl] [FILE|-]` to the program. */
export function registerScanCommand(program: Command): void {
  program
    .command('scan')
    .description(
      'Find personal details (phone, email, postcode, address, school, social handle) and risk signals (bullying, sexual, grooming, self-harm, violence) in messages',
    )
    .argument('[file]', 'file to read, or "-" for standard input', '-')
    .option('--jsonl', 'read and write JSON Lines: {"id","text"} in, {"id","findings"} out')
    .option(
      '--max-line-bytes <n>',
      'skip (and report) lines longer than this many bytes',
      String(DEFAULT_MAX_LINE_BYTES),
    )
    .option(
      '--threads <n>',
      `worker threads for files over ${PARALLEL_THRESHOLD_BYTES / (1024 * 1024)} MB ("auto" = one per core, 1 = no workers)`,
      'auto',
    )
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, opts: { jsonl?: boolean; maxLineBytes: string; threads: string }) => {
      const maxLineBytes = Number(opts.maxLineBytes);
      if (!Number.isInteger(maxLineBytes) || maxLineBytes < 1) {
        process.stderr.write(`haven scan: --max-line-bytes must be a positive whole number\n`);
        process.exitCode = 2;
        return;
      }
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        // A closed pipe (e.g. `| head`) just means nobody wants the rest.
        if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw e;
      });
      const fromStdin = file === '-';
      if (fromStdin && process.stdin.isTTY) {
        process.stderr.write(
          'haven scan: reading messages from standard input, one per line (Ctrl+D to finish)\n',
        );
      }
      const threadsAsked = opts.threads !== 'auto';
      const threads = threadsAsked ? Number(opts.threads) : autoThreads();
      if (!Number.isInteger(threads) || threads < 1) {
        process.stderr.write(`haven scan: --threads must be "auto" or a positive whole number\n`);
        process.exitCode = 2;
        return;
      }
      try {
        const result = await scanInput(file, process.stdout, process.stderr, {
          format: opts.jsonl ? 'jsonl' : 'text',
          maxLineBytes,
          threads,
          threadsAsked,
        });
        if (result.badLines > 0) {
          process.stderr.write(
            `haven scan: ${result.badLines} bad line${result.badLines === 1 ? '' : 's'} skipped; ${result.scanned} scanned\n`,
          );
          process.exitCode = 1;
        }
      } catch (e) {
        const error = e as NodeJS.ErrnoException;
        const what =
          error.code === 'ENOENT'
            ? 'no such file'
            : error.code === 'EISDIR'
              ? 'is a directory'
              : tidy(error.message);
        process.stderr.write(`haven scan: cannot read ${fromStdin ? 'standard input' : file}: ${what}\n`);
        process.exitCode = 2;
      }
    });
}
