/**
 * `haven scan`: scans messages for personal details and risk signals from a file or stdin.
 *
 * Input is split into lines at the byte level so that a bad line (not JSON, invalid UTF-8,
 * NUL bytes, or a single 10 MB line) is reported on stderr by line number and skipped without
 * ever being held in memory whole, and the rest of the input is still scanned.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Command } from 'commander';
import type { Finding, Suppression } from '../../scanner/index.ts';

/** Lines longer than this are reported and skipped; a chat message is never this long. */
export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

/** The parts of a Node Writable the scanner needs, so tests can pass a plain object. */
export interface TextSink {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

export interface ScanStreamOptions {
  /** 'jsonl' reads {"id","text"} lines and writes JSON lines; 'text' treats each line as a message. */
  format?: 'jsonl' | 'text';
  maxLineBytes?: number;
  suppressions?: readonly Suppression[];
  /** Prefix for error lines, e.g. "haven scan". */
  label?: string;
}

export interface ScanStreamResult {
  /** Lines read, including blank and bad ones. */
  lines: number;
  /** Messages scanned successfully. */
  scanned: number;
  badLines: number;
  findings: number;
}

type LineHandler = (line: string, lineNo: number) => void;
type BadLineHandler = (lineNo: number, problem: string) => void;

const NEWLINE = 0x0a;
const EMPTY = Buffer.alloc(0);

/**
 * Splits a byte stream into lines. Complete lines in a chunk are validated and decoded in one
 * go when the whole run is clean UTF-8 without NUL bytes (the common case); otherwise each
 * line is checked on its own so only the bad ones are rejected.
 */
class LineSplitter {
  private carry: Buffer = EMPTY;
  private skipping = false;
  private lineNo = 0;
  private readonly lineOffset: number;
  private readonly maxLineBytes: number;
  private readonly onLine: LineHandler;
  private readonly onBad: BadLineHandler;

  constructor(maxLineBytes: number, onLine: LineHandler, onBad: BadLineHandler, lineOffset = 0) {
    this.lineNo = lineOffset;
    this.lineOffset = lineOffset;
    this.maxLineBytes = maxLineBytes;
    this.onLine = onLine;
    this.onBad = onBad;
  }

  get linesSeen(): number {
    return this.lineNo - this.lineOffset;
  }

  push(chunk: Buffer): void {
    let start = 0;
    if (this.skipping || this.carry.length > 0) {
      const nl = chunk.indexOf(NEWLINE);
      if (nl === -1) {
        this.absorbPartial(chunk);
        return;
      }
      this.finishCarriedLine(chunk.subarray(0, nl));
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (last < start) {
      this.absorbPartial(chunk.subarray(start));
      return;
    }
    this.handleRegion(chunk.subarray(start, last));
    this.absorbPartial(chunk.subarray(last + 1));
  }

  end(): void {
    if (this.skipping || this.carry.length > 0) this.finishCarriedLine(EMPTY);
  }

  private absorbPartial(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.skipping) return;
    if (this.carry.length + bytes.length > this.maxLineBytes) {
      // Drop what we have and ignore the rest of this line, so memory stays bounded.
      this.carry = EMPTY;
      this.skipping = true;
      return;
    }
    this.carry = this.carry.length === 0 ? Buffer.from(bytes) : Buffer.concat([this.carry, bytes]);
  }

  private finishCarriedLine(tail: Buffer): void {
    if (this.skipping || this.carry.length + tail.length > this.maxLineBytes) {
      this.lineNo++;
      this.onBad(this.lineNo, `line is longer than the ${formatBytes(this.maxLineBytes)} limit; skipped`);
    } else {
      const line = this.carry.length === 0 ? tail : Buffer.concat([this.carry, tail]);
      this.handleSingle(line);
    }
    this.carry = EMPTY;
    this.skipping = false;
  }

  /** A run of complete lines, without its final newline. */
  private handleRegion(region: Buffer): void {
    if (region.indexOf(0) === -1 && isUtf8(region)) {
      const text = region.toString('utf8');
      let from = 0;
      const limitChars = this.maxLineBytes / 3;
      for (;;) {
        const nl = text.indexOf('\n', from);
        const raw = nl === -1 ? text.slice(from) : text.slice(from, nl);
        this.lineNo++;
        if (raw.length > limitChars && Buffer.byteLength(raw) > this.maxLineBytes) {
          this.onBad(this.lineNo, `line is longer than the ${formatBytes(this.maxLineBytes)} limit; skipped`);
        } else {
          this.onLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, this.lineNo);
        }
        if (nl === -1) break;
        from = nl + 1;
      }
      return;
    }
    let from = 0;
    for (;;) {
      const nl = region.indexOf(NEWLINE, from);
      this.handleSingle(nl === -1 ? region.subarray(from) : region.subarray(from, nl));
      if (nl === -1) break;
      from = nl + 1;
    }
  }

  private handleSingle(bytes: Buffer): void {
    this.lineNo++;
    if (bytes.length > this.maxLineBytes) {
      this.onBad(this.lineNo, `line is longer than the ${formatBytes(this.maxLineBytes)} limit; skipped`);
      return;
    }
    if (bytes.indexOf(0) !== -1) {
      this.onBad(this.lineNo, 'line contains binary data (NUL bytes); skipped');
      return;
    }
    if (!isUtf8(bytes)) {
      this.onBad(this.lineNo, 'line is not valid UTF-8 text; skipped');
      return;
    }
    const raw = bytes.toString('utf8');
    this.onLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, this.lineNo);
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

/** Keeps error text to one printable line, whatever junk the input contained. */
function tidy(message: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const flat = message.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not contain raw control characters.
const CONTROL_CHARACTER = /[\u0000-\u001f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: anything JSON would need to escape.
const NEEDS_JSON_PARSE = /["\\\u0000-\u001f]/;
const INTEGER = /^-?(?:0|[1-9]\d{0,15})$/;

/**
 * Reads the exact shape `{"id":"...","text":"..."}` (or a whole-number id) without JSON.parse,
 * when neither string contains escapes or control characters. That is what every JSONL export
 * we know of writes, and it halves the per-line cost; anything else returns null and goes
 * through JSON.parse, so the result is always what JSON.parse would give.
 */
export function parseSimpleRecord(line: string): { idJson: string; text: string } | null {
  if (!line.startsWith('{"id":')) return null;
  let p = 6;
  let idJson: string;
  if (line.charCodeAt(p) === 34) {
    const close = line.indexOf('"', p + 1);
    if (close === -1) return null;
    idJson = line.slice(p, close + 1);
    if (idJson.includes('\\') || CONTROL_CHARACTER.test(idJson)) return null;
    p = close + 1;
  } else {
    const comma = line.indexOf(',', p);
    if (comma === -1) return null;
    idJson = line.slice(p, comma);
    if (!INTEGER.test(idJson)) return null;
    p = comma;
  }
  if (!line.startsWith(',"text":"', p)) return null;
  const start = p + 9;
  const end = line.length - 2;
  if (end < start || line.charCodeAt(end) !== 34 || line.charCodeAt(end + 1) !== 125) return null;
  const text = line.slice(start, end);
  if (NEEDS_JSON_PARSE.test(text)) return null;
  return { idJson, text };
}

/** JSON for findings, written by hand because it runs once per message on the hot path. */
export function serialiseFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '[]';
  let out = '[';
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (i > 0) out += ',';
    out += `{"kind":"${f.kind}","type":"${f.type}","start":${f.start},"end":${f.end},"excerpt":${JSON.stringify(f.excerpt)},"severity":${f.severity},"rule":"${f.rule}","reason":${JSON.stringify(f.reason)}}`;
  }
  return `${out}]`;
}

function formatFindingsText(lineNo: number, findings: readonly Finding[]): string {
  if (findings.length === 0) return `line ${lineNo}: no findings\n`;
  let out = `line ${lineNo}: ${findings.length} finding${findings.length === 1 ? '' : 's'}\n`;
  for (const f of findings) {
    out += `  ${f.kind}/${f.type}  severity ${f.severity}  "${f.excerpt.replace(/\s+/g, ' ')}" (${f.start}-${f.end})  ${f.rule}\n    ${f.reason}\n`;
  }
  return out;
}

async function writeWithBackpressure(sink: TextSink, text: string): Promise<void> {
  if (text.length === 0) return;
  if (!sink.write(text)) await new Promise<void>((resolve) => sink.once('drain', resolve));
}

type ScanFn = (text: string, options?: { suppressions: readonly Suppression[] }) => Finding[];

let scannerPromise: Promise<ScanFn> | undefined;

/**
 * The scanner is loaded on first use: compiling its rules and libphonenumber's metadata takes
 * a tenth of a second, which `haven --help` and the main thread of a parallel scan never need.
 */
function loadScanner(): Promise<ScanFn> {
  scannerPromise ??= import('../../scanner/index.ts').then((m) => m.scanText as ScanFn);
  return scannerPromise;
}

interface BadLine {
  line: number;
  problem: string;
}

/** Turns lines into output text; shared by the single-threaded stream and the worker threads. */
class LineProcessor {
  readonly result: ScanStreamResult = { lines: 0, scanned: 0, badLines: 0, findings: 0 };
  out = '';
  bad: BadLine[] = [];
  private readonly splitter: LineSplitter;
  private readonly scan: ScanFn;
  private readonly scanOptions: { suppressions: readonly Suppression[] } | undefined;

  constructor(scan: ScanFn, options: ScanStreamOptions, firstLine = 1) {
    this.scan = scan;
    this.scanOptions = options.suppressions ? { suppressions: options.suppressions } : undefined;
    const onBad: BadLineHandler = (lineNo, problem) => {
      this.result.badLines++;
      this.bad.push({ line: lineNo, problem });
    };
    this.splitter = new LineSplitter(
      options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
      (options.format ?? 'jsonl') === 'jsonl'
        ? (l, n) => this.onJsonLine(l, n)
        : (l, n) => this.onTextLine(l, n),
      onBad,
      firstLine - 1,
    );
  }

  push(chunk: Buffer): void {
    this.splitter.push(chunk);
  }

  end(): void {
    this.splitter.end();
    this.result.lines = this.splitter.linesSeen;
  }

  private reject(lineNo: number, problem: string): void {
    this.result.badLines++;
    this.bad.push({ line: lineNo, problem });
  }

  private emit(findings: Finding[], text: string): void {
    this.result.scanned++;
    this.result.findings += findings.length;
    this.out += text;
  }

  private onJsonLine(line: string, lineNo: number): void {
    const fast = parseSimpleRecord(line);
    if (fast !== null) {
      const findings = this.scan(fast.text, this.scanOptions);
      this.emit(findings, `{"id":${fast.idJson},"findings":${serialiseFindings(findings)}}\n`);
      return;
    }
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      this.reject(lineNo, `not valid JSON (${tidy((e as Error).message)}); skipped`);
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.reject(lineNo, 'expected a JSON object like {"id": "...", "text": "..."}; skipped');
      return;
    }
    const record = value as { id?: unknown; text?: unknown };
    if (!('text' in record)) {
      this.reject(lineNo, 'missing "text"; skipped');
      return;
    }
    if (typeof record.text !== 'string') {
      this.reject(lineNo, '"text" must be a string; skipped');
      return;
    }
    const id = record.id;
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      this.reject(lineNo, '"id" must be a string or a number; skipped');
      return;
    }
    const findings = this.scan(record.text, this.scanOptions);
    // Without an id the line number is the only way to match output to input.
    const head = id === undefined ? `{"id":null,"line":${lineNo}` : `{"id":${JSON.stringify(id)}`;
    this.emit(findings, `${head},"findings":${serialiseFindings(findings)}}\n`);
  }

  private onTextLine(line: string, lineNo: number): void {
    if (line.trim().length === 0) return;
    const findings = this.scan(line, this.scanOptions);
    this.emit(findings, formatFindingsText(lineNo, findings));
  }
}

function formatBadLines(label: string, bad: readonly BadLine[]): string {
  let err = '';
  for (const b of bad) err += `${label}: line ${b.line}: ${b.problem}\n`;
  return err;
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Scans a byte stream line by line and writes results to `output`, problems to `errOutput`.
 * Never throws for bad input lines; each is reported by line number and scanning continues.
 */
export async function scanStream(
  input: AsyncIterable<Uint8Array | string>,
  output: TextSink,
  errOutput: TextSink,
  options: ScanStreamOptions = {},
): Promise<ScanStreamResult> {
  const label = options.label ?? 'haven scan';
  const processor = new LineProcessor(await loadScanner(), options);
  const flush = async (): Promise<void> => {
    if (processor.bad.length > 0) {
      const bad = processor.bad;
      processor.bad = [];
      await writeWithBackpressure(errOutput, formatBadLines(label, bad));
    }
    if (processor.out) {
      const o = processor.out;
      processor.out = '';
      await writeWithBackpressure(output, o);
    }
  };
  for await (const chunk of input) {
    processor.push(toBuffer(chunk));
    if (processor.out.length > 1 << 16 || processor.bad.length > 0) await flush();
  }
  processor.end();
  await flush();
  return processor.result;
}

/** The streaming core of `haven scan --jsonl`. */
export function scanJsonlStream(
  input: AsyncIterable<Uint8Array | string>,
  output: TextSink,
  errOutput: TextSink,
  options: Omit<ScanStreamOptions, 'format'> = {},
): Promise<ScanStreamResult> {
  return scanStream(input, output, errOutput, { ...options, format: 'jsonl' });
}

// ---------------------------------------------------------------------------------------------
// Parallel scanning of large files

/** Files at least this big are shared between worker threads when more than one core is free. */
export const PARALLEL_THRESHOLD_BYTES = 16 * 1024 * 1024;
const BATCH_BYTES = 1 << 20;
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
  out: string;
  err: string;
  result: ScanStreamResult;
}

function runWorker(init: WorkerInit): void {
  const port = parentPort;
  if (!port) return;
  const label = init.options.label ?? 'haven scan';
  loadScanner().then((scan) => {
    port.on('message', (req: BatchRequest) => {
      const processor = new LineProcessor(scan, init.options, req.firstLine);
      processor.push(Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength));
      processor.end();
      const reply: BatchReply = {
        seq: req.seq,
        out: processor.out,
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
  output: TextSink,
  errOutput: TextSink,
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
      out: '',
      err: formatBadLines(label, [
        { line: nextLine, problem: `line is longer than the ${formatBytes(maxLineBytes)} limit; skipped` },
      ]),
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
      const threads = opts.threads === 'auto' ? Math.min(availableParallelism(), 8) : Number(opts.threads);
      if (!Number.isInteger(threads) || threads < 1) {
        process.stderr.write(`haven scan: --threads must be "auto" or a positive whole number\n`);
        process.exitCode = 2;
        return;
      }
      const streamOptions: ScanStreamOptions = { format: opts.jsonl ? 'jsonl' : 'text', maxLineBytes };
      try {
        // Worker threads pay off only when there is enough input to share out.
        // Standard input has no size to go by, so it uses workers only when asked to.
        const parallel =
          threads > 1 &&
          (fromStdin ? opts.threads !== 'auto' : statSync(file).size >= PARALLEL_THRESHOLD_BYTES);
        const input = fromStdin ? process.stdin : createReadStream(file, { highWaterMark: BATCH_BYTES });
        const result = parallel
          ? await scanStreamParallel(input, process.stdout, process.stderr, { ...streamOptions, threads })
          : await scanStream(input, process.stdout, process.stderr, streamOptions);
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
