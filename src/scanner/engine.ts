/**
 * The scanning engine: compiles every rule once, then scans each message in a single cheap
 * prefilter pass followed only by the rules whose trigger words actually occur. Most chat
 * messages trigger nothing, which is what keeps throughput high enough to scan an
 * organisation's whole history in seconds.
 */
import { compileContext, compilePattern } from './pattern.ts';
import type {
  Finding,
  FindingKind,
  FindingType,
  RuleInfo,
  ScanOptions,
  Severity,
  Suppression,
} from './types.ts';

export interface ScanContext {
  readonly text: string;
  /** True when the message carries laughter or "jk" markers, which soften hyperbole. */
  joking(): boolean;
}

export type Emit = (start: number, end: number, severity?: number, reason?: string) => void;

export interface Detector {
  readonly info: RuleInfo;
  readonly reason: string;
  /**
   * Lower-case stems, one of which must begin a word in the text for the detector to run;
   * a trailing `$` means the whole word. Every match of the detector must contain a trigger,
   * so these are chosen from the rarest words each alternative needs.
   */
  readonly triggers: readonly string[];
  /**
   * Optional second list: when given, one of these must occur as well. Lets a rule for
   * "I'll batter you" wake only when a violent verb *and* a first-person future occur.
   */
  readonly alsoTriggers?: readonly string[];
  /** With no triggers, run on any text containing a digit; with triggers, also require one. */
  readonly needsDigit?: boolean;
  /** As needsDigit, but at least this many digits in the whole message (a phone number has 9+). */
  readonly minDigits?: number;
  /** As needsDigit, but a digit directly followed by a letter ("2AB", "4a"), as postcodes have. */
  readonly needsDigitThenLetter?: boolean;
  /** As needsDigit, for '@'. */
  readonly needsAt?: boolean;
  detect(ctx: ScanContext, emit: Emit): void;
}

export interface RegexRuleSpec {
  id: string;
  type: FindingType;
  severity: Severity;
  description: string;
  reason: string;
  examples: readonly string[];
  triggers: readonly string[];
  alsoTriggers?: readonly string[];
  pattern: string;
  bare?: boolean;
  /** Report the span of this capture group (or the first of these that matched) rather than the whole match. */
  group?: number | readonly number[];
  /** Step aside if the text just before the match ends with this (e.g. "in" before "touch me"). */
  unlessBefore?: string;
  /** Step aside if the text just after the match starts with this (e.g. "shaving"). */
  unlessAfter?: string;
  /** Step aside if this occurs anywhere near the match (e.g. "surprise" near "don't tell"). */
  unlessNear?: string;
  /** Lower the severity by this much when the message is plainly joking. */
  jokeDowngrade?: number;
  /** Final say: false drops the match, a number overrides the severity. */
  accept?: (match: RegExpExecArray, text: string) => boolean | number;
}

const PII_SET = new Set<FindingType>(['phone', 'email', 'postcode', 'address', 'school', 'social_handle']);

export function kindOf(type: FindingType): FindingKind {
  return PII_SET.has(type) ? 'pii' : 'risk';
}

export function clampSeverity(n: number): Severity {
  if (n <= 1) return 1;
  if (n >= 5) return 5;
  return Math.round(n) as Severity;
}

const NEAR_WINDOW = 160;
const EDGE_WINDOW = 48;
// Laughter and "jk" soften hyperbole; 😭 is left out because it is as often real crying as laughing.
const JOKING = /(?:\b(?:lol|lool|lmao|lmfao|haha\w*|hehe\w*|jk|jokes|joking|kidding)\b|😂|🤣|💀|😆)/i;

export function defineRegexRule(spec: RegexRuleSpec): Detector {
  const re = compilePattern(spec.pattern, { bare: spec.bare ?? false });
  const before = spec.unlessBefore
    ? new RegExp(`\\b(?:${compileSource(spec.unlessBefore)})[\\s,.;:'"-]*$`, 'i')
    : null;
  const after = spec.unlessAfter
    ? new RegExp(`^[\\s,.;:'"-]*(?:${compileSource(spec.unlessAfter)})(?![a-z0-9_])`, 'i')
    : null;
  const near = spec.unlessNear ? compileContext(spec.unlessNear) : null;
  const info: RuleInfo = {
    id: spec.id,
    kind: kindOf(spec.type),
    type: spec.type,
    severity: spec.severity,
    description: spec.description,
    examples: spec.examples,
  };
  return {
    info,
    reason: spec.reason,
    triggers: spec.triggers,
    ...(spec.alsoTriggers ? { alsoTriggers: spec.alsoTriggers } : {}),
    detect(ctx, emit) {
      const text = ctx.text;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        let start = m.index;
        let end = start + m[0].length;
        if (spec.group !== undefined) {
          const groups = typeof spec.group === 'number' ? [spec.group] : spec.group;
          let g: string | undefined;
          for (const n of groups) {
            g = m[n];
            if (g !== undefined) break;
          }
          if (g === undefined) continue;
          start += m[0].lastIndexOf(g);
          end = start + g.length;
        }
        if (before?.test(text.slice(Math.max(0, start - EDGE_WINDOW), start))) continue;
        if (after?.test(text.slice(end, end + EDGE_WINDOW))) continue;
        if (near?.test(text.slice(Math.max(0, start - NEAR_WINDOW), end + NEAR_WINDOW))) continue;
        let severity: number = spec.severity;
        if (spec.accept) {
          const verdict = spec.accept(m, text);
          if (verdict === false) continue;
          if (typeof verdict === 'number') severity = verdict;
        }
        if (spec.jokeDowngrade && ctx.joking()) severity -= spec.jokeDowngrade;
        emit(start, end, severity);
      }
    },
  };
}

function compileSource(source: string): string {
  return compilePattern(source, { bare: true }).source;
}

/** The normal form suppressions are stored and compared in, so "Kiss Chase" matches "kiss  chase". */
export function normaliseExcerpt(excerpt: string): string {
  return excerpt
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Scanner {
  scan(text: string, options?: ScanOptions): Finding[];
  /**
   * Scans the UTF-8 bytes `bytes[start, end)` (which must be valid UTF-8), decoding them only
   * when a rule has to run; most messages never become a string at all. Returns null if the
   * bytes hold a control character, '"' or '\', none of which can appear unescaped inside a
   * JSON string: a caller that sliced the bytes out of JSON must then parse the JSON properly.
   * The empty result is one shared, frozen list, since most messages have nothing to report.
   */
  scanJsonStringBytes(
    bytes: Uint8Array,
    start: number,
    end: number,
    options?: ScanOptions,
  ): readonly Finding[] | null;
  rules(): RuleInfo[];
}

const DEFAULT_MAX_FINDINGS = 1000;
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export interface ScannerOptions {
  /**
   * False runs every rule on every message. Slow; it exists so tests can show that the
   * prefilter (trigger words and digit/@ gates) never hides a finding.
   */
  prefilter?: boolean;
}

export function createScanner(detectors: readonly Detector[], scannerOptions: ScannerOptions = {}): Scanner {
  const prefilter = scannerOptions.prefilter ?? true;
  const ids = new Set<string>();
  for (const d of detectors) {
    if (ids.has(d.info.id)) throw new Error(`Duplicate scanner rule id ${d.info.id}`);
    ids.add(d.info.id);
  }

  const trie = buildTrie(detectors);
  const minDigitsOf = (d: Detector): number =>
    d.minDigits ?? (d.needsDigit || d.needsDigitThenLetter ? 1 : 0);
  const indicesWhere = (pred: (d: Detector) => boolean): Int32Array =>
    Int32Array.from(detectors.flatMap((d, i) => (pred(d) ? [i] : [])));
  const flagsWhere = (pred: (d: Detector) => boolean): Uint8Array =>
    Uint8Array.from(detectors.map((d) => (pred(d) ? 1 : 0)));
  // A gate alone (no trigger words) makes a detector run; with triggers it must also pass.
  const runOnDigit = indicesWhere((d) => minDigitsOf(d) > 0 && d.triggers.length === 0);
  const runOnAt = indicesWhere((d) => !!d.needsAt && d.triggers.length === 0);
  const minDigits = Int32Array.from(detectors.map(minDigitsOf));
  const needsDigitThenLetter = flagsWhere((d) => !!d.needsDigitThenLetter);
  const needsAt = flagsWhere((d) => !!d.needsAt);
  const hasAlso = flagsWhere((d) => (d.alsoTriggers?.length ?? 0) > 0);
  const marks = new Uint8Array(detectors.length * 2);
  const run = new Int32Array(detectors.length);
  const infos = detectors.map((d) => d.info);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let scratch = new Uint8Array(4096);

  // Reused across calls: scanning is synchronous, and avoiding per-message closures and
  // objects matters when an organisation's whole history goes through here.
  let jokingState = 0;
  const ctx = {
    text: '',
    joking(): boolean {
      if (jokingState === 0) jokingState = JOKING.test(this.text) ? 1 : 2;
      return jokingState === 1;
    },
  };
  let current: Detector = detectors[0] as Detector;
  let raw: Finding[] = [];
  let rawLimit = 0;
  const emit: Emit = (start, end, severity, reason) => {
    if (raw.length >= rawLimit) return;
    const info = current.info;
    raw.push({
      kind: info.kind,
      type: info.type,
      start,
      end,
      excerpt: ctx.text.slice(start, end),
      severity: clampSeverity(severity ?? info.severity),
      rule: info.id,
      reason: reason ?? current.reason,
    });
  };

  const passesGates = (di: number, digits: number, flags: number): boolean =>
    digits >= (minDigits[di] as number) &&
    (needsAt[di] === 0 || (flags & HAS_AT_FLAG) !== 0) &&
    (needsDigitThenLetter[di] === 0 || (flags & HAS_DIGIT_THEN_LETTER_FLAG) !== 0);

  /** Fills `run` with the detectors the walk woke, in declaration order; returns how many. */
  function selectDetectors(flags: number): number {
    if (!prefilter) {
      trie.clear(marks);
      for (let di = 0; di < detectors.length; di++) run[di] = di;
      return detectors.length;
    }
    const digits = trie.digits;
    let count = 0;
    const fired = trie.fired;
    const firedCount = trie.firedCount;
    for (let k = 0; k < firedCount; k++) {
      const code = fired[k] as number;
      if ((code & 1) !== 0) continue;
      const di = code >> 1;
      if (hasAlso[di] === 1 && marks[code + 1] === 0) continue;
      if (passesGates(di, digits, flags)) run[count++] = di;
    }
    trie.clear(marks);
    if (digits > 0) {
      for (let k = 0; k < runOnDigit.length; k++) {
        const di = runOnDigit[k] as number;
        if (passesGates(di, digits, flags)) run[count++] = di;
      }
    }
    if ((flags & HAS_AT_FLAG) !== 0) {
      for (let k = 0; k < runOnAt.length; k++) {
        const di = runOnAt[k] as number;
        if (passesGates(di, digits, flags)) run[count++] = di;
      }
    }
    // Detectors run in declaration order so that results never depend on word order.
    for (let a = 1; a < count; a++) {
      const v = run[a] as number;
      let b = a - 1;
      while (b >= 0 && (run[b] as number) > v) {
        run[b + 1] = run[b] as number;
        b--;
      }
      run[b + 1] = v;
    }
    return count;
  }

  function runDetectors(text: string, count: number, options: ScanOptions | undefined): readonly Finding[] {
    const maxFindings = options?.maxFindings ?? DEFAULT_MAX_FINDINGS;
    ctx.text = text;
    jokingState = 0;
    rawLimit = maxFindings * 4;
    for (let k = 0; k < count; k++) {
      current = detectors[run[k] as number] as Detector;
      current.detect(ctx, emit);
    }
    ctx.text = '';
    // Most messages that wake a detector still produce nothing; reuse the empty list then.
    if (raw.length === 0) return NO_FINDINGS;
    const found = raw;
    raw = [];
    let findings = resolveOverlaps(found);
    if (options?.suppressions && options.suppressions.length > 0) {
      findings = applySuppressions(findings, options.suppressions);
    }
    return findings.length > maxFindings ? findings.slice(0, maxFindings) : findings;
  }

  function scan(text: string, options?: ScanOptions): Finding[] {
    if (typeof text !== 'string') throw new TypeError('scanText needs a string');
    if (text.length === 0) return [];
    // One walk over UTF-8 serves both entry points; a UTF-16 unit never needs more than 3 bytes.
    if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, scratch);
    const count = selectDetectors(trie.mark(scratch, 0, written, marks));
    const findings = count === 0 ? NO_FINDINGS : runDetectors(text, count, options);
    // Callers of the public API own what they get back, so the shared empty list stays inside.
    return findings === NO_FINDINGS ? [] : (findings as Finding[]);
  }

  function scanJsonStringBytes(
    bytes: Uint8Array,
    start: number,
    end: number,
    options?: ScanOptions,
  ): readonly Finding[] | null {
    const flags = trie.mark(bytes, start, end, marks);
    if ((flags & HAS_JSON_ESCAPE_FLAG) !== 0) {
      trie.clear(marks);
      return null;
    }
    const count = selectDetectors(flags);
    if (count === 0) return NO_FINDINGS;
    return runDetectors(decoder.decode(bytes.subarray(start, end)), count, options);
  }

  return { scan, scanJsonStringBytes, rules: () => infos.map((i) => ({ ...i })) };
}

const HAS_AT_FLAG = 1;
const HAS_DIGIT_THEN_LETTER_FLAG = 2;
const HAS_JSON_ESCAPE_FLAG = 4;
const HAS_NON_ASCII_FLAG = 8;

const ALPHABET = 36;
const SEPARATOR = -2;

/**
 * Byte classes: a-z/A-Z map to 0-25 and digits to 26-35 (trie letters), '_' is -1 (a word
 * character outside the trie), everything else separates words. Every byte of a multi-byte
 * UTF-8 character is >= 0x80 and so a separator, matching how `\b` treats non-ASCII in the
 * rules' (non-Unicode) regular expressions.
 */
const BYTE_CLASS = (() => {
  const table = new Int8Array(256).fill(SEPARATOR);
  for (let c = 97; c <= 122; c++) table[c] = c - 97;
  for (let c = 65; c <= 90; c++) table[c] = c - 65;
  for (let c = 48; c <= 57; c++) table[c] = c - 22;
  table[95] = -1;
  return table;
})();

/** Separator bytes the walk notes: '@', and what JSON must escape (controls, '"', '\'). */
const SEPARATOR_FLAG = (() => {
  const table = new Uint8Array(256);
  for (let c = 0; c < 0x20; c++) table[c] = HAS_JSON_ESCAPE_FLAG;
  table[0x22] = HAS_JSON_ESCAPE_FLAG;
  table[0x5c] = HAS_JSON_ESCAPE_FLAG;
  table[0x40] = HAS_AT_FLAG;
  for (let c = 0x80; c < 0x100; c++) table[c] = HAS_NON_ASCII_FLAG;
  return table;
})();

interface Trie {
  /**
   * Walks UTF-8 bytes once, setting marks[2i] (trigger) and marks[2i+1] (also-trigger) for
   * words in them and listing each newly set mark in `fired`; counts digits into `digits`.
   * Returns the HAS_* flags.
   */
  mark(bytes: Uint8Array, start: number, end: number, marks: Uint8Array): number;
  /** Unsets the marks the last walk set, ready for the next message. */
  clear(marks: Uint8Array): void;
  readonly fired: Int32Array;
  readonly firedCount: number;
  readonly digits: number;
}

/**
 * A trie over trigger stems, walked once per message a byte at a time. A stem fires when a
 * word starts with it; a stem ending in `$` fires only on the whole word, which keeps short
 * triggers ("sh", "sc", "u") from waking rules on every word that begins that way. Stems with
 * other characters ("£") are found with a plain byte search.
 */
function buildTrie(detectors: readonly Detector[]): Trie {
  let next = new Int32Array(ALPHABET * 256);
  let size = 2; // 0 = dead, 1 = root
  const prefixFire = new Map<number, Set<number>>();
  const exactFire = new Map<number, Set<number>>();
  const symbols: Array<[Uint8Array, number]> = [];
  const entries: Array<[string, number]> = detectors.flatMap((d, di) => [
    ...d.triggers.map((t): [string, number] => [t, di * 2]),
    ...(d.alsoTriggers ?? []).map((t): [string, number] => [t, di * 2 + 1]),
  ]);
  for (const [raw, di] of entries) {
    const exact = raw.endsWith('$');
    const stem = (exact ? raw.slice(0, -1) : raw).toLowerCase();
    if (!/^[a-z0-9]+$/.test(stem)) {
      symbols.push([new TextEncoder().encode(stem), di]);
      continue;
    }
    let state = 1;
    for (const ch of stem) {
      const slot = state * ALPHABET + (BYTE_CLASS[ch.charCodeAt(0)] as number);
      let target = next[slot] ?? 0;
      if (target === 0) {
        if ((size + 1) * ALPHABET > next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
        }
        target = size++;
        next[slot] = target;
      }
      state = target;
    }
    const table = exact ? exactFire : prefixFire;
    const set = table.get(state) ?? new Set<number>();
    set.add(di);
    table.set(state, set);
  }
  const toLists = (table: Map<number, Set<number>>): Array<Int32Array | undefined> => {
    const lists: Array<Int32Array | undefined> = new Array(size);
    for (const [state, set] of table) lists[state] = Int32Array.from(set);
    return lists;
  };
  const prefix = toLists(prefixFire);
  const exactLists = toLists(exactFire);
  // Bit 1: a stem ends here (fires on any word starting with it); bit 2: a whole-word stem ends here.
  const fire = new Uint8Array(size);
  for (const [state] of prefixFire) fire[state] = (fire[state] as number) | 1;
  for (const [state] of exactFire) fire[state] = (fire[state] as number) | 2;
  const table = next;

  const fired = new Int32Array(detectors.length * 2 + 1);
  let firedCount = 0;
  let digits = 0;
  const fireList = (list: Int32Array, marks: Uint8Array, count: number): number => {
    let n = count;
    for (let k = 0; k < list.length; k++) {
      const code = list[k] as number;
      if (marks[code] === 0) {
        marks[code] = 1;
        fired[n++] = code;
      }
    }
    return n;
  };
  const contains = (bytes: Uint8Array, start: number, end: number, needle: Uint8Array): boolean => {
    const first = needle[0] as number;
    outer: for (let i = start; i <= end - needle.length; i++) {
      if (bytes[i] !== first) continue;
      for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  };

  return {
    fired,
    get firedCount() {
      return firedCount;
    },
    get digits() {
      return digits;
    },
    clear(marks) {
      for (let k = 0; k < firedCount; k++) marks[fired[k] as number] = 0;
    },
    mark(bytes, start, end, marks) {
      // Locals rather than the closure's variables: this loop runs once per byte of input.
      let count = 0;
      let digitCount = 0;
      let flags = 0;
      // -1: between words; 0: in a word that matches no stem; >0: trie node.
      let state = -1;
      let lastDigitAt = -2;
      for (let i = start; i < end; i++) {
        const c = bytes[i] as number;
        const cls = BYTE_CLASS[c] as number;
        if (cls >= 0) {
          if (cls >= 26) {
            digitCount++;
            lastDigitAt = i;
          } else if (lastDigitAt === i - 1) flags |= HAS_DIGIT_THEN_LETTER_FLAG;
          if (state === 0) continue;
          state = table[(state < 0 ? 1 : state) * ALPHABET + cls] as number;
          if (state !== 0 && ((fire[state] as number) & 1) !== 0) {
            count = fireList(prefix[state] as Int32Array, marks, count);
          }
          continue;
        }
        if (cls === SEPARATOR) {
          flags |= SEPARATOR_FLAG[c] as number;
          if (state > 0 && ((fire[state] as number) & 2) !== 0) {
            count = fireList(exactLists[state] as Int32Array, marks, count);
          }
          state = -1;
        } else state = 0; // '_' is part of a word but of no stem
      }
      if (state > 0 && ((fire[state] as number) & 2) !== 0) {
        count = fireList(exactLists[state] as Int32Array, marks, count);
      }
      for (let k = 0; k < symbols.length; k++) {
        const [needle, code] = symbols[k] as [Uint8Array, number];
        if (marks[code] !== 0) continue;
        // Non-ASCII needles can only be present when the walk saw a non-ASCII byte.
        if ((needle[0] as number) >= 0x80 && (flags & HAS_NON_ASCII_FLAG) === 0) continue;
        if (contains(bytes, start, end, needle)) {
          marks[code] = 1;
          fired[count++] = code;
        }
      }
      firedCount = count;
      digits = digitCount;
      return flags;
    },
  };
}

/**
 * Two rules of the same type firing on overlapping text are one concern, not two alerts:
 * keep the most severe (then the longest). Different types may overlap, since a handle
 * inside a grooming message is both a personal detail and a risk.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const sorted = [...findings].sort(
    (a, b) => b.severity - a.severity || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of sorted) {
    let clash = false;
    for (const k of kept) {
      if (k.type === f.type && f.start < k.end && k.start < f.end) {
        clash = true;
        break;
      }
    }
    if (!clash) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : 1));
}

export function applySuppressions(findings: Finding[], suppressions: readonly Suppression[]): Finding[] {
  const whole = new Set<string>();
  const byExcerpt = new Map<string, Set<string>>();
  for (const s of suppressions) {
    if (s.excerpt === undefined || s.excerpt === null) {
      whole.add(s.rule);
    } else {
      const set = byExcerpt.get(s.rule) ?? new Set<string>();
      set.add(normaliseExcerpt(s.excerpt));
      byExcerpt.set(s.rule, set);
    }
  }
  return findings.filter((f) => {
    if (whole.has(f.rule)) return false;
    const set = byExcerpt.get(f.rule);
    return !set?.has(normaliseExcerpt(f.excerpt));
  });
}
