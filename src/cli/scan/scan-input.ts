/** Chooses how `haven scan` reads a file or standard input: one thread, or shared with workers. */
import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import {
  BATCH_BYTES,
  PARALLEL_THRESHOLD_BYTES,
  runningScanWorkers,
  scanStreamParallel,
  WARM_PARALLEL_THRESHOLD_BYTES,
} from './scan-parallel.ts';
import { type OutputSink, type ScanStreamOptions, type ScanStreamResult, scanStream } from './scan-stream.ts';

/** What `--threads auto` means: one per core, up to eight. */
export function autoThreads(): number {
  return Math.min(availableParallelism(), 8);
}

export interface ScanInputOptions extends ScanStreamOptions {
  threads: number;
  /** True when the user gave --threads rather than leaving it to "auto". */
  threadsAsked: boolean;
}

/**
 * Scans `source` (a path, or "-" for standard input). Worker threads pay off only when there is
 * enough input to share out, and far sooner when this process already has them running;
 * standard input has no size to go by, so it uses them only when asked.
 */
export function scanInput(
  source: string,
  output: OutputSink,
  errOutput: OutputSink,
  { threads, threadsAsked, ...options }: ScanInputOptions,
): Promise<ScanStreamResult> {
  const fromStdin = source === '-';
  const threshold =
    runningScanWorkers() >= threads - 1 ? WARM_PARALLEL_THRESHOLD_BYTES : PARALLEL_THRESHOLD_BYTES;
  const parallel = threads > 1 && (fromStdin ? threadsAsked : statSync(source).size >= threshold);
  const input = fromStdin ? process.stdin : createReadStream(source, { highWaterMark: BATCH_BYTES });
  return parallel
    ? scanStreamParallel(input, output, errOutput, { ...options, threads })
    : scanStream(input, output, errOutput, options);
}
