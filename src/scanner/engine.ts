/**
 * The scanning engine: compiles every rule once, then scans each message in a single cheap
 * prefilter pass followed only by the rules whose needed words actually occur (see
 * wake-plan.ts). Most chat messages wake nothing, which is what keeps throughput high enough to
 * scan an organisation's whole history in seconds.
 */
import { hasStretchedLetter, mayHoldStandIn, plainReadings } from './disguised-spellings.ts';
import { compileContext, compilePattern } from './pattern.ts';
import { patternBranches } from './pattern-branches.ts';
import type { Clause } from './required-words.ts';
import type {
  Finding,
  FindingKind,
  FindingType,
  RuleInfo,
  ScanOptions,
  Severity,
  Suppression,
} from './types.ts';
import { buildWakePlan } from './wake-plan.ts';
import {
  buildWordWalk,
  HAS_AT_FLAG,
  HAS_DIGIT_THEN_LETTER_FLAG,
  HAS_JSON_ESCAPE_FLAG,
  HAS_NON_ASCII_FLAG,
  HAS_STAND_IN_FLAG,
} from './word-walk.ts';
import type { WordingHit, WordingModel } from './wording-model.ts';

interface Latin1Slicer {
  latin1Slice(start: number, end: number): string;
}

export interface ScanContext {
  readonly text: string;
  /** True when the message carries laughter or "jk" markers, which soften hyperbole. */
  joking(): boolean;
  /**
   * False when the words branch `branch` of the detector's pattern needs are missing from the
   * message, so that alternative cannot match anywhere in it (see required-words.ts).
   */
  branchHeld(branch: number): boolean;
}

export type Emit = (start: number, end: number, severity?: number, reason?: string) => void;

export interface Detector {
  readonly info: RuleInfo;
  readonly reason: string;
  /**
   * For a detector that is not one pattern (a rule made by defineRegexRule has its words worked
   * out from its pattern instead): lower-case stems, one of which must begin a word in the text
   * for the detector to run; a trailing `$` means the whole word. Every match of the detector
   * must contain one, or the prefilter would hide it.
   */
  readonly triggers: readonly string[];
  /**
   * Optional second list: when given, one of these must occur as well. Lets a rule for
   * "I'll batter you" wake only when a violent verb *and* a first-person future occur.
   */
  readonly alsoTriggers?: readonly string[];
  /**
   * Words every match contains, derived from the rule's regular expression (see
   * required-words.ts): every clause of one branch or more.
   */
  readonly requiredWords?: readonly (readonly Clause[])[];
  /** The regular expression of a rule made by defineRegexRule. */
  readonly pattern?: RegExp;
  /** With no triggers, run on any text containing a digit; with triggers, also require one. */
  readonly needsDigit?: boolean;
  /** As needsDigit, but at least this many digits in the whole message. */
  readonly minDigits?: number;
  /**
   * As needsDigit, but this many digits in a row with at most two of space . ( ) - between
   * neighbours, as a written phone number has (and a date beside a price does not).
   */
  readonly minDigitChain?: number;
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

/** Subsets of a pattern's alternatives kept compiled per rule; a handful occur in practice. */
const MAX_CACHED_SUBSETS = 64;

export function defineRegexRule(spec: RegexRuleSpec): Detector {
  const re = compilePattern(spec.pattern, { bare: spec.bare ?? false });
  const analysed = patternBranches(re);
  const branchCount = analysed.branches.length;
  const subsets = new Map<string, RegExp | null>();
  // The pattern with only the alternatives whose words the message holds: it finds the same
  // matches (the others cannot match anywhere in the message) and tries far less at each place.
  const patternFor = (ctx: ScanContext): RegExp => {
    if (branchCount < 2) return re;
    let key = '';
    for (let k = 0; k < branchCount; k++) key += ctx.branchHeld(k) ? '1' : '0';
    let subset = subsets.get(key);
    if (subset === undefined) {
      const source = key.includes('0') ? analysed.sourceFor([...key].map((c) => c === '1')) : null;
      subset = source === null ? null : new RegExp(source, re.flags);
      if (subsets.size >= MAX_CACHED_SUBSETS) subsets.clear();
      subsets.set(key, subset);
    }
    return subset ?? re;
  };
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
    // The words that wake the rule come from its pattern, so it needs no list of its own.
    triggers: [],
    pattern: re,
    requiredWords: analysed.branches,
    detect(ctx, emit) {
      const text = ctx.text;
      const re = patternFor(ctx);
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
/** A message with any of these may hold a stand-in for a letter ('k!ll', 's3x', 'r@ped'). */
const STAND_IN_FLAGS = HAS_AT_FLAG | HAS_DIGIT_THEN_LETTER_FLAG | HAS_STAND_IN_FLAG;
const DISGUISED_REASON =
  ' It is written with look-alike characters or stretched letters, as people do to get past filters.';
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export interface ScannerOptions {
  /**
   * False runs every rule on every message. Slow; it exists so tests can show that the
   * prefilter (needed words and digit/@ gates) never hides a finding.
   */
  prefilter?: boolean;
  /** Reads every message after the rules, raising what they missed (see wording-model.ts). */
  wording?: WordingModel;
}

/** UTF-16 units in the UTF-8 bytes `bytes[from, to)`: one per character, two above U+FFFF. */
function utf16Length(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i] as number;
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

// What disguise a message may hold (see disguised-spellings.ts), from the walk's flags and a
// look at its bytes: 0 for none.
const STAND_IN = 1;
const STRETCHED = 2;
function disguiseOf(flags: number, bytes: Uint8Array, start: number, end: number): number {
  const standIn = (flags & STAND_IN_FLAGS) !== 0 && mayHoldStandIn(bytes, start, end) ? STAND_IN : 0;
  return standIn | (hasStretchedLetter(bytes, start, end) ? STRETCHED : 0);
}

/** The findings an organisation has not judged harmless, at most `maxFindings` of them. */
function suppressedAndCapped(findings: Finding[], options?: ScanOptions): Finding[] {
  const kept = options?.suppressions?.length ? applySuppressions(findings, options.suppressions) : findings;
  const maxFindings = options?.maxFindings ?? DEFAULT_MAX_FINDINGS;
  return kept.length > maxFindings ? kept.slice(0, maxFindings) : kept;
}

export function createScanner(detectors: readonly Detector[], scannerOptions: ScannerOptions = {}): Scanner {
  const prefilter = scannerOptions.prefilter ?? true;
  const wording = scannerOptions.wording;
  const ids = new Set<string>();
  for (const d of detectors) {
    if (ids.has(d.info.id)) throw new Error(`Duplicate scanner rule id ${d.info.id}`);
    ids.add(d.info.id);
  }

  const plan = buildWakePlan(detectors);
  const walk = buildWordWalk(plan.words);
  const { clauseStart, clauseIds, clauseDetector, clauseBranch, branchClauses, detectorNeeds, firstBranch } =
    plan;
  const { branchesRequired, checkStart, checkClauseStart, checkWords } = plan;
  /** Whether the message holds a word of each of branch bi's checked (everyday) clauses. */
  const checksHold = (bi: number): boolean => {
    const last = checkStart[bi + 1] as number;
    for (let c = checkStart[bi] as number; c < last; c++) {
      let any = false;
      const end = checkClauseStart[c + 1] as number;
      for (let j = checkClauseStart[c] as number; !any && j < end; j++)
        any = walk.has(checkWords[j] as number);
      if (!any) return false;
    }
    return true;
  };
  const minDigitsOf = (d: Detector): number =>
    d.minDigits ?? d.minDigitChain ?? (d.needsDigit || d.needsDigitThenLetter ? 1 : 0);
  const indicesWhere = (pred: (d: Detector, i: number) => boolean): Int32Array =>
    Int32Array.from(detectors.flatMap((d, i) => (pred(d, i) ? [i] : [])));
  const flagsWhere = (pred: (d: Detector) => boolean): Uint8Array =>
    Uint8Array.from(detectors.map((d) => (pred(d) ? 1 : 0)));
  // With no words to wait for, a detector runs whenever its gates pass (or always, if it has none).
  const ungated = (d: Detector): boolean => minDigitsOf(d) === 0 && !d.needsAt;
  const runAlways = indicesWhere((d, i) => detectorNeeds[i] === 0 && ungated(d));
  const runOnDigit = indicesWhere((d, i) => detectorNeeds[i] === 0 && minDigitsOf(d) > 0);
  const runOnAt = indicesWhere((d, i) => detectorNeeds[i] === 0 && !!d.needsAt && minDigitsOf(d) === 0);
  const minDigits = Int32Array.from(detectors.map(minDigitsOf));
  const minDigitChain = Int32Array.from(detectors.map((d) => d.minDigitChain ?? 0));
  const needsDigitThenLetter = flagsWhere((d) => !!d.needsDigitThenLetter);
  const needsAt = flagsWhere((d) => !!d.needsAt);
  // Counts are valid only where their stamp is this message's epoch, so nothing is cleared
  // between messages: most messages touch a few entries, and clearing them cost as much again.
  let epoch = 0;
  const clauseStamp = new Int32Array(clauseDetector.length);
  const branchStamp = new Int32Array(branchClauses.length);
  const branchMet = new Int32Array(branchClauses.length);
  const detectorStamp = new Int32Array(detectors.length);
  const detectorMet = new Int32Array(detectors.length);
  const branchCountedStamp = new Int32Array(detectors.length);
  // A branch whose counted clauses held but whose checked ones did not, this message.
  const branchFailedStamp = new Int32Array(branchClauses.length);
  const run = new Int32Array(detectors.length);
  const infos = [...detectors.map((d) => d.info), ...(wording?.infos ?? [])];
  const hits: WordingHit[] = [];
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let scratch = new Uint8Array(4096);
  let plainScratch = new Uint8Array(4096);
  const isRisk = flagsWhere((d) => d.info.kind === 'risk');

  // Reused across calls: scanning is synchronous, and avoiding per-message closures and
  // objects matters when an organisation's whole history goes through here.
  let jokingState = 0;
  // -1 while every branch counts as held: the prefilter is off, or the detector has no branches.
  let branchBase = -1;
  const ctx = {
    text: '',
    joking(): boolean {
      if (jokingState === 0) jokingState = JOKING.test(this.text) ? 1 : 2;
      return jokingState === 1;
    },
    branchHeld(branch: number): boolean {
      if (branchBase < 0) return true;
      const bi = branchBase + branch;
      const needed = branchClauses[bi] as number;
      return (
        needed === 0 ||
        (branchStamp[bi] === epoch && branchMet[bi] === needed && branchFailedStamp[bi] !== epoch)
      );
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
    ((minDigitChain[di] as number) === 0 || walk.digitChain() >= (minDigitChain[di] as number)) &&
    (needsAt[di] === 0 || (flags & HAS_AT_FLAG) !== 0) &&
    (needsDigitThenLetter[di] === 0 || (flags & HAS_DIGIT_THEN_LETTER_FLAG) !== 0);

  const appendGated = (list: Int32Array, count: number, digits: number, flags: number): number => {
    let n = count;
    for (let k = 0; k < list.length; k++) {
      const di = list[k] as number;
      if (passesGates(di, digits, flags)) run[n++] = di;
    }
    return n;
  };

  /**
   * Fills `run` with the detectors the walk woke, in declaration order; returns how many. The
   * counts stay valid until the next message, for ctx.branchHeld.
   */
  function selectDetectors(flags: number): number {
    if (!prefilter) {
      for (let di = 0; di < detectors.length; di++) run[di] = di;
      return detectors.length;
    }
    const digits = walk.digits;
    const fired = walk.fired;
    const firedCount = walk.firedCount;
    let count = 0;
    if (epoch === 0x7fffffff) {
      for (const stamps of [clauseStamp, branchStamp, detectorStamp, branchCountedStamp, branchFailedStamp]) {
        stamps.fill(0);
      }
      epoch = 0;
    }
    const now = ++epoch;
    for (let k = 0; k < firedCount; k++) {
      const w = fired[k] as number;
      const last = clauseStart[w + 1] as number;
      for (let j = clauseStart[w] as number; j < last; j++) {
        const ci = clauseIds[j] as number;
        if (clauseStamp[ci] === now) continue;
        clauseStamp[ci] = now;
        const di = clauseDetector[ci] as number;
        const bi = clauseBranch[ci] as number;
        if (bi >= 0) {
          // A branch counts once it holds in full, and only the first branch to hold counts.
          const held = branchStamp[bi] === now ? (branchMet[bi] as number) + 1 : 1;
          branchStamp[bi] = now;
          branchMet[bi] = held;
          if (held !== branchClauses[bi]) continue;
          // Its everyday clauses are looked at only now, once its rarer ones hold.
          if (!checksHold(bi)) {
            branchFailedStamp[bi] = now;
            continue;
          }
          if (branchCountedStamp[di] === now || branchesRequired[di] === 0) continue;
          branchCountedStamp[di] = now;
        }
        const n = detectorStamp[di] === now ? (detectorMet[di] as number) + 1 : 1;
        detectorStamp[di] = now;
        detectorMet[di] = n;
        if (n === detectorNeeds[di] && passesGates(di, digits, flags)) run[count++] = di;
      }
    }
    if (runAlways.length > 0) count = appendGated(runAlways, count, digits, flags);
    if (digits > 0) count = appendGated(runOnDigit, count, digits, flags);
    if ((flags & HAS_AT_FLAG) !== 0) count = appendGated(runOnAt, count, digits, flags);
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

  /** Adds what the wording model raised where no rule of the same type already fired. */
  function addWordingFindings(text: string, bytes: Uint8Array, base: number, byteEnd: number): void {
    if (!wording) return;
    // Byte and string offsets agree when every character is one byte.
    const ascii = text.length === byteEnd - base;
    for (const hit of hits) {
      if (raw.length >= rawLimit) break;
      const start = ascii ? hit.start - base : utf16Length(bytes, base, hit.start);
      const end = ascii ? hit.end - base : start + utf16Length(bytes, hit.start, hit.end);
      if (raw.some((f) => f.type === hit.type && f.start < end && start < f.end)) continue;
      const excerpt = text.slice(start, end);
      raw.push({
        kind: 'risk',
        type: hit.type,
        start,
        end,
        excerpt,
        severity: wording.severity(hit),
        rule: wording.ruleId(hit.type),
        reason: wording.reason(excerpt, hit.type),
      });
    }
    hits.length = 0;
  }

  function runDetectors(
    text: string,
    count: number,
    options: ScanOptions | undefined,
    bytes: Uint8Array,
    base: number,
    byteEnd: number,
  ): readonly Finding[] {
    const maxFindings = options?.maxFindings ?? DEFAULT_MAX_FINDINGS;
    ctx.text = text;
    jokingState = 0;
    rawLimit = maxFindings * 4;
    for (let k = 0; k < count; k++) {
      const di = run[k] as number;
      current = detectors[di] as Detector;
      branchBase = prefilter ? (firstBranch[di] as number) : -1;
      current.detect(ctx, emit);
    }
    branchBase = -1;
    ctx.text = '';
    if (hits.length > 0) addWordingFindings(text, bytes, base, byteEnd);
    // Most messages that wake a detector still produce nothing; reuse the empty list then.
    if (raw.length === 0) return NO_FINDINGS;
    const found = raw;
    raw = [];
    return suppressedAndCapped(resolveOverlaps(found), options);
  }

  /**
   * Adds what the risk rules find in the plain readings of a disguised spelling (see
   * disguised-spellings.ts), where the message's own findings have nothing of that type.
   */
  function withDisguised(
    text: string,
    disguise: number,
    findings: readonly Finding[],
    options?: ScanOptions,
  ): readonly Finding[] {
    const readings = plainReadings(text, (disguise & STAND_IN) !== 0);
    if (readings.length === 0) return findings;
    const merged = [...findings];
    let changed = false;
    for (const reading of readings) {
      const plain = reading.text;
      if (plainScratch.length < plain.length * 3) plainScratch = new Uint8Array(plain.length * 3);
      const { written } = encoder.encodeInto(plain, plainScratch);
      const woken = selectDetectors(walk.mark(plainScratch, 0, written));
      let count = 0;
      for (let k = 0; k < woken; k++) {
        const di = run[k] as number;
        if (isRisk[di] === 1) run[count++] = di;
      }
      if (count === 0) continue;
      const found = runDetectors(
        plain,
        count,
        { maxFindings: options?.maxFindings },
        plainScratch,
        0,
        written,
      );
      for (const g of found) {
        // A shortened reading's spans are carried back to the message's own.
        const start = reading.start(g.start);
        const end = reading.end(g.end);
        const f = { ...g, start, end };
        const same = merged.findIndex((h) => h.type === f.type && h.start < f.end && f.start < h.end);
        // A rule says why; the wording model only that the words look alike, so the rule wins.
        if (same >= 0 && !(merged[same] as Finding).rule.endsWith('.wording')) continue;
        const plainFinding = {
          ...f,
          excerpt: text.slice(f.start, f.end),
          reason: f.reason + DISGUISED_REASON,
        };
        if (same >= 0) merged[same] = plainFinding;
        else merged.push(plainFinding);
        changed = true;
      }
    }
    if (!changed) return findings;
    merged.sort((a, b) => a.start - b.start || a.end - b.end);
    return suppressedAndCapped(merged, options);
  }

  function scan(text: string, options?: ScanOptions): Finding[] {
    if (typeof text !== 'string') throw new TypeError('scanText needs a string');
    if (text.length === 0) return [];
    // One walk over UTF-8 serves both entry points; a UTF-16 unit never needs more than 3 bytes.
    if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, scratch);
    const flags = walk.mark(scratch, 0, written);
    const count = selectDetectors(flags);
    const raised = wording ? wording.read(scratch, 0, written, hits) : 0;
    let findings =
      count === 0 && raised === 0 ? NO_FINDINGS : runDetectors(text, count, options, scratch, 0, written);
    const disguise = disguiseOf(flags, scratch, 0, written);
    if (disguise !== 0) findings = withDisguised(text, disguise, findings, options);
    // Callers of the public API own what they get back, so the shared empty list stays inside.
    return findings === NO_FINDINGS ? [] : (findings as Finding[]);
  }

  function scanJsonStringBytes(
    bytes: Uint8Array,
    start: number,
    end: number,
    options?: ScanOptions,
  ): readonly Finding[] | null {
    const flags = walk.mark(bytes, start, end);
    if ((flags & HAS_JSON_ESCAPE_FLAG) !== 0) return null;
    const count = selectDetectors(flags);
    const raised = wording ? wording.read(bytes, start, end, hits) : 0;
    const disguise = disguiseOf(flags, bytes, start, end);
    if (count === 0 && raised === 0 && disguise === 0) return NO_FINDINGS;
    // Node's Buffer turns ASCII into a string without UTF-8 decoding (twice as fast); in a
    // browser, or for any other text, TextDecoder does it.
    const text =
      (flags & HAS_NON_ASCII_FLAG) === 0 && typeof (bytes as Partial<Latin1Slicer>).latin1Slice === 'function'
        ? (bytes as unknown as Latin1Slicer).latin1Slice(start, end)
        : decoder.decode(bytes.subarray(start, end));
    const findings =
      count === 0 && raised === 0 ? NO_FINDINGS : runDetectors(text, count, options, bytes, start, end);
    return disguise !== 0 ? withDisguised(text, disguise, findings, options) : findings;
  }

  return { scan, scanJsonStringBytes, rules: () => infos.map((i) => ({ ...i })) };
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
