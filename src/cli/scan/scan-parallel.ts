/**
 * Parallel scanning of large files: the main thread cuts the input into batches of whole lines,
 * worker threads and the main thread scan them, and the results are written in input order.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { enableHavenCompileCache } from '../compile-cache.ts';
import { DEFAULT_MAX_LINE_BYTES, tooLong } from './line-splitter.ts';
import {
  formatBadLines,
  LineProcessor,
  loadScanner,
  type OutputSink,
  type Scanner,
  type ScanStreamOptions,
  type ScanStreamResult,
  toBuffer,
  writeWithBackpressure,
} from './scan-stream.ts';

/** Files at least this big are shared between worker threads when more than one core is free. */
export const PARALLEL_THRESHOLD_BYTES = 16 * 1024 * 1024;
/** Once this process has workers running, sharing pays off for anything over a few batches. */
export const WARM_PARALLEL_THRESHOLD_BYTES = 2 * 1024 * 1024;
export const BATCH_BYTES = 256 * 1024;
const NEWLINE = 0x0a;
const NEWLINE_BUFFER = Buffer.from('\n');

interface WorkerInit {
  havenScanWorker: true;
}
interface BatchRequest {
  /** Which scan the batch belongs to: workers outlive a scan, and two scans may share them. */
  job: number;
  seq: number;
  firstLine: number;
  bytes: Uint8Array;
  options: ScanStreamOptions;
}
interface BatchReply {
  job: number;
  seq: number;
  out: Uint8Array;
  err: string;
  result: ScanStreamResult;
}

/** Scans one batch of whole lines; the same code runs in the workers and on the main thread. */
function scanBatch(scanner: Scanner, options: ScanStreamOptions, req: BatchRequest): BatchReply {
  const processor = new LineProcessor(scanner, options, req.firstLine);
  processor.push(toBuffer(req.bytes));
  processor.end();
  return {
    job: req.job,
    seq: req.seq,
    out: processor.out.take(),
    err: formatBadLines(options.label ?? 'haven scan', processor.bad),
    result: processor.result,
  };
}

function runWorker(): void {
  const port = parentPort;
  if (!port) return;
  // Batches posted while the scanner loads wait in the port's queue until this listener starts.
  loadScanner().then((scanner) => {
    port.on('message', (req: BatchRequest) => {
      const reply = scanBatch(scanner, req.options, req);
      // Cloning a view copies its whole buffer; the output buffer is this reply's alone, so hand it over.
      port.postMessage(reply, reply.out.byteLength > 0 ? [reply.out.buffer as ArrayBuffer] : []);
    });
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.havenScanWorker === true) {
  enableHavenCompileCache();
  runWorker();
}

/**
 * Scan workers kept for the life of the process. Starting one (Node, then compiling the rules)
 * takes a few tenths of a second, which a long-running Haven pays once rather than per file.
 * Idle workers are unreferenced, so they never keep the process alive.
 */
const pool: Worker[] = [];
let poolUsers = 0;
let nextJob = 1;

/** How many scan workers this process has running. */
export function runningScanWorkers(): number {
  return pool.length;
}

function acquireWorkers(count: number): Worker[] {
  while (pool.length < count) {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { havenScanWorker: true } satisfies WorkerInit,
    });
    // A worker that fails or stops is dropped; the next scan starts a fresh one.
    const drop = (): void => {
      const at = pool.indexOf(worker);
      if (at !== -1) pool.splice(at, 1);
    };
    worker.on('error', drop);
    worker.on('exit', drop);
    pool.push(worker);
  }
  if (poolUsers++ === 0) for (const w of pool) w.ref();
  return pool.slice(0, count);
}

function releaseWorkers(): void {
  if (--poolUsers === 0) for (const w of pool) w.unref();
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/** Batches a worker may hold before the main thread scans the next one itself. */
const QUEUE_PER_WORKER = 2;

/**
 * Like scanStream, but cuts the input into batches of whole lines and shares them between the
 * main thread and `threads - 1` worker threads, writing results in input order. A batch goes
 * to the least busy worker; when every worker already has work queued (or is still starting,
 * which takes a tenth of a second), the main thread scans it. Memory stays at a few batches.
 */
export async function scanStreamParallel(
  input: AsyncIterable<Uint8Array | string>,
  output: OutputSink,
  errOutput: OutputSink,
  options: ScanStreamOptions & { threads: number },
): Promise<ScanStreamResult> {
  const label = options.label ?? 'haven scan';
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const { threads, ...batchOptions } = options;
  const scanner = await loadScanner();
  const job = nextJob++;
  const workers = acquireWorkers(Math.max(1, threads) - 1);
  const queued = workers.map(() => 0);
  const total: ScanStreamResult = { lines: 0, scanned: 0, badLines: 0, findings: 0 };
  const pending = new Map<number, BatchReply>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const listeners = workers.map((w, index) => {
    const onMessage = (reply: BatchReply): void => {
      if (reply.job !== job) return;
      queued[index] = (queued[index] as number) - 1;
      pending.set(reply.seq, reply);
      notify();
    };
    const onError = (e: unknown): void => {
      failure = e instanceof Error ? e : new Error(String(e));
      notify();
    };
    const onExit = (): void => {
      failure ??= new Error('a scan worker stopped unexpectedly');
      notify();
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    return { w, onMessage, onError, onExit };
  });
  let nextSeq = 0;
  let nextToWrite = 0;
  let nextLine = 1;
  const inFlightLimit = workers.length * QUEUE_PER_WORKER + 2;

  const writeReady = async (): Promise<void> => {
    for (let reply = pending.get(nextToWrite); reply; reply = pending.get(nextToWrite)) {
      pending.delete(nextToWrite);
      nextToWrite++;
      total.scanned += reply.result.scanned;
      total.badLines += reply.result.badLines;
      total.findings += reply.result.findings;
      if (reply.err) await writeWithBackpressure(errOutput, reply.err);
      await writeWithBackpressure(output, reply.out);
    }
  };
  const waitForReply = (): Promise<void> =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });
  const leastBusyWorker = (): number => {
    let best = -1;
    for (let i = 0; i < workers.length; i++) {
      const q = queued[i] as number;
      if (q < QUEUE_PER_WORKER && (best === -1 || q < (queued[best] as number))) best = i;
    }
    return best;
  };
  const dispatch = async (region: Buffer): Promise<void> => {
    while (nextSeq - nextToWrite >= inFlightLimit && !failure) {
      // Replies that came in while input was being read are already waiting to be written.
      if (!pending.has(nextToWrite)) await waitForReply();
      await writeReady();
    }
    if (failure) throw failure;
    const firstLine = nextLine;
    nextLine += countNewlines(region) + 1;
    const seq = nextSeq++;
    const target = leastBusyWorker();
    if (target === -1) {
      pending.set(
        seq,
        scanBatch(scanner, batchOptions, { job, seq, firstLine, bytes: region, options: batchOptions }),
      );
      return;
    }
    // The region may be a view into a chunk still in use, so the worker gets its own copy.
    const bytes = new Uint8Array(region.length);
    bytes.set(region);
    queued[target] = (queued[target] as number) + 1;
    (workers[target] as Worker).postMessage(
      { job, seq, firstLine, bytes, options: batchOptions } satisfies BatchRequest,
      [bytes.buffer],
    );
  };
  // Overlong lines spanning batches are caught here; a reply stands in for them so that
  // the error still appears in order.
  const dispatchOverlong = (): void => {
    const reply: BatchReply = {
      job,
      seq: nextSeq,
      out: new Uint8Array(0),
      err: formatBadLines(label, [{ line: nextLine, problem: tooLong(maxLineBytes) }]),
      result: { lines: 1, scanned: 0, badLines: 1, findings: 0 },
    };
    pending.set(nextSeq, reply);
    nextSeq++;
    nextLine++;
  };

  try {
    let carry: Buffer[] = [];
    let carryBytes = 0;
    let skipping = false;
    let batch: Buffer[] = [];
    let batchBytes = 0;
    // Regions are runs of whole lines without their last newline, so batches rejoin them with one.
    const addRegion = (region: Buffer): void => {
      if (batch.length > 0) batch.push(NEWLINE_BUFFER);
      batch.push(region);
      batchBytes += region.length + 1;
    };
    const flushBatch = async (): Promise<void> => {
      if (batch.length === 0) return;
      const region = batch.length === 1 ? (batch[0] as Buffer) : Buffer.concat(batch);
      batch = [];
      batchBytes = 0;
      await dispatch(region);
    };
    for await (const raw of input) {
      const chunk = toBuffer(raw);
      const last = chunk.lastIndexOf(NEWLINE);
      if (last === -1) {
        if (!skipping) {
          carry.push(chunk);
          carryBytes += chunk.length;
          if (carryBytes > maxLineBytes) {
            carry = [];
            carryBytes = 0;
            skipping = true;
          }
        }
        continue;
      }
      const first = chunk.indexOf(NEWLINE);
      if (skipping || carryBytes + first > maxLineBytes) {
        await flushBatch();
        dispatchOverlong();
        if (last > first) addRegion(chunk.subarray(first + 1, last));
      } else {
        addRegion(
          carry.length > 0 ? Buffer.concat([...carry, chunk.subarray(0, last)]) : chunk.subarray(0, last),
        );
      }
      carry = [];
      carryBytes = 0;
      skipping = false;
      const tail = chunk.subarray(last + 1);
      if (tail.length > maxLineBytes) skipping = true;
      else if (tail.length > 0) {
        carry.push(Buffer.from(tail));
        carryBytes = tail.length;
      }
      if (batchBytes >= BATCH_BYTES) await flushBatch();
      await writeReady();
    }
    await flushBatch();
    if (skipping) dispatchOverlong();
    else if (carryBytes > 0) await dispatch(Buffer.concat(carry));
    while (nextToWrite < nextSeq) {
      if (failure) throw failure;
      if (!pending.has(nextToWrite)) await waitForReply();
      await writeReady();
    }
    total.lines = nextLine - 1;
    return total;
  } finally {
    for (const { w, onMessage, onError, onExit } of listeners) {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    }
    // A scan that failed part-way leaves batches queued in its workers; start afresh next time.
    if (failure !== null || nextToWrite < nextSeq) await Promise.all(workers.map((w) => w.terminate()));
    releaseWorkers();
  }
}
