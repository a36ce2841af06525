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
  /** Lower-case stems that must begin a word somewhere in the text for the detector to run. */
  readonly triggers: readonly string[];
  readonly needsDigit?: boolean;
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
  pattern: string;
  bare?: boolean;
  /** Report the span of this capture group rather than the whole match. */
  group?: number;
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
const JOKING = compileContext('{laugh}');

export function defineRegexRule(spec: RegexRuleSpec): Detector {
  const re = compilePattern(spec.pattern, { bare: spec.bare ?? false });
  const before = spec.unlessBefore ? new RegExp(`\\b(?:${compileSource(spec.unlessBefore)})[\\s,.;:'"-]*$`, 'i') : null;
  const after = spec.unlessAfter ? new RegExp(`^[\\s,.;:'"-]*(?:${compileSource(spec.unlessAfter)})(?![a-z0-9_])`, 'i') : null;
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
          const g = m[spec.group];
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
  rules(): RuleInfo[];
}

const DEFAULT_MAX_FINDINGS = 1000;

export function createScanner(detectors: readonly Detector[]): Scanner {
  const ids = new Set<string>();
  for (const d of detectors) {
    if (ids.has(d.info.id)) throw new Error(`Duplicate scanner rule id ${d.info.id}`);
    ids.add(d.info.id);
  }

  // One alternation of every trigger stem, longest first so the recorded stem is the longest
  // that matched; each stem then inherits the detectors of every shorter stem it starts with.
  const stemToDetectors = new Map<string, number[]>();
  detectors.forEach((d, i) => {
    for (const raw of d.triggers) {
      const stem = raw.toLowerCase();
      const list = stemToDetectors.get(stem) ?? [];
      list.push(i);
      stemToDetectors.set(stem, list);
    }
  });
  const stems = [...stemToDetectors.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const expanded = new Map<string, Int32Array>();
  for (const stem of stems) {
    const all = new Set<number>();
    for (const [other, list] of stemToDetectors) {
      if (stem.startsWith(other)) for (const i of list) all.add(i);
    }
    expanded.set(
      stem,
      Int32Array.from([...all].sort((a, b) => a - b)),
    );
  }
  const wordStems = stems.filter((s) => /^\w/.test(s)).map(escapeRegExp);
  const symbolStems = stems.filter((s) => !/^\w/.test(s)).map(escapeRegExp);
  const alternatives = [
    ...(wordStems.length > 0 ? [`\\b(?:${wordStems.join('|')})`] : []),
    ...(symbolStems.length > 0 ? [`(?:${symbolStems.join('|')})`] : []),
  ];
  const prefilter = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'gi') : null;
  const digitDetectors = detectors.flatMap((d, i) => (d.needsDigit ? [i] : []));
  const atDetectors = detectors.flatMap((d, i) => (d.needsAt ? [i] : []));
  const active = new Uint8Array(detectors.length);
  const infos = detectors.map((d) => d.info);

  function scan(text: string, options: ScanOptions = {}): Finding[] {
    if (typeof text !== 'string') throw new TypeError('scanText needs a string');
    if (text.length === 0) return [];
    active.fill(0);
    let any = false;
    if (prefilter) {
      prefilter.lastIndex = 0;
      for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
        const list = expanded.get(m[0].toLowerCase());
        if (!list) continue;
        for (let k = 0; k < list.length; k++) active[list[k] as number] = 1;
        any = true;
      }
    }
    if (digitDetectors.length > 0 && HAS_DIGIT.test(text)) {
      for (const i of digitDetectors) active[i] = 1;
      any = true;
    }
    if (atDetectors.length > 0 && text.includes('@')) {
      for (const i of atDetectors) active[i] = 1;
      any = true;
    }
    if (!any) return [];

    let jokingCache: boolean | undefined;
    const ctx: ScanContext = {
      text,
      joking() {
        jokingCache ??= JOKING.test(text);
        return jokingCache;
      },
    };
    const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const raw: Finding[] = [];
    for (let i = 0; i < detectors.length; i++) {
      if (active[i] === 0) continue;
      const d = detectors[i] as Detector;
      d.detect(ctx, (start, end, severity, reason) => {
        if (raw.length >= maxFindings * 4) return;
        raw.push({
          kind: d.info.kind,
          type: d.info.type,
          start,
          end,
          excerpt: text.slice(start, end),
          severity: clampSeverity(severity ?? d.info.severity),
          rule: d.info.id,
          reason: reason ?? d.reason,
        });
      });
    }
    let findings = resolveOverlaps(raw);
    if (options.suppressions && options.suppressions.length > 0) {
      findings = applySuppressions(findings, options.suppressions);
    }
    return findings.length > maxFindings ? findings.slice(0, maxFindings) : findings;
  }

  return { scan, rules: () => infos.map((i) => ({ ...i })) };
}

const HAS_DIGIT = /\d/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
    return !(set && set.has(normaliseExcerpt(f.excerpt)));
  });
}
