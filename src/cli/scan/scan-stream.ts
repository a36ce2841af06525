/**
 * The streaming core of `haven scan`: reads messages line by line from a byte stream and
 * writes findings, reporting bad lines by number on the error stream without stopping.
 */
import type { Finding, Suppression } from '../../scanner/types.ts';
import { enableScannerCache } from './analysis-cache.ts';
import { ByteOutput, readSimpleRecord, serialiseFindings, writeRecord } from './jsonl-output.ts';
import { type BadLineHandler, DEFAULT_MAX_LINE_BYTES, LineSplitter } from './line-splitter.ts';

/** The parts of a Node Writable the scanner needs, so tests can pass a plain object. */
export interface OutputSink {
  write(chunk: Uint8Array | string): boolean;
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

export interface BadLine {
  line: number;
  problem: string;
}

export interface Scanner {
  scanText(text: string, options?: { suppressions: readonly Suppression[] }): Finding[];
  scanJsonStringBytes(
    bytes: Uint8Array,
    start: number,
    end: number,
    options?: { suppressions: readonly Suppression[] },
  ): readonly Finding[] | null;
}

let scannerPromise: Promise<Scanner> | undefined;

/**
 * The scanner is loaded on first use: compiling its rules and libphonenumber's metadata takes
 * a tenth of a second, which `haven --help` never needs. Its analysis of the rules is kept
 * between runs (analysis-cache.ts).
 */
export function loadScanner(): Promise<Scanner> {
  scannerPromise ??= (async () => {
    const cache = enableScannerCache();
    const scanner = await import('../../scanner/default-scanner.ts');
    cache.save();
    return scanner;
  })();
  return scannerPromise;
}

/** Keeps error text to one printable line, whatever junk the input contained. */
export function tidy(message: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const flat = message.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

export function formatBadLines(label: string, bad: readonly BadLine[]): string {
  let err = '';
  for (const b of bad) err += `${label}: line ${b.line}: ${b.problem}\n`;
  return err;
}

function formatFindingsText(lineNo: number, findings: readonly Finding[]): string {
  if (findings.length === 0) return `line ${lineNo}: no findings\n`;
  let out = `line ${lineNo}: ${findings.length} finding${findings.length === 1 ? '' : 's'}\n`;
  for (const f of findings) {
    out += `  ${f.kind}/${f.type}  severity ${f.severity}  "${f.excerpt.replace(/\s+/g, ' ')}" (${f.start}-${f.end})  ${f.rule}\n    ${f.reason}\n`;
  }
  return out;
}

/** Turns lines into output bytes; shared by the single-threaded stream and the worker threads. */
export class LineProcessor {
  readonly result: ScanStreamResult = { lines: 0, scanned: 0, badLines: 0, findings: 0 };
  readonly out = new ByteOutput();
  bad: BadLine[] = [];
  private readonly splitter: LineSplitter;
  private readonly scanner: Scanner;
  private readonly scanOptions: { suppressions: readonly Suppression[] } | undefined;
  private readonly bounds = new Int32Array(4);

  constructor(scanner: Scanner, options: ScanStreamOptions, firstLine = 1) {
    this.scanner = scanner;
    this.scanOptions = options.suppressions ? { suppressions: options.suppressions } : undefined;
    const onBad: BadLineHandler = (lineNo, problem) => this.reject(lineNo, problem);
    this.splitter = new LineSplitter(
      options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
      (options.format ?? 'jsonl') === 'jsonl'
        ? (b, s, e, n) => this.onJsonLine(b, s, e, n)
        : (b, s, e, n) => this.onTextLine(b.toString('utf8', s, e), n),
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

  private count(findings: readonly Finding[]): void {
    this.result.scanned++;
    this.result.findings += findings.length;
  }

  private onJsonLine(bytes: Buffer, start: number, end: number, lineNo: number): void {
    const b = this.bounds;
    if (readSimpleRecord(bytes, start, end, b)) {
      const findings = this.scanner.scanJsonStringBytes(
        bytes,
        b[2] as number,
        b[3] as number,
        this.scanOptions,
      );
      if (findings !== null) {
        this.count(findings);
        writeRecord(this.out, bytes, start, b[1] as number, findings);
        return;
      }
    }
    this.onJsonLineParsed(bytes.toString('utf8', start, end), lineNo);
  }

  /** Any other shape, or text with escapes: JSON.parse decides, and explains what is wrong. */
  private onJsonLineParsed(line: string, lineNo: number): void {
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
    const findings = this.scanner.scanText(record.text, this.scanOptions);
    this.count(findings);
    // Without an id the line number is the only way to match output to input.
    const head = id === undefined ? `{"id":null,"line":${lineNo}` : `{"id":${JSON.stringify(id)}`;
    this.out.text(`${head},"findings":${serialiseFindings(findings)}}\n`);
  }

  private onTextLine(line: string, lineNo: number): void {
    if (line.trim().length === 0) return;
    const findings = this.scanner.scanText(line, this.scanOptions);
    this.count(findings);
    this.out.text(formatFindingsText(lineNo, findings));
  }
}

export async function writeWithBackpressure(sink: OutputSink, chunk: Uint8Array | string): Promise<void> {
  if (chunk.length === 0) return;
  if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', resolve));
}

export function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

const FLUSH_BYTES = 1 << 16;

/**
 * Scans a byte stream line by line and writes results to `output`, problems to `errOutput`.
 * Never throws for bad input lines; each is reported by line number and scanning continues.
 */
export async function scanStream(
  input: AsyncIterable<Uint8Array | string>,
  output: OutputSink,
  errOutput: OutputSink,
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
    if (processor.out.length > 0) await writeWithBackpressure(output, processor.out.take());
  };
  for await (const chunk of input) {
    processor.push(toBuffer(chunk));
    if (processor.out.length > FLUSH_BYTES || processor.bad.length > 0) await flush();
  }
  processor.end();
  await flush();
  return processor.result;
}

/** The streaming core of `haven scan --jsonl`. */
export function scanJsonlStream(
  input: AsyncIterable<Uint8Array | string>,
  output: OutputSink,
  errOutput: OutputSink,
  options: Omit<ScanStreamOptions, 'format'> = {},
): Promise<ScanStreamResult> {
  return scanStream(input, output, errOutput, { ...options, format: 'jsonl' });
}
