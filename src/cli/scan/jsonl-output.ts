/**
 * The byte-level side of `haven scan --jsonl`: recognising the common record shape in place,
 * and writing results straight into a byte buffer, so most lines never become strings.
 */
import type { Finding } from '../../scanner/types.ts';

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const ID_PREFIX = ascii('{"id":');
const TEXT_PREFIX = ascii(',"text":"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CLOSE_BRACE = 0x7d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

function startsWithAt(bytes: Uint8Array, at: number, end: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > end) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/**
 * Finds the id and text of a line shaped exactly `{"id":"...","text":"..."}` (or with a
 * whole-number id, as JSON.parse would read it) in `bytes[start, end)`. Writes
 * [idStart, idEnd, textStart, textEnd] into `out` (the id with its quotes, the text without)
 * and returns true; any other shape returns false and the caller parses the line as JSON.
 * Escapes in the text are not looked for here: the scanner refuses them as it walks the bytes.
 */
export function readSimpleRecord(bytes: Uint8Array, start: number, end: number, out: Int32Array): boolean {
  if (!startsWithAt(bytes, start, end, ID_PREFIX)) return false;
  const idStart = start + ID_PREFIX.length;
  let p = idStart;
  if (bytes[p] === QUOTE) {
    for (p++; p < end; p++) {
      const b = bytes[p] as number;
      if (b === QUOTE) break;
      if (b === BACKSLASH || b < 0x20) return false;
    }
    if (p >= end) return false;
    p++;
  } else {
    if (bytes[p] === MINUS) p++;
    const firstDigit = p;
    while (p < end && (bytes[p] as number) >= ZERO && (bytes[p] as number) <= NINE) p++;
    const digits = p - firstDigit;
    // JSON numbers have no leading zeros; longer than 16 digits would lose precision as a number.
    if (digits === 0 || digits > 16 || (digits > 1 && bytes[firstDigit] === ZERO)) return false;
  }
  const idEnd = p;
  if (!startsWithAt(bytes, p, end, TEXT_PREFIX)) return false;
  const textStart = p + TEXT_PREFIX.length;
  const textEnd = end - 2;
  if (textEnd < textStart || bytes[textEnd] !== QUOTE || bytes[textEnd + 1] !== CLOSE_BRACE) return false;
  out[0] = idStart;
  out[1] = idEnd;
  out[2] = textStart;
  out[3] = textEnd;
  return true;
}

const FINDINGS_OPEN = ascii(',"findings":');
const NO_FINDINGS_CLOSE = ascii(',"findings":[]}\n');
const RECORD_CLOSE = ascii('}\n');

/**
 * Writes `{"id":ID,"findings":[...]}` and a newline. The record readSimpleRecord recognised
 * begins `{"id":ID`, so that much is copied from the input in one go.
 */
export function writeRecord(
  out: ByteOutput,
  source: Uint8Array,
  recordStart: number,
  idEnd: number,
  findings: readonly Finding[],
): void {
  out.bytes(source, recordStart, idEnd);
  if (findings.length === 0) {
    out.bytes(NO_FINDINGS_CLOSE);
    return;
  }
  out.bytes(FINDINGS_OPEN);
  out.text(serialiseFindings(findings));
  out.bytes(RECORD_CLOSE);
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

const INITIAL_BYTES = 256 * 1024;
const NO_BYTES = Buffer.alloc(0);

/** A growable byte buffer that output is written into and taken from in chunks. */
export class ByteOutput {
  private buffer: Buffer = NO_BYTES;
  length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra, INITIAL_BYTES));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  bytes(source: Uint8Array, start = 0, end = source.length): void {
    this.ensure(end - start);
    const buffer = this.buffer;
    let at = this.length;
    // Ids and constant pieces are a few bytes; a loop beats a native call for those.
    if (end - start < 64) for (let i = start; i < end; i++) buffer[at++] = source[i] as number;
    else {
      buffer.set(source.subarray(start, end), at);
      at += end - start;
    }
    this.length = at;
  }

  text(s: string): void {
    this.ensure(s.length * 3);
    this.length += this.buffer.write(s, this.length, 'utf8');
  }

  /**
   * Hands over what has been written and starts afresh. Whatever was written sits in a buffer
   * of its own (never Node's shared pool), so the caller may transfer it to another thread.
   */
  take(): Buffer {
    const taken = this.buffer.subarray(0, this.length);
    // The next write allocates afresh; the taken bytes are never written over.
    this.buffer = NO_BYTES;
    this.length = 0;
    return taken;
  }
}
