/**
 * Parallel scanning of large files: the main thread cuts the input into batches of whole lines,
 * worker threads scan them, and the results are written in input order.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DEFAULT_MAX_LINE_BYTES, tooLong } from './line-splitter.ts';
import {
  formatBadLines,
  LineProcessor,
  loadScanner,
  type OutputSink,
  type ScanStreamOptions,
  type ScanStreamResult,
  toBuffer,
  writeWithBackpressure,
} from './scan-stream.ts';

/** Files at least this big are shared between worker threads when more than one core is free. */
export const PARALLEL_THRESHOLD_BYTES = 16 * 1024 * 1024;
export const BATCH_BYTES = 1 << 20;
const NEWLINE = 0x0a;
const NEWLINE_BUFFER = Buffer.from('\n');

interface WorkerInit {
  havenScanWorker: true;
  options: ScanStreamOptions;
}
interface BatchRequest {
  seq: number;
  firstLine: number;
  bytes: Uint8Array;
}
interface BatchReply {
  seq: number;
  out: Uint8Array;
  err: string;
  result: ScanStreamResult;
}

function runWorker(init: WorkerInit): void {
  const port = parentPort;
  if (!port) return;
  const label = init.options.label ?? 'haven scan';
  loadScanner().then((scanner) => {
    port.on('message', (req: BatchRequest) => {
      const processor = new LineProcessor(scanner, init.options, req.firstLine);
      processor.push(Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength));
      processor.end();
      const reply: BatchReply = {
        seq: req.seq,
        out: processor.out.take(),
        err: formatBadLines(label, processor.bad),
        result: processor.result,
      };
      port.postMessage(reply);
    });
    port.postMessage('ready');
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.havenScanWorker === true) {
  runWorker(workerData as WorkerInit);
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/**
 * Like scanStream, but cuts the input into batches of whole lines and scans them on
 * `threads` worker threads, writing results in input order. The main thread only reads,
 * cuts and writes, and never holds more than a few batches in memory.
 */
export async function scanStreamParallel(
  input: AsyncIterable<Uint8Array | string>,
  output: OutputSink,
  errOutput: OutputSink,
  options: ScanStreamOptions & { threads: number },
): Promise<ScanStreamResult> {
  const label = options.label ?? 'haven scan';
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const { threads, ...workerOptions } = options;
  const workers = Array.from(
    { length: Math.max(1, threads) },
    () =>
      new Worker(new URL(import.meta.url), {
        workerData: { havenScanWorker: true, options: workerOptions } satisfies WorkerInit,
      }),
  );
  const total: ScanStreamResult = { lines: 0, scanned: 0, badLines: 0, findings: 0 };
  const pending = new Map<number, BatchReply>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const ready = workers.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        w.on('message', (msg: BatchReply | 'ready') => {
          if (msg === 'ready') {
            resolve();
            return;
          }
          pending.set(msg.seq, msg);
          notify();
        });
        w.on('error', (e: unknown) => {
          failure = e instanceof Error ? e : new Error(String(e));
          reject(e);
          notify();
        });
      }),
  );
  let nextSeq = 0;
  let nextToWrite = 0;
  let nextLine = 1;
  const inFlightLimit = workers.length * 3;

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
  const dispatch = async (region: Buffer): Promise<void> => {
    while (nextSeq - nextToWrite >= inFlightLimit && !failure) {
      await waitForReply();
      await writeReady();
    }
    if (failure) throw failure;
    const bytes = new Uint8Array(region.length);
    bytes.set(region);
    const req: BatchRequest = { seq: nextSeq, firstLine: nextLine, bytes };
    nextLine += countNewlines(region) + 1;
    (workers[nextSeq % workers.length] as Worker).postMessage(req, [bytes.buffer]);
    nextSeq++;
  };
  // Overlong lines spanning batches are caught here; a reply stands in for them so that
  // the error still appears in order.
  const dispatchOverlong = (): void => {
    const reply: BatchReply = {
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
    await Promise.all(ready);
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
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
