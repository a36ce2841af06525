/**
 * Splits a byte stream into lines without ever holding a bad line whole: a line that is too
 * long, holds NUL bytes or is not UTF-8 is reported by number and skipped, and the rest of the
 * input is still read.
 */
import { isUtf8 } from 'node:buffer';

/** Lines longer than this are reported and skipped; a chat message is never this long. */
export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

/** A line's bytes are `bytes[start, end)`, valid UTF-8 without NUL, '\n' or a final '\r'. */
export type LineHandler = (bytes: Buffer, start: number, end: number, lineNo: number) => void;
export type BadLineHandler = (lineNo: number, problem: string) => void;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const EMPTY = Buffer.alloc(0);

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

export function tooLong(maxLineBytes: number): string {
  return `line is longer than the ${formatBytes(maxLineBytes)} limit; skipped`;
}

/**
 * Complete lines in a chunk are validated in one go when the whole run is clean UTF-8 without
 * NUL bytes (the common case); otherwise each line is checked on its own so only the bad ones
 * are rejected.
 */
export class LineSplitter {
  private carry: Buffer = EMPTY;
  private skipping = false;
  private lineNo: number;
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
      this.onBad(this.lineNo, tooLong(this.maxLineBytes));
    } else {
      const line = this.carry.length === 0 ? tail : Buffer.concat([this.carry, tail]);
      this.handleSingle(line, 0, line.length);
    }
    this.carry = EMPTY;
    this.skipping = false;
  }

  /** A run of complete lines, without its final newline. */
  private handleRegion(region: Buffer): void {
    const clean = region.indexOf(0) === -1 && isUtf8(region);
    let from = 0;
    for (;;) {
      const nl = region.indexOf(NEWLINE, from);
      const end = nl === -1 ? region.length : nl;
      if (clean) this.emitLine(region, from, end);
      else this.handleSingle(region, from, end);
      if (nl === -1) break;
      from = nl + 1;
    }
  }

  private handleSingle(bytes: Buffer, start: number, end: number): void {
    if (end - start <= this.maxLineBytes) {
      const line = bytes.subarray(start, end);
      if (line.indexOf(0) !== -1) {
        this.lineNo++;
        this.onBad(this.lineNo, 'line contains binary data (NUL bytes); skipped');
        return;
      }
      if (!isUtf8(line)) {
        this.lineNo++;
        this.onBad(this.lineNo, 'line is not valid UTF-8 text; skipped');
        return;
      }
    }
    this.emitLine(bytes, start, end);
  }

  private emitLine(bytes: Buffer, start: number, end: number): void {
    this.lineNo++;
    if (end - start > this.maxLineBytes) {
      this.onBad(this.lineNo, tooLong(this.maxLineBytes));
      return;
    }
    this.onLine(bytes, start, end > start && bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end, this.lineNo);
  }
}
